// doc/required-mismatch: a property table's Required column disagrees with the API, or is not there.

#include "rules/container_rule.hpp"
#include "rules/support/property_table.hpp"

#include <algorithm>
#include <string>

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "doc/required-mismatch", Severity::warning, "A property table's Required column disagrees with the API",
    "A property table's third column says whether a property is required (Yes/No in the page's language: Sí, Oui, "
    "はい, 是, …). It is read against the schema's required list for the object the table describes (taken from the "
    "SDKs and the service's answers: a cart line item needs catalogItemId and quantity). A row without a Required "
    "cell in a table that has the column, or a Required cell that is neither yes nor no, is reported too, and so is a "
    "table without a Required column (the third or fourth column read as yes or no in most rows) whose rows name "
    "properties the API requires.",
    "# Update a cart\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n"
    "| catalogItemId | string | No | The catalog item identifier. |\n| quantity | int | Yes | The number of licenses. |\n"
    "| friendlyName | string | No | The friendly name. |\n",
    "# Update a cart\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n"
    "| catalogItemId | string | Yes | The catalog item identifier. |\n| quantity | int | Yes | The number of licenses. |\n"
    "| friendlyName | string | No | The friendly name. |\n",
    ServiceResponse::unverified,
    "Not verified for every property: a payload that leaves out a property the table calls optional but the service "
    "needs is rejected (catalogItemId: 900142), one that sends a property the table wrongly requires is accepted. "
    "cartlint cannot be sure which rows the service enforces beyond the schema's required list."};

class RequiredMismatch final : public TableRule {
public:
    RequiredMismatch() : TableRule(rules::doc) {}
    void check(const TableContext& c, ContainerFindings& out) const override {
        if (!c.object) return;
        if (c.required_column < 0) {
            // No Required column: say which of the rows the API requires.
            std::string needed;
            for (const TableRow& row : c.table.rows) {
                if (row.cells.empty()) continue;
                const SchemaProperty* p = property_named(*c.object, row.cells[0].text);
                if (p && std::find(c.object->required.begin(), c.object->required.end(), p->name) != c.object->required.end())
                    needed += (needed.empty() ? "" : ", ") + p->name;
            }
            if (!needed.empty())
                report(out, c.table.header.line, fmt::format("this {} table has no Required column, but the API requires {}", c.object->title, needed));
            return;
        }
        const auto column = static_cast<std::size_t>(c.required_column);
        for (const TableRow& row : c.table.rows) {
            if (row.cells.empty() || !is_property_name(row.cells[0].text)) continue;
            const SchemaProperty* p = property_named(*c.object, row.cells[0].text);
            if (!p) continue;
            if (row.cells.size() <= column) continue;  // doc/table-cells says so
            const auto said = read_yes_no(row.cells[column].text);
            const bool required = std::find(c.object->required.begin(), c.object->required.end(), p->name) != c.object->required.end();
            if (!said) {
                report(out, row.cells[column].span.empty() ? row.line : row.cells[column].span,
                       fmt::format("the Required cell of {} says neither yes nor no: the API {} it", row.cells[0].text, required ? "requires" : "does not require"));
                continue;
            }
            if (*said == required) continue;
            report(out, row.cells[column].span,
                   required ? fmt::format("the table calls {} optional, but the API requires {}", row.cells[0].text, p->name)
                            : fmt::format("the table calls {} required, but the API does not require {}", row.cells[0].text, p->name));
        }
    }
};

}  // namespace

CARTLINT_RULE(doc_required_mismatch, RequiredMismatch)

}  // namespace cartlint::detail::rules
