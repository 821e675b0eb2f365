#include "rules/rule.hpp"

#include "core/json_string.hpp"
#include "rules/context/needed_context.hpp"

#include <sstream>


namespace cartlint::detail {

std::uint64_t RuleContext::next_serial() noexcept {
    // The caches keyed on it are per thread, so a per-thread count is unique enough, and threads
    // linting side by side do not fight over one counter's cache line.
    thread_local std::uint64_t serial = 0;
    return ++serial;
}

Diagnostic& RuleContext::report(const ValueRule& rule, Node node, std::string message) {
    return findings_.at_value(node.id, rule.reporter(), std::move(message));
}

Diagnostic& RuleContext::report_key(const ValueRule& rule, Node node, std::string message) {
    return findings_.at_key(node.id, rule.reporter(), std::move(message));
}

void RuleContext::missing_context(const ValueRule& rule, Node node, std::string message) {
    const NeededContext need = rule.needs();
    const auto bit = static_cast<std::uint8_t>(1u << static_cast<unsigned>(need));
    if (need == NeededContext::none || (noted_ & bit)) return;
    noted_ |= bit;
    const RuleDoc& doc = context_doc(need);
    findings_.at_value(node.id, Reporter{doc.id, doc.severity, SchemaVerdict::unrelated}, std::move(message));
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
