#include "rules/container_rule.hpp"

#include "core/finding_limits.hpp"

#include <algorithm>

namespace cartlint::detail {

std::string fold_ascii(std::string_view name) {
    std::string out(name);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

Diagnostic& report_span(ContainerFindings& out, const RuleDoc& doc, Span at, std::string message) {
    const std::size_t n = ++out.seen[std::string(doc.id)];
    if (n > findings_per_rule + 1) {
        ++out.left_out[std::string(doc.id)];
        thread_local Diagnostic scratch;
        scratch = {};
        return scratch;
    }
    Diagnostic& d = out.kept.emplace_back();
    d.rule = std::string(doc.id);
    d.severity = doc.severity;
    d.message = std::move(message);
    d.begin.offset = at.begin;
    d.end.offset = std::max(at.end, at.begin);
    return d;
}

}  // namespace cartlint::detail
