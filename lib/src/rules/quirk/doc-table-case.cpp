// quirk/doc-table-case: a property spelt as a doc table spells it, which differs from the API's
// name only in case (creationTimeStamp). The service binds it; other readers do not.

#include "rules/quirk/rename.hpp"
#include "rules/rule.hpp"
#include "rules/support/schema_walk.hpp"
#include "core/ascii.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "quirk/doc-table-case", Severity::warning, "A property is cased as the doc table writes it, not as the API does",
    "The Update a cart Cart table writes creationTimeStamp, lastModifiedTimeStamp and expirationTimeStamp; the API "
    "(both SDKs, every sample) writes …Timestamp. The difference is only in case. The fix renames the property, and "
    "validation goes on under the API's name. A doc-table name that is another word (catalogId) is "
    "quirk/doc-table-name.",
    R"({"creationTimeStamp":"2018-03-15T17:15:02Z","lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    R"({"creationTimestamp":"2018-03-15T17:15:02Z","lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::accepts,
    "Accepts it: the service reads property names case-insensitively (it takes the .NET SDK's PascalCase), so "
    "creationTimeStamp binds to creationTimestamp; case-sensitive readers and your own code do not see it."};

bool same_folded(std::string_view a, std::string_view b) {
    return a.size() == b.size() && ::cartlint::detail::ascii::casecmp_n(a.data(), b.data(), a.size()) == 0;
}

class DocTableCase final : public DocumentRule {
public:
    DocTableCase() : DocumentRule(rules::doc, RunsOn::irregular_names) {}
    void prepare(JsonDocument& document, const SchemaNode& root, Findings& findings) const override {
        walk_members(document, root, [&](const SchemaNode& object, const rapidjson::Value& parent, Node node, rapidjson::Value::Member& m) {
            const std::string_view name(m.name.GetString(), m.name.GetStringLength());
            if (object.property(name)) return;
            for (const SchemaProperty& p : object.properties) {
                if (!p.doc || !same_folded(p.name, name)) continue;
                for (const std::string& alias : p.doc->names) {
                    // Exactly the table's spelling: other casings are the SDK's (quirk/property-case).
                    if (alias != name) continue;
                    if (parent.HasMember(p.name.c_str())) return;  // both spellings: quirk/duplicate-key says so
                    report_and_rename(document, findings, *this, node, m, p.name,
                                      fmt::format("'{}' is cased as the doc table writes it ({}); the API writes '{}'. The "
                                                  "service accepts this casing, other tools do not",
                                                  std::string(name), p.doc->source, p.name));
                    return;
                }
            }
        });
    }
};

}  // namespace

CARTLINT_RULE(quirk_doc_table_case, DocTableCase)

}  // namespace cartlint::detail::rules
