// The public list of every finding cartlint reports, from every layer: the stages' findings first,
// then the configuration's, then the registry's rules in their order.

#include <cartlint/rules.hpp>

#include "rules/registry.hpp"
#include "config/config_rule_docs.hpp"
#include "core/stage_rule_docs.hpp"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace cartlint {

RuleDocs rule_docs() noexcept {
    static const std::vector<RuleDoc> all = [] {
        std::vector<RuleDoc> out;
        for (const auto& d : detail::syntax_rule_docs()) out.push_back(d);
        for (const auto& d : detail::schema_rule_docs()) out.push_back(d);
        for (const auto& d : detail::run_rule_docs()) out.push_back(d);
        for (const auto& d : detail::config_rule_docs()) out.push_back(d);
        for (const auto& entry : detail::registry()) out.push_back(entry.doc());
        return out;
    }();
    return {all.data(), all.size()};
}

const RuleDoc* find_rule_doc(std::string_view id) noexcept {
    for (const auto& d : rule_docs())
        if (d.id == id) return &d;
    return nullptr;
}

namespace detail {

Severity default_severity(std::string_view id) noexcept {
    static const std::unordered_map<std::string_view, Severity> severities = [] {
        std::unordered_map<std::string_view, Severity> out;
        for (const auto& d : rule_docs()) out.emplace(d.id, d.severity);
        return out;
    }();
    const auto found = severities.find(id);
    return found == severities.end() ? Severity::error : found->second;
}

}  // namespace detail


std::string_view to_string(ServiceResponse response) noexcept {
    switch (response) {
    case ServiceResponse::rejects: return "rejects";
    case ServiceResponse::misreads: return "misreads";
    case ServiceResponse::unchecked: return "unchecked";
    case ServiceResponse::accepts: return "accepts";
    case ServiceResponse::unverified: return "unverified";
    case ServiceResponse::reports: return "reports";
    case ServiceResponse::advice: return "advice";
    }
    return "unverified";
}

}  // namespace cartlint
