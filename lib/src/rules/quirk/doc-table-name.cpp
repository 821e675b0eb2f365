// quirk/doc-table-name: a property named as the doc tables name it, not as the API does.

#include "rules/quirk/rename.hpp"
#include "rules/rule.hpp"
#include "rules/support/schema_walk.hpp"

#include <fmt/format.h>
#include <strings.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "quirk/doc-table-name", Severity::warning, "A property has the name the doc table gives it, not the API's",
    "The Update a cart property tables name some properties differently from the API: catalogId (the API's is "
    "catalogItemId; without it the service answers 900142), creationTimeStamp, lastModifiedTimeStamp and "
    "expirationTimeStamp (…Timestamp), and the Spanish page translates quantity to cantidad. Each schema property "
    "records these names in x-doc; the fix renames the property, and validation goes on under the API's name.",
    R"({"lineItems":[{"catalogId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})"};

class DocTableName final : public Rule {
public:
    const RuleDoc& doc() const noexcept override { return rules::doc; }
    void check(RuleContext&, Node, const SchemaNode&) const override {}
    void prepare(JsonDocument& document, const SchemaNode& root, Findings& findings) const override {
        walk_members(document, root, [&](const SchemaNode& object, const rapidjson::Value& parent, Node node, rapidjson::Value::Member& m) {
            std::string_view name(m.name.GetString(), m.name.GetStringLength());
            if (object.property(name)) return;
            for (const SchemaProperty& p : object.properties) {
                if (!p.doc) continue;
                // CreationTimestamp is the API's name in PascalCase (quirk/property-case); creationTimeStamp,
                // exactly as the table writes it, is the table's.
                const bool api_name_in_other_case =
                    p.name.size() == name.size() && strncasecmp(p.name.data(), name.data(), name.size()) == 0;
                for (const std::string& alias : p.doc->names) {
                    if (alias.size() != name.size() || strncasecmp(alias.data(), name.data(), name.size()) != 0) continue;
                    if (api_name_in_other_case && alias != name) continue;
                    if (parent.HasMember(p.name.c_str())) return;  // both names: renaming would duplicate it
                    report_and_rename(document, findings, rules::doc, node, m, p.name,
                                      fmt::format("'{}' is the name in the doc table ({}); the API's property is '{}'",
                                                  std::string(name), p.doc->source, p.name));
                    return;
                }
            }
        });
    }
};

}  // namespace

const Rule& quirk_doc_table_name() {
    static const DocTableName rule;
    return rule;
}

}  // namespace cartlint::detail::rules
