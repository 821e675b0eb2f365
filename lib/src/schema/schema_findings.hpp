#pragma once
// The schema/… findings, worded once. The native validator reports through these directly and
// valijson's errors are translated into calls to them, so both engines say the same thing.

#include "core/json_document.hpp"
#include "core/findings.hpp"
#include "schema/schema_index.hpp"

#include <set>
#include <string>
#include <string_view>

namespace cartlint::detail {

// A value, the schema that applies to it, and how messages name it.
struct Place {
    Node node;
    const SchemaNode* schema = nullptr;
    std::string name;  // "quantity", "lineItems[0]"; "" for the root
};

// A schema/… finding reported with its documented severity. The value findings (type, enum,
// const, minimum, maximum, max-items) give way to a rule's finding at the same value; the others
// (required, unknown-property, min-items, invalid) stand beside it.
Reporter finding(std::string_view id) noexcept;
Reporter value_finding(std::string_view id) noexcept;

void report_missing_required(const Place& at, std::string_view property, Findings& findings);
void report_type(const Place& at, Findings& findings);
void report_enum(const Place& at, Findings& findings);
void report_const(const Place& at, Findings& findings);
// Every member of the object at `at` that its schema does not know, once per member: `reported`
// remembers the members already named.
void report_unknown_properties(const Place& at, const JsonDocument& doc, Findings& findings,
                               std::set<std::uint32_t>& reported);
// The bounds come from the schema; `fallback` is used when there is none to read.
void report_minimum(const Place& at, Findings& findings, std::string_view fallback = {});
void report_maximum(const Place& at, Findings& findings, std::string_view fallback = {});
void report_min_items(const Place& at, Findings& findings);
void report_max_items(const Place& at, Findings& findings);

// The value findings as the native validator reports them: their pointer and message are built
// only if no rule's finding replaces them (Findings::at_value_later), each worded as report_type,
// report_enum, … word it.
enum class ValueCheck { type, enumeration, constant, minimum, maximum, max_items };
template <ValueCheck check>
void report_value_later(Node node, const SchemaNode& schema, std::string name, Findings& findings);

// "the string \"2\"", "an object", "null"… for messages.
std::string describe_value(const rapidjson::Value& value);

}  // namespace cartlint::detail
