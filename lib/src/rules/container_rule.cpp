#include "rules/container_rule.hpp"

#include <algorithm>

namespace cartlint::detail {

Diagnostic& report_span(std::vector<Diagnostic>& out, const RuleDoc& doc, Span at, std::string message) {
    Diagnostic& d = out.emplace_back();
    d.rule = std::string(doc.id);
    d.severity = doc.severity;
    d.message = std::move(message);
    d.begin.offset = at.begin;
    d.end.offset = std::max(at.end, at.begin);
    return d;
}

}  // namespace cartlint::detail
