#include "rules/container_rule.hpp"

#include <algorithm>

namespace cartlint::detail {

std::string fold_ascii(std::string_view name) {
    std::string out(name);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

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
