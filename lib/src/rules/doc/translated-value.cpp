// doc/translated-value: a translated page's table translates a property's value.

#include "rules/container_rule.hpp"
#include "rules/support/property_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "doc/translated-value", Severity::error, "A translated page's table gives a property's value in translation",
    "The localized Partner Center pages translate values as well as names. The Order resources page's OrderStatus "
    "table lists the values unknown, completed, pending and cancelled; the Portuguese page lists desconhecido, "
    "concluído, pendente and cancelado, the Japanese 完了 for completed, the Hungarian Befejezett. Its Order table "
    "says billingCycle defaults to \"Monthly\" or \"OneTime\"; the Japanese page writes \"毎月\", the Portuguese "
    "\"Mensal\", the Hungarian \"Havi\". Values are code, sent and answered as the API spells them in every language; "
    "the schema records the translations real pages print (x-doc valueTranslations, each with its page), and each is "
    "named with its language and the API's value. Checked: a table of a property's values (its Value column) and the "
    "quoted values in a property table's Description column. The pages' JSON samples keep the API's values.",
    "# Recursos de encomenda\n\n| Valor | Posição | Descrição |\n|---|---|---|\n| desconhecido | 0 | Inicializador Enum. |\n"
    "| concluído | 1 | Indica que a encomenda está completa. |\n| pendente | 2 | Indica que a ordem ainda está pendente. |\n"
    "| cancelado | 3 | Indica que a encomenda foi cancelada. |\n",
    "# Recursos de encomenda\n\n| Valor | Posição | Descrição |\n|---|---|---|\n| unknown | 0 | Inicializador Enum. |\n"
    "| completed | 1 | Indica que a encomenda está completa. |\n| pending | 2 | Indica que a ordem ainda está pendente. |\n"
    "| cancelled | 3 | Indica que a encomenda foi cancelada. |\n",
    ServiceResponse::misreads,
    "Misreads code written from the table: the service never answers \"concluído\", so a client waiting for it waits "
    "forever; a billingCycle sent as \"Mensal\" is not a BillingCycleType (schema/enum reports such a payload)."};

// Quotes a description puts a value in: ASCII, typographic, French guillemets, CJK corner brackets.
struct QuotePair {
    std::string_view open, close;
};
constexpr std::array<QuotePair, 6> quote_pairs{{{"\"", "\""}, {"'", "'"}, {"\u201c", "\u201d"}, {"\u2018", "\u2019"},
                                                 {"\u00ab", "\u00bb"}, {"\u300c", "\u300d"}}};
constexpr std::size_t longest_value = 64;  // bytes: a quoted sentence is no value

// A quoted text without its surrounding spaces (ASCII, no-break and narrow no-break: « Monthly »).
Span trim_spaces(std::string_view text, Span s) {
    auto space_at = [&](std::size_t at, bool back) -> std::size_t {
        for (std::string_view sp : {std::string_view(" "), std::string_view("\u00a0"), std::string_view("\u202f")}) {
            if (s.size() < sp.size()) continue;
            const std::size_t from = back ? at - sp.size() : at;
            if (text.substr(from, sp.size()) == sp) return sp.size();
        }
        return 0;
    };
    while (!s.empty())
        if (const std::size_t n = space_at(s.begin, false)) s.begin += n;
        else break;
    while (!s.empty())
        if (const std::size_t n = space_at(s.end, true)) s.end -= n;
        else break;
    return s;
}

class TranslatedValue final : public TableRule {
public:
    TranslatedValue() : TableRule(rules::doc) {}
    void check(const TableContext& c, ContainerFindings& out) const override {
        if (c.values_of) check_values_table(c, *c.values_of, out);
        if (c.object) check_descriptions(c, out);
    }

private:
    void say(ContainerFindings& out, Span at, const SchemaProperty& p, const ValueTranslation& t) const {
        report(out, at, fmt::format("'{}' is the {} page's translation of {}'s value '{}': values are not translated, the API knows only '{}'",
                                    t.text, t.language, p.name, t.value, t.value));
    }

    // A table of the property's values: each row's first cell is a value.
    void check_values_table(const TableContext& c, const SchemaProperty& p, ContainerFindings& out) const {
        for (const TableRow& row : c.table.rows)
            if (!row.cells.empty())
                if (const ValueTranslation* t = value_translation(p, row.cells[0].text)) say(out, row.cells[0].span, p, *t);
    }

    // A property table: the values its Description cells quote.
    void check_descriptions(const TableContext& c, ContainerFindings& out) const {
        const std::size_t first_description = c.required_column >= 0 ? static_cast<std::size_t>(c.required_column) + 1 : 2;
        for (const TableRow& row : c.table.rows) {
            if (row.cells.size() <= first_description) continue;
            const SchemaProperty* p = row_property(*c.object, row.cells[0].text);
            if (!p || !p->doc || p->doc->value_translations.empty()) continue;
            for (std::size_t i = first_description; i < row.cells.size(); ++i) check_quotes(c.text, row.cells[i].span, *p, out);
        }
    }

    // The property a row names; a name followed by its translation in parentheses ("billingCycle
    // (számlázási ciklus)", the Hungarian pages) names it too.
    static const SchemaProperty* row_property(const SchemaNode& object, std::string_view name) {
        if (const SchemaProperty* p = property_named(object, name)) return p;
        const std::size_t paren = name.find(" (");
        return paren == std::string_view::npos ? nullptr : property_named(object, name.substr(0, paren));
    }

    void check_quotes(std::string_view text, Span cell, const SchemaProperty& p, ContainerFindings& out) const {
        std::size_t at = cell.begin;
        while (at < cell.end) {
            const QuotePair* pair = nullptr;
            for (const QuotePair& q : quote_pairs)
                if (text.substr(at, q.open.size()) == q.open && at + q.open.size() <= cell.end) {
                    pair = &q;
                    break;
                }
            if (!pair) {
                ++at;
                continue;
            }
            const std::size_t inner = at + pair->open.size();
            // The closing quote within a value's length (and its spaces): a cell of a million
            // unclosed quotes costs a window each, never the rest of the cell each.
            const std::size_t window = std::min(cell.end, inner + longest_value + 8 + pair->close.size());
            const std::size_t close = text.substr(0, window).find(pair->close, inner);
            if (close == std::string_view::npos) {  // an apostrophe, or a quoted sentence: no value
                at = inner;
                continue;
            }
            const Span quoted = trim_spaces(text, {inner, close});
            if (!quoted.empty() && quoted.size() <= longest_value)
                if (const ValueTranslation* t = value_translation(p, text.substr(quoted.begin, quoted.size()))) say(out, quoted, p, *t);
            at = close + pair->close.size();
        }
    }
};

}  // namespace

CARTLINT_RULE(doc_translated_value, TranslatedValue)

}  // namespace cartlint::detail::rules
