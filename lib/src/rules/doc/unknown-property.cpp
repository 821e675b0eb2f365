// doc/unknown-property: a property table names a property the API does not have.

#include "rules/container_rule.hpp"
#include "rules/support/property_table.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "doc/unknown-property", Severity::error, "A property table names a property the API does not have",
    "The Update a cart page's CartLineItem table lists catalogId; the API's property is catalogItemId (both SDKs, "
    "every sample). Each row of a property table is read against the schema of the object the table describes (the "
    "object most of its rows name); a name the schema records as the doc's own (x-doc names) says which API name it "
    "stands for. Translated names are doc/translated-name; a name that differs only in case is doc/sample-spelling's "
    "business, not this one's.",
    "# Update a cart\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n"
    "| catalogId | string | Yes | The catalog item identifier. |\n| quantity | int | Yes | The number of licenses. |\n"
    "| friendlyName | string | No | The friendly name. |\n",
    "# Update a cart\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n"
    "| catalogItemId | string | Yes | The catalog item identifier. |\n| quantity | int | Yes | The number of licenses. |\n"
    "| friendlyName | string | No | The friendly name. |\n",
    ServiceResponse::misreads,
    "Misreads a payload written from the table: the service does not know the name and ignores the member, so the "
    "property is missing (without catalogItemId it answers 900142 \"Catalog item id is not present\")."};

class UnknownProperty final : public TableRule {
public:
    UnknownProperty() : TableRule(rules::doc) {}
    void check(const TableContext& c, ContainerFindings& out) const override {
        if (!c.object) return;
        for (const TableRow& row : c.table.rows) {
            if (row.cells.empty() || !is_property_name(row.cells[0].text)) continue;
            const std::string& name = row.cells[0].text;
            bool known = false, translated = false;
            const SchemaProperty* meant = nullptr;
            for (const SchemaProperty& p : c.object->properties) {
                if (names_case_insensitively(p.name, name)) known = true;
                if (!p.doc) continue;
                for (const std::string& alias : p.doc->names)
                    if (names_case_insensitively(alias, name) && !names_case_insensitively(alias, p.name)) meant = &p;
                for (const auto& [t, language] : p.doc->translations)
                    if (names_case_insensitively(t, name)) translated = true;
            }
            if (known || translated) continue;
            if (meant)
                report(out, row.cells[0].span,
                       fmt::format("the table's '{}' is not a property of {}: the API's name is '{}' ({})", name, c.object->title, meant->name, meant->doc->fact));
            else
                report(out, row.cells[0].span, fmt::format("{} has no property '{}'", c.object->title, name));
        }
    }
};

}  // namespace

CARTLINT_RULE(doc_unknown_property, UnknownProperty)

}  // namespace cartlint::detail::rules
