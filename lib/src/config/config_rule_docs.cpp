// The configuration's own findings. The schema's checks of the file are reported under config/
// (config/type, not schema/type: the file is not a payload); the rest are config.cpp's.

#include "config/config_rule_docs.hpp"

namespace cartlint::detail {
namespace {

// What every one of them does to the run.
constexpr std::string_view stops =
    "cartlint stopped before reading any payload (exit code 2): a configuration it cannot trust would check the "
    "wrong rules at the wrong severities. Nothing was sent to the service.";

constexpr RuleDoc docs[] = {
    {"config/unknown-rule", Severity::error, "A rule id the configuration names does not exist",
     "Keys of \"rules\" are rule ids (see cartlint --list-rules), a category (\"quirk/*\") or \"*\". A misspelt id "
     "would silently configure nothing, so it is an error, with the closest id as a suggestion.",
     R"({"rules": {"billing/non-canonical-cycles": "error"}})", R"({"rules": {"billing/non-canonical-cycle": "error"}})",
     ServiceResponse::unchecked, stops},
    {"config/invalid-value", Severity::error, "A configuration value has the right type but not a usable form",
     "customerCountry is an ISO 3166-1 alpha-2 code (\"DE\"), providerId a partner id of digits, and an override's "
     "pointer an RFC 6901 JSON Pointer (\"\" or starting with '/'). Anything else could not be used by the rules "
     "that read it.",
     R"({"context": {"customerCountry": "Germany"}})", R"({"context": {"customerCountry": "DE"}})",
     ServiceResponse::unchecked, stops},
    {"config/duplicate-key", Severity::error, "A setting appears twice in one object of the configuration",
     "JSON readers disagree on which of two equal names wins, so a repeated setting is an error rather than a "
     "silent choice between them.",
     R"({"rules": {"cart/expired": "off", "cart/expired": "error"}})", R"({"rules": {"cart/expired": "error"}})",
     ServiceResponse::unchecked, stops},
    {"config/unknown-property", Severity::error, "A property schemas/cartlint-config.schema.json does not define",
     "The configuration has rules, context, kind and overrides (and an override files, pointer, rules and context). "
     "Any other name is a typo whose setting would be ignored.",
     R"({"rule": {"cart/expired": "off"}})", R"({"rules": {"cart/expired": "off"}})",
     ServiceResponse::unchecked, stops},
    {"config/type", Severity::error, "A configuration value of the wrong JSON type",
     "rules and context are objects, overrides an array of objects, files an array of strings, and a severity a "
     "string (schemas/cartlint-config.schema.json).",
     R"({"rules": ["cart/expired"]})", R"({"rules": {"cart/expired": "off"}})",
     ServiceResponse::unchecked, stops},
    {"config/enum", Severity::error, "A severity or kind outside its allowed set",
     "A severity is off, info, warning or error; kind is auto or a payload kind (cartlint --help lists them).",
     R"({"rules": {"cart/expired": "disabled"}})", R"({"rules": {"cart/expired": "off"}})",
     ServiceResponse::unchecked, stops},
    {"config/required", Severity::error, "An override without the files it applies to",
     "Each entry of overrides names the files it applies to (\"files\": glob patterns); without them it would "
     "apply nowhere.",
     R"({"overrides": [{"rules": {"cart/expired": "off"}}]})", R"({"overrides": [{"files": ["samples/**"], "rules": {"cart/expired": "off"}}]})",
     ServiceResponse::unchecked, stops},
    {"config/min-items", Severity::error, "An override whose files list is empty",
     "An override's files holds at least one glob pattern: an empty list would apply the override nowhere.",
     R"({"overrides": [{"files": [], "rules": {"cart/expired": "off"}}]})", R"({"overrides": [{"files": ["samples/**"], "rules": {"cart/expired": "off"}}]})",
     ServiceResponse::unchecked, stops},
};

}  // namespace

std::span<const RuleDoc> config_rule_docs() noexcept { return docs; }

}  // namespace cartlint::detail
