// The public list of every rule: stage findings first, then the checked rules in registry order.

#include <cartlint/rules.hpp>

#include "rules/registry.hpp"
#include "rules/stage_rule_docs.hpp"

#include <vector>

namespace cartlint {

std::span<const RuleDoc> rule_docs() noexcept {
    static const std::vector<RuleDoc> all = [] {
        std::vector<RuleDoc> out;
        for (const auto& d : detail::syntax_rule_docs()) out.push_back(d);
        for (const auto& d : detail::schema_rule_docs()) out.push_back(d);
        for (const auto* rule : detail::checked_rules()) out.push_back(rule->doc());
        return out;
    }();
    return all;
}

const RuleDoc* find_rule_doc(std::string_view id) noexcept {
    for (const auto& d : rule_docs())
        if (d.id == id) return &d;
    return nullptr;
}

}  // namespace cartlint
