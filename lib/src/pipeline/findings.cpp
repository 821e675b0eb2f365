#include "pipeline/findings.hpp"

namespace cartlint::detail {

Diagnostic& Findings::at_value(std::uint32_t node, std::string rule, Severity severity, std::string message) {
    Diagnostic& d = list_.emplace_back();
    d.rule = std::move(rule);
    d.severity = severity;
    d.message = std::move(message);
    d.pointer = doc_.pointer(node);
    if (node < doc_.map.size()) {
        d.begin.offset = doc_.map[node].begin;
        d.end.offset = doc_.map[node].end;
    }
    return d;
}

Diagnostic& Findings::at_key(std::uint32_t node, std::string rule, Severity severity, std::string message) {
    Diagnostic& d = at_value(node, std::move(rule), severity, std::move(message));
    if (node < doc_.map.size() && doc_.map.has_key(node)) {
        d.begin.offset = doc_.map[node].key_begin;
        d.end.offset = doc_.map[node].key_end;
    }
    return d;
}

}  // namespace cartlint::detail
