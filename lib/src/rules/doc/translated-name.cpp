// doc/translated-name: a translated page's property table translates a property's name.

#include "rules/container_rule.hpp"
#include "rules/support/property_table.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "doc/translated-name", Severity::error, "A translated page's table gives a property a translated name",
    "The localized Partner Center pages translate the property names in their tables: the Spanish Update a cart "
    "page writes cantidad for quantity, the Japanese 数量, the Portuguese nomeAmigável for friendlyName. Property "
    "names are code and are never translated; the schema records the translations seen (x-doc translations), and "
    "each is named with its language and the API's name.",
    "# Actualizar un carro\n\n| Propiedad | Tipo | Obligatorio | Descripción |\n|---|---|---|---|\n"
    "| catalogItemId | string | Sí | El identificador. |\n| cantidad | int | Sí | El número de licencias. |\n"
    "| friendlyName | string | No | El nombre descriptivo. |\n",
    "# Actualizar un carro\n\n| Propiedad | Tipo | Obligatorio | Descripción |\n|---|---|---|---|\n"
    "| catalogItemId | string | Sí | El identificador. |\n| quantity | int | Sí | El número de licencias. |\n"
    "| friendlyName | string | No | El nombre descriptivo. |\n",
    ServiceResponse::misreads,
    "Misreads a payload written from the table: the service ignores a member named cantidad, so the quantity is "
    "missing (quirk/doc-table-name reports such a payload)."};

class TranslatedName final : public TableRule {
public:
    TranslatedName() : TableRule(rules::doc) {}
    void check(const TableContext& c, ContainerFindings& out) const override {
        if (!c.object) return;
        for (const TableRow& row : c.table.rows) {
            if (row.cells.empty()) continue;
            const std::string& name = row.cells[0].text;
            if (c.object->property(name)) continue;
            [&] {
                for (const SchemaProperty& p : c.object->properties) {
                    if (!p.doc) continue;
                    for (const auto& [t, language] : p.doc->translations)
                        if (names_case_insensitively(t, name)) {
                            report(out, row.cells[0].span,
                                   fmt::format("'{}' is the {} page's translation of '{}': property names are not translated, the API knows only '{}'", name, language, p.name, p.name));
                            return;  // once a row
                        }
                }
            }();
        }
    }
};

}  // namespace

CARTLINT_RULE(doc_translated_name, TranslatedName)

}  // namespace cartlint::detail::rules
