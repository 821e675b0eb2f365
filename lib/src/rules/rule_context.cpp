#include "rules/rule.hpp"

#include "core/json_string.hpp"

#include <algorithm>
#include <sstream>


namespace cartlint::detail {

std::uint64_t RuleContext::next_serial() noexcept {
    // The caches keyed on it are per thread, so a per-thread count is unique enough, and threads
    // linting side by side do not fight over one counter's cache line.
    thread_local std::uint64_t serial = 0;
    return ++serial;
}

Diagnostic& RuleContext::report(const RuleDoc& rule, Node node, std::string message) {
    return findings_.at_value(node.id, std::string(rule.id), rule.severity, std::move(message));
}

Diagnostic& RuleContext::report_key(const RuleDoc& rule, Node node, std::string message) {
    return findings_.at_key(node.id, std::string(rule.id), rule.severity, std::move(message));
}

void RuleContext::note_once(const RuleDoc& rule, Node node, std::string message) {
    if (std::find(noted_.begin(), noted_.end(), rule.id) != noted_.end()) return;
    noted_.push_back(rule.id);
    report(rule, node, std::move(message));
}

std::string json_quote(std::string_view text) {
    std::ostringstream out;
    write_json_string(out, text);
    return out.str();
}

Fix suggest_value(const JsonDocument& doc, Node node, std::string description, std::string text) {
    const SourceNode& s = doc.map[node.id];
    return Fix{std::move(description), {Edit{s.begin, s.end - s.begin, std::move(text)}}, false};
}

Fix rename_key(const JsonDocument& doc, Node node, std::string description, std::string quoted) {
    const SourceNode& s = doc.map[node.id];
    return Fix{std::move(description), {Edit{s.key_begin, s.key_end - s.key_begin, std::move(quoted)}}, true};
}

}  // namespace cartlint::detail
