// quirk/property-case: a property in PascalCase (or any other casing) instead of camelCase.

#include "rules/quirk/rename.hpp"
#include "rules/rule.hpp"
#include "rules/support/schema_walk.hpp"
#include "core/ascii.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "quirk/property-case", Severity::warning, "A property name differs from the API's only in case",
    "The service's canonical JSON is camelCase (every response sample, the Java SDK). The .NET SDK serialises with "
    "Newtonsoft's default resolver and so sends PascalCase (\"LineItems\", \"CatalogItemId\"), which the service "
    "accepts; the Update a cart request example is such a capture, and its response example mixes in "
    "\"ProvisioningContext\". It works, but other tools and case-sensitive code do not see the property. The fix "
    "renames it; validation goes on under the canonical name.",
    R"({"LineItems":[{"CatalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","Quantity":1,"BillingCycle":"monthly","TermDuration":"P1M"}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::accepts,
    "Accepts it: the service reads names case-insensitively and takes the .NET SDK's PascalCase (the Update a cart request example is such a capture); case-sensitive tools and code do not see the property."};

class PropertyCase final : public DocumentRule {
public:
    PropertyCase() : DocumentRule(rules::doc, RunsOn::irregular_names) {}
    void prepare(JsonDocument& document, const SchemaNode& root, Findings& findings) const override {
        walk_members(document, root, [&](const SchemaNode& object, const rapidjson::Value& parent, Node node, rapidjson::Value::Member& m) {
            std::string_view name(m.name.GetString(), m.name.GetStringLength());
            if (object.property(name)) return;
            for (const SchemaProperty& p : object.properties) {
                if (p.name.size() != name.size() || ::cartlint::detail::ascii::casecmp_n(p.name.data(), name.data(), name.size()) != 0) continue;
                if (parent.HasMember(p.name.c_str())) return;  // both spellings: quirk/duplicate-key says so
                report_and_rename(document, findings, *this, node, m, p.name,
                                  fmt::format("'{}' is written '{}' by the API (camelCase); the service accepts this casing, "
                                              "but other tools do not", std::string(name), p.name));
                return;
            }
        });
    }
};

}  // namespace

CARTLINT_RULE(quirk_property_case, PropertyCase)

}  // namespace cartlint::detail::rules
