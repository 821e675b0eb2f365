// doc/type-mismatch: a property table's Type disagrees with the API's type.

#include "rules/container_rule.hpp"
#include "rules/support/property_table.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "doc/type-mismatch", Severity::error, "A property table gives a type the API does not take",
    "The Update a cart page's CartLineItem table types billingCycle as Object; the API's billingCycle is a string "
    "(\"monthly\", \"annual\", \"one_time\", …: the SDKs' BillingCycleType enum, serialised as a string). The Type "
    "column (the second) is read in the page's language (string, cadena, 文字列; Object, Objeto; Array of …, List of "
    "…; int, DateTime, Dictionary<…>); a type word cartlint does not know is not checked.",
    "# Update a cart\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n"
    "| catalogItemId | string | Yes | The catalog item identifier. |\n| quantity | int | Yes | The number of licenses. |\n"
    "| billingCycle | Object | Yes | The billing cycle. |\n",
    "# Update a cart\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n"
    "| catalogItemId | string | Yes | The catalog item identifier. |\n| quantity | int | Yes | The number of licenses. |\n"
    "| billingCycle | string | Yes | The billing cycle. |\n",
    ServiceResponse::rejects,
    "Rejects a payload written from the table: an object where the API reads a string (billingCycle: {…}) fails "
    "to bind, and the service answers 400 Bad Request."};

class TypeMismatch final : public TableRule {
public:
    TypeMismatch() : TableRule(rules::doc) {}
    void check(const TableContext& c, ContainerFindings& out) const override {
        if (!c.object) return;
        for (const TableRow& row : c.table.rows) {
            if (row.cells.size() < 2) continue;
            const SchemaProperty* p = property_named(*c.object, row.cells[0].text);
            if (!p || !p->schema || p->schema->types == 0) continue;
            const std::uint8_t documented = read_type(row.cells[1].text);
            if (documented == 0 || (documented & p->schema->types) != 0) continue;
            report(out, row.cells[1].span,
                   fmt::format("the table types {} as '{}', but the API's {} is {}", row.cells[0].text, row.cells[1].text, p->name, describe_types(p->schema->types)));
        }
    }
};

}  // namespace

CARTLINT_RULE(doc_type_mismatch, TypeMismatch)

}  // namespace cartlint::detail::rules
