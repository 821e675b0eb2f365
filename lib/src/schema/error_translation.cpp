#include "schema/error_translation.hpp"

#include "rules/support/spelling.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cctype>
#include <set>
#include <unordered_map>

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

// Where an error's context leads: the DOM node and the schema that applies there.
struct Place {
    Node node;
    const SchemaNode* schema = nullptr;
    std::string name;  // "quantity", "lineItems[0]"; "" for the root
};

Place resolve(const std::vector<std::string>& context, const SchemaNode& root, const JsonDocument& doc) {
    Place at{doc.root(), &root, ""};
    for (std::size_t i = 1; i < context.size() && at.node; ++i) {  // context[0] is "<root>"
        std::string_view token = context[i];
        if (token.size() >= 2 && token.front() == '[' && token.back() == ']') token = token.substr(1, token.size() - 2);
        if (at.node.value->IsArray()) {
            std::uint32_t index = 0;
            auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
            if (ec != std::errc() || end != token.data() + token.size()) return {};
            at.node = doc.element(at.node, index);
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
    for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
    return out;
}

void report(const SchemaError& error, const Place& at, const JsonDocument& doc, Findings& findings,
            std::set<std::uint32_t>& unknown_reported) {
    std::string_view d = error.description;
    const rapidjson::Value& value = *at.node.value;
    const SchemaNode* schema = at.schema;

    if (starts_with(d, "Missing required property '")) {
        std::string name(d.substr(27, d.rfind('\'') - 27));
        std::string message = fmt::format("{} is missing the required property '{}'", what(at), name);
        if (schema)
            if (const auto* p = schema->property(name); p && !p->description.empty())
                message += fmt::format(" ({})", p->description);
        findings.at_value(at.node.id, "schema/required", Severity::error, std::move(message));
    } else if (starts_with(d, "Value type not permitted")) {
        std::string expected = schema ? describe_types(schema->types) : std::string("another type");
        findings.at_value(at.node.id, "schema/type", Severity::error,
                          fmt::format("{} must be {}, found {}", subject(at), expected, describe_value(value)));
    } else if (starts_with(d, "Failed to match against any enum values")) {
        std::string allowed = schema ? join_values(schema->enum_values) : std::string();
        findings.at_value(at.node.id, "schema/enum", Severity::error,
                          fmt::format("{} must be one of {}; found {}", subject(at), allowed, describe_value(value)));
    } else if (starts_with(d, "Failed to match expected value set by 'const'")) {
        std::string expected = schema && schema->const_value ? quoted_excerpt(*schema->const_value) : std::string("another value");
        findings.at_value(at.node.id, "schema/const", Severity::error,
                          fmt::format("{} must be {}, found {}", subject(at), expected, describe_value(value)));
    } else if (starts_with(d, "Object contains a property that could not be validated")) {
        // valijson names only the first stranger; report each member the schema does not know.
        if (!value.IsObject()) return;
        // "Quantity" beside "quantity" is a duplicate (quirk/duplicate-key), not a stranger.
        std::unordered_map<std::string, int> folded;
        for (auto m = value.MemberBegin(); m != value.MemberEnd(); ++m) {
            std::string key(m->name.GetString(), m->name.GetStringLength());
            for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            ++folded[key];
        }
        std::uint32_t id = at.node.id + 1;
        for (auto m = value.MemberBegin(); m != value.MemberEnd(); ++m, id = doc.map[id].next) {
            std::string_view name(m->name.GetString(), m->name.GetStringLength());
            if (schema && schema->member(name)) continue;
            std::string key(name);
            for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (folded[key] > 1) continue;
            if (!unknown_reported.insert(id).second) continue;
            std::string message = fmt::format("{} has no property '{}'", what(at), name);
            std::optional<std::string> guess;
            if (schema) {
                std::vector<std::string_view> known;
                for (const auto& p : schema->properties) known.push_back(p.name);
                guess = closest_name(name, known);
            }
            if (guess) message += fmt::format(" (did you mean '{}'?)", *guess);
            Diagnostic& d = findings.at_key(id, "schema/unknown-property", Severity::error, std::move(message));
            if (guess) {
                // A guess, so a suggestion: renaming to the wrong property would hide the mistake.
                const SourceNode& node = doc.map[id];
                d.fix = Fix{fmt::format("rename to '{}'", *guess), {Edit{node.key_begin, node.key_end - node.key_begin, "\"" + *guess + "\""}}, false};
            }
        }
    } else if (starts_with(d, "Expected number greater than")) {
        std::string bound = schema && schema->minimum ? number_text(*schema->minimum) : std::string(d.substr(d.rfind(' ') + 1));
        findings.at_value(at.node.id, "schema/minimum", Severity::error,
                          fmt::format("{} must be at least {}, found {}", subject(at), bound, value_text(value)));
    } else if (starts_with(d, "Expected number less than")) {
        std::string bound = schema && schema->maximum ? number_text(*schema->maximum) : std::string(d.substr(d.rfind(' ') + 1));
        findings.at_value(at.node.id, "schema/maximum", Severity::error,
                          fmt::format("{} must be at most {}, found {}", subject(at), bound, value_text(value)));
    } else if (starts_with(d, "Array should contain no fewer than")) {
        std::uint64_t bound = schema && schema->min_items ? *schema->min_items : 0;
        findings.at_value(at.node.id, "schema/min-items", Severity::error,
                          fmt::format("{} must have at least {} item{}, found {}", subject(at), bound, bound == 1 ? "" : "s",
                                      value.IsArray() ? value.Size() : 0));
    } else if (starts_with(d, "Array should contain no more than")) {
        std::uint64_t bound = schema && schema->max_items ? *schema->max_items : 0;
        findings.at_value(at.node.id, "schema/max-items", Severity::error,
                          fmt::format("{} must have at most {} item{}, found {}", subject(at), bound, bound == 1 ? "" : "s",
                                      value.IsArray() ? value.Size() : 0));
    } else {
        findings.at_value(at.node.id, "schema/invalid", Severity::error, fmt::format("{}: {}", subject(at), d));
    }
}

bool is_prefix(const std::vector<std::string>& prefix, const std::vector<std::string>& of) {
    return prefix.size() <= of.size() && std::equal(prefix.begin(), prefix.end(), of.begin());
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

void translate_schema_errors(const std::vector<SchemaError>& errors, const SchemaNode& root, const JsonDocument& doc,
                             Findings& findings) {
    std::set<std::uint32_t> unknown_reported;
    std::set<std::pair<std::vector<std::string>, std::string>> seen;
    for (const auto& error : errors) {
        if (!seen.insert({error.context, error.description}).second) continue;  // $ref chains repeat errors
        if (is_wrapper(error.description)) {
            bool detailed = std::any_of(errors.begin(), errors.end(), [&](const SchemaError& other) {
                return &other != &error && !is_wrapper(other.description) && is_prefix(error.context, other.context);
            });
            if (detailed) continue;
        }
        Place at = resolve(error.context, root, doc);
        if (!at.node) at = Place{doc.root(), &root, ""};  // never drop an error for want of a place
        report(error, at, doc, findings, unknown_reported);
    }
}

}  // namespace cartlint::detail
