// doc/table-cells: a table row with fewer cells than its header.

#include "rules/container_rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "doc/table-cells", Severity::error, "A table row has fewer cells than the table's header",
    "A pipe table's rows have one cell per header column (GitHub Flavored Markdown, tables); a row with fewer shows "
    "empty cells, and its property's type or Required column cannot be read, so cartlint checks what it can and "
    "says what it could not.",
    "# Update a cart\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n"
    "| catalogItemId | string |\n| quantity | int | Yes | The number of licenses. |\n",
    "# Update a cart\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n"
    "| catalogItemId | string | Yes | The catalog item identifier. |\n| quantity | int | Yes | The number of licenses. |\n",
    ServiceResponse::unchecked,
    "Unchecked: the row's missing cells could not be compared with the API, so the page's description of that "
    "property is not verified."};

class TableCells final : public TableRule {
public:
    TableCells() : TableRule(rules::doc) {}
    void check(const TableContext& c, ContainerFindings& out) const override {
        const std::size_t columns = c.table.header.cells.size();
        for (const TableRow& row : c.table.rows)
            if (row.cells.size() < columns)
                report(out, {row.line.end, row.line.end}, fmt::format("this row has {} of the table's {} cells", row.cells.size(), columns));
    }
};

}  // namespace

CARTLINT_RULE(doc_table_cells, TableCells)

}  // namespace cartlint::detail::rules
