#include "schema/schema_findings.hpp"

#include "core/stage_rule_docs.hpp"

#include "core/spelling.hpp"

#include <fmt/format.h>

#include <cctype>
#include <unordered_map>

namespace cartlint::detail {
namespace {

std::string quoted_excerpt(std::string_view s) {
    constexpr std::size_t max = 60;
    std::string out = "\"";
    for (char c : s.substr(0, max)) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", c);
        else out += c;
    }
    return out + (s.size() > max ? "…\"" : "\"");
}

std::string subject(const Place& at) { return at.name.empty() ? std::string("the document") : fmt::format("'{}'", at.name); }

std::string what(const Place& at) {
    if (at.schema && !at.schema->title.empty()) return at.schema->title;
    return at.name.empty() ? std::string("the document") : fmt::format("'{}'", at.name);
}

std::string number_text(double d) {
    if (d == static_cast<double>(static_cast<long long>(d))) return std::to_string(static_cast<long long>(d));
    return fmt::format("{}", d);
}

std::string value_text(const rapidjson::Value& v) {
    if (v.IsInt64()) return std::to_string(v.GetInt64());
    if (v.IsUint64()) return std::to_string(v.GetUint64());
    if (v.IsNumber()) return fmt::format("{}", v.GetDouble());
    return describe_value(v);
}

std::string join_values(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : ", ") + (v.empty() ? std::string("\"\" (none)") : v);
    return out;
}

// Each value finding's id, for the immediate and the put-off reports alike.
constexpr std::string_view value_rule(ValueCheck check) {
    switch (check) {
    case ValueCheck::type: return "schema/type";
    case ValueCheck::enumeration: return "schema/enum";
    case ValueCheck::constant: return "schema/const";
    case ValueCheck::minimum: return "schema/minimum";
    case ValueCheck::maximum: return "schema/maximum";
    case ValueCheck::max_items: return "schema/max-items";
    }
    return {};
}

std::string folded(std::string_view name) {
    std::string key(name);
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

}  // namespace

std::string describe_value(const rapidjson::Value& v) {
    switch (v.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType: return "false";
    case rapidjson::kTrueType: return "true";
    case rapidjson::kObjectType: return "an object";
    case rapidjson::kArrayType: return "an array";
    case rapidjson::kStringType: return "the string " + quoted_excerpt({v.GetString(), v.GetStringLength()});
    case rapidjson::kNumberType:
        if (v.IsInt64() || v.IsUint64()) return "the integer " + value_text(v);
        return "the number " + value_text(v);
    }
    return "a value";
}

Reporter finding(std::string_view id) noexcept { return {id, default_severity(id), SchemaVerdict::unrelated}; }

Reporter value_finding(std::string_view id) noexcept { return {id, default_severity(id), SchemaVerdict::replaceable}; }

void report_missing_required(const Place& at, std::string_view property, Findings& findings) {
    std::string message = fmt::format("{} is missing the required property '{}'", what(at), property);
    if (at.schema)
        if (const auto* p = at.schema->property(property); p && !p->description.empty())
            message += fmt::format(" ({})", p->description);
    findings.at_value(at.node.id, finding("schema/required"), std::move(message));
}

std::string type_message(const Place& at) {
    std::string expected = at.schema ? describe_types(at.schema->types) : std::string("another type");
    return fmt::format("{} must be {}, found {}", subject(at), expected, describe_value(*at.node.value));
}

std::string enum_message(const Place& at) {
    std::string allowed = at.schema ? join_values(at.schema->enum_values) : std::string();
    return fmt::format("{} must be one of {}; found {}", subject(at), allowed, describe_value(*at.node.value));
}

std::string const_message(const Place& at) {
    std::string expected = at.schema && at.schema->const_value ? quoted_excerpt(*at.schema->const_value) : std::string("another value");
    return fmt::format("{} must be {}, found {}", subject(at), expected, describe_value(*at.node.value));
}

void report_type(const Place& at, Findings& findings) { findings.at_value(at.node.id, value_finding(value_rule(ValueCheck::type)), type_message(at)); }
void report_enum(const Place& at, Findings& findings) { findings.at_value(at.node.id, value_finding(value_rule(ValueCheck::enumeration)), enum_message(at)); }
void report_const(const Place& at, Findings& findings) { findings.at_value(at.node.id, value_finding(value_rule(ValueCheck::constant)), const_message(at)); }

void report_unknown_properties(const Place& at, const JsonDocument& doc, Findings& findings, std::set<std::uint32_t>& reported) {
    const rapidjson::Value& value = *at.node.value;
    const SchemaNode* schema = at.schema;
    if (!value.IsObject()) return;
    // "Quantity" beside "quantity" is a duplicate (quirk/duplicate-key), not a stranger.
    std::unordered_map<std::string, int> counts;
    for (auto m = value.MemberBegin(); m != value.MemberEnd(); ++m) ++counts[folded({m->name.GetString(), m->name.GetStringLength()})];
    std::uint32_t id = at.node.id + 1;
    for (auto m = value.MemberBegin(); m != value.MemberEnd(); ++m, id = doc.map[id].next) {
        std::string_view name(m->name.GetString(), m->name.GetStringLength());
        if (schema && schema->member(name)) continue;
        if (counts[folded(name)] > 1) continue;
        if (!reported.insert(id).second) continue;
        // Past the cap, or turned off: no message (its did-you-mean is an edit distance per known name).
        if (!findings.wants(id, finding("schema/unknown-property"), true)) {
            findings.at_key(id, finding("schema/unknown-property"), {});  // counted
            continue;
        }
        std::string message = fmt::format("{} has no property '{}'", what(at), name);
        std::optional<std::string> guess;
        if (schema) {
            std::vector<std::string_view> known;
            for (const auto& p : schema->properties) known.push_back(p.name);
            guess = closest_name(name, known);
        }
        if (guess) message += fmt::format(" (did you mean '{}'?)", *guess);
        Diagnostic& d = findings.at_key(id, finding("schema/unknown-property"), std::move(message));
        if (guess) {
            // A guess, so a suggestion: renaming to the wrong property would hide the mistake.
            const SourceNode& node = doc.map[id];
            d.fix = Fix{fmt::format("rename to '{}'", *guess), {Edit{node.key_begin, node.key_end - node.key_begin, "\"" + *guess + "\""}}, false};
        }
    }
}

std::string minimum_message(const Place& at, std::string_view fallback) {
    std::string bound = at.schema && at.schema->minimum ? number_text(*at.schema->minimum) : std::string(fallback);
    return fmt::format("{} must be at least {}, found {}", subject(at), bound, value_text(*at.node.value));
}

std::string maximum_message(const Place& at, std::string_view fallback) {
    std::string bound = at.schema && at.schema->maximum ? number_text(*at.schema->maximum) : std::string(fallback);
    return fmt::format("{} must be at most {}, found {}", subject(at), bound, value_text(*at.node.value));
}

void report_minimum(const Place& at, Findings& findings, std::string_view fallback) {
    findings.at_value(at.node.id, value_finding(value_rule(ValueCheck::minimum)), minimum_message(at, fallback));
}

void report_maximum(const Place& at, Findings& findings, std::string_view fallback) {
    findings.at_value(at.node.id, value_finding(value_rule(ValueCheck::maximum)), maximum_message(at, fallback));
}

void report_min_items(const Place& at, Findings& findings) {
    std::uint64_t bound = at.schema && at.schema->min_items ? *at.schema->min_items : 0;
    const rapidjson::Value& value = *at.node.value;
    findings.at_value(at.node.id, finding("schema/min-items"),
                      fmt::format("{} must have at least {} item{}, found {}", subject(at), bound, bound == 1 ? "" : "s",
                                  value.IsArray() ? value.Size() : 0));
}

std::string max_items_message(const Place& at) {
    std::uint64_t bound = at.schema && at.schema->max_items ? *at.schema->max_items : 0;
    const rapidjson::Value& value = *at.node.value;
    return fmt::format("{} must have at most {} item{}, found {}", subject(at), bound, bound == 1 ? "" : "s",
                       value.IsArray() ? value.Size() : 0);
}

void report_max_items(const Place& at, Findings& findings) {
    findings.at_value(at.node.id, value_finding(value_rule(ValueCheck::max_items)), max_items_message(at));
}

namespace {

// The message of `check`, from what LaterMessage kept of the Place.
template <ValueCheck check>
std::string write_later(const LaterMessage& later) {
    const Place at{later.node, static_cast<const SchemaNode*>(later.context), later.name};
    switch (check) {
    case ValueCheck::type: return type_message(at);
    case ValueCheck::enumeration: return enum_message(at);
    case ValueCheck::constant: return const_message(at);
    case ValueCheck::minimum: return minimum_message(at, {});
    case ValueCheck::maximum: return maximum_message(at, {});
    case ValueCheck::max_items: return max_items_message(at);
    }
    return {};
}

}  // namespace

template <ValueCheck check>
void report_value_later(Node node, const SchemaNode& schema, std::string name, Findings& findings) {
    findings.at_value_later(value_finding(value_rule(check)), LaterMessage{&write_later<check>, node, &schema, std::move(name)});
}

template void report_value_later<ValueCheck::type>(Node, const SchemaNode&, std::string, Findings&);
template void report_value_later<ValueCheck::enumeration>(Node, const SchemaNode&, std::string, Findings&);
template void report_value_later<ValueCheck::constant>(Node, const SchemaNode&, std::string, Findings&);
template void report_value_later<ValueCheck::minimum>(Node, const SchemaNode&, std::string, Findings&);
template void report_value_later<ValueCheck::maximum>(Node, const SchemaNode&, std::string, Findings&);
template void report_value_later<ValueCheck::max_items>(Node, const SchemaNode&, std::string, Findings&);

}  // namespace cartlint::detail
