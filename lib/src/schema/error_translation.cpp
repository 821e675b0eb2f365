#include "schema/error_translation.hpp"

#include "core/stage_rule_docs.hpp"

#include "schema/schema_findings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace cartlint::detail {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Sentences valijson adds above a failure it has already reported in more detail.
bool is_wrapper(std::string_view d) {
    static constexpr std::string_view wrappers[] = {
        "Failed to validate item #",
        "Failed to validate against schema associated with property name",
        "Failed to validate against additional properties schema",
        "Failed to validate against child schema",
        "Failed to validate against any schemas allowed by anyOf",
        "Failed to validate against exactly one",
        "Failed to validate against any child schemas allowed by oneOf",
        "Failed to validate against dependent schema",
        "Failed to validate against a conditional schema",
        "Cannot validate item #",
    };
    return std::any_of(std::begin(wrappers), std::end(wrappers), [&](auto w) { return starts_with(d, w); });
}

// The node ids of an array's elements, listed once per array: finding element i by walking the
// source map would cost i steps, for each of thousands of errors.
using ElementIds = std::unordered_map<std::uint32_t, std::vector<std::uint32_t>>;

Place resolve(const std::vector<std::string>& context, const SchemaNode& root, const JsonDocument& doc, ElementIds& elements) {
    Place at{doc.root(), &root, ""};
    for (std::size_t i = 1; i < context.size() && at.node; ++i) {  // context[0] is "<root>"
        std::string_view token = context[i];
        if (token.size() >= 2 && token.front() == '[' && token.back() == ']') token = token.substr(1, token.size() - 2);
        if (at.node.value->IsArray()) {
            std::uint32_t index = 0;
            auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
            if (ec != std::errc() || end != token.data() + token.size()) return {};
            const auto inserted = elements.try_emplace(at.node.id);
            std::vector<std::uint32_t>& ids = inserted.first->second;
            if (inserted.second) doc.for_each_child(at.node, [&ids](std::uint32_t, Node child) { ids.push_back(child.id); });
            at.node = index < ids.size() ? Node{&(*at.node.value)[index], ids[index]} : Node{};
            at.schema = at.schema ? at.schema->items : nullptr;
            at.name = fmt::format("{}[{}]", at.name.empty() ? "item" : at.name, index);  // "lineItems[0]"
        } else {
            at.node = doc.member(at.node, token);
            at.schema = at.schema ? at.schema->member(token) : nullptr;
            at.name = std::string(token);
        }
    }
    return at;
}

void report(const SchemaError& error, const Place& at, const JsonDocument& doc, Findings& findings,
            std::set<std::uint32_t>& unknown_reported) {
    std::string_view d = error.description;
    if (starts_with(d, "Missing required property '")) {
        report_missing_required(at, d.substr(27, d.rfind('\'') - 27), findings);
    } else if (starts_with(d, "Value type not permitted")) {
        report_type(at, findings);
    } else if (starts_with(d, "Failed to match against any enum values")) {
        report_enum(at, findings);
    } else if (starts_with(d, "Failed to match expected value set by 'const'")) {
        report_const(at, findings);
    } else if (starts_with(d, "Object contains a property that could not be validated")) {
        // valijson names only the first stranger; report each member the schema does not know.
        report_unknown_properties(at, doc, findings, unknown_reported);
    } else if (starts_with(d, "Expected number greater than")) {
        report_minimum(at, findings, d.substr(d.rfind(' ') + 1));
    } else if (starts_with(d, "Expected number less than")) {
        report_maximum(at, findings, d.substr(d.rfind(' ') + 1));
    } else if (starts_with(d, "Array should contain no fewer than")) {
        report_min_items(at, findings);
    } else if (starts_with(d, "Array should contain no more than")) {
        report_max_items(at, findings);
    } else {
        findings.at_value(at.node.id, finding("schema/invalid"),
                          fmt::format("{}: {}", at.name.empty() ? std::string("the document") : fmt::format("'{}'", at.name), d));
    }
}

}  // namespace

void translate_schema_errors(const std::vector<SchemaError>& errors, const SchemaNode& root, const JsonDocument& doc,
                             Findings& findings) {
    std::set<std::uint32_t> unknown_reported;
    std::set<std::pair<std::vector<std::string>, std::string>> seen;
    // Every context that a detailed (non-wrapper) error lies at or below: a wrapper there adds
    // nothing. One set, built once: asking each wrapper to scan every error was quadratic.
    auto joined = [](const std::vector<std::string>& context, std::size_t n) {
        std::string key;
        for (std::size_t i = 0; i < n; ++i) (key += context[i]) += '\x1f';
        return key;
    };
    std::unordered_set<std::string> detailed_below;
    for (const auto& error : errors)
        if (!is_wrapper(error.description))
            for (std::size_t n = 0; n <= error.context.size(); ++n) detailed_below.insert(joined(error.context, n));
    ElementIds elements;
    for (const auto& error : errors) {
        if (!seen.insert({error.context, error.description}).second) continue;  // $ref chains repeat errors
        if (is_wrapper(error.description) && detailed_below.count(joined(error.context, error.context.size()))) continue;
        Place at = resolve(error.context, root, doc, elements);
        if (!at.node) at = Place{doc.root(), &root, ""};  // never drop an error for want of a place
        report(error, at, doc, findings, unknown_reported);
    }
}

}  // namespace cartlint::detail
