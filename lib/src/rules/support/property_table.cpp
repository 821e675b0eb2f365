#include "rules/support/property_table.hpp"

#include "core/ascii.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace cartlint::detail {
namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool is_doc_name(const SchemaProperty& p, std::string_view name) {
    if (!p.doc) return false;
    for (const std::string& alias : p.doc->names)
        if (names_case_insensitively(alias, name)) return true;
    for (const auto& [translated, language] : p.doc->translations)
        if (names_case_insensitively(translated, name)) return true;
    return false;
}

bool is_value_of(const SchemaProperty& p, std::string_view text) noexcept {
    if (p.schema)
        for (const std::string& v : p.schema->enum_values)
            if (names_case_insensitively(v, text)) return true;
    return value_translation(p, text) != nullptr;
}

// The property whose values most of the first rows name (its enum values or their recorded
// translations): a table of values, such as the doc's OrderStatus table. Only properties with
// recorded translations are candidates: a value table is read for what it translates.
const SchemaProperty* values_table_property(const PipeTable& table, const SchemaIndex& index, std::size_t named) {
    constexpr std::size_t judged_rows = 64;
    const SchemaProperty* found = nullptr;
    std::size_t best = 0;
    for (const SchemaNode& node : index.nodes())
        for (const SchemaProperty& p : node.properties) {
            if (!p.doc || p.doc->value_translations.empty()) continue;
            std::size_t score = 0;
            for (std::size_t r = 0; r < table.rows.size() && r < judged_rows; ++r)
                score += !table.rows[r].cells.empty() && is_value_of(p, table.rows[r].cells[0].text);
            if (score > best) {
                best = score;
                found = &p;
            }
        }
    return best >= 2 && best * 2 >= named ? found : nullptr;
}

}  // namespace

const ValueTranslation* value_translation(const SchemaProperty& p, std::string_view text) noexcept {
    if (!p.doc) return nullptr;
    for (const ValueTranslation& t : p.doc->value_translations)
        if (t.text.size() == text.size() && (t.text == text || names_case_insensitively(t.text, text))) return &t;
    return nullptr;
}

bool names_case_insensitively(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && ascii::casecmp_n(a.data(), b.data(), a.size()) == 0;
}

const SchemaProperty* property_named(const SchemaNode& object, std::string_view name) noexcept {
    for (const SchemaProperty& p : object.properties)
        if (names_case_insensitively(p.name, name)) return &p;
    for (const SchemaProperty& p : object.properties)
        if (is_doc_name(p, name)) return &p;
    return nullptr;
}

bool is_property_name(std::string_view cell) noexcept {
    if (cell.empty() || cell.size() > 64) return false;
    const auto first = static_cast<unsigned char>(cell.front());
    if (!(std::isalpha(first) || first >= 0x80 || first == '_')) return false;
    for (char ch : cell) {
        const auto c = static_cast<unsigned char>(ch);
        if (!(std::isalnum(c) || c >= 0x80 || c == '_')) return false;
    }
    return true;
}

std::optional<bool> read_yes_no(std::string_view cell) noexcept {
    std::string s = lower_ascii(cell);
    while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
    // The first word: "Yes (for new commerce)" is a yes.
    if (const std::size_t sp = s.find_first_of(" ,("); sp != std::string::npos) s.resize(sp);
    static constexpr std::string_view yes[] = {"yes", "required", "true", "sí", "si", "oui", "ja", "sim", "evet", "igen",
                                               "tak", "ano", "sì", "да", "はい", "是", "예", "必須", "必要"};
    static constexpr std::string_view no[] = {"no", "optional", "false", "non", "nein", "nee", "nej", "não", "nao", "hayır",
                                              "nem", "nie", "ne", "нет", "いいえ", "否", "아니요", "省略可能", "選用"};
    for (std::string_view y : yes)
        if (s == y) return true;
    for (std::string_view n : no)
        if (s == n) return false;
    return std::nullopt;
}

std::uint8_t read_type(std::string_view cell) noexcept {
    const std::string s = lower_ascii(cell);
    auto starts = [&](std::string_view w) { return s.rfind(w, 0) == 0; };
    auto is = [&](std::string_view w) { return s == w; };
    // Collections first: "Array of objects", "List of Object String pairs", "IEnumerable<…>".
    for (std::string_view w : {"array", "list", "ienumerable", "matriz", "tableau", "liste", "lista", "dizi", "tömb", "配列", "陣列", "数组"})
        if (starts(w)) return type_array;
    if (s.find("[]") != std::string::npos) return type_array;
    for (std::string_view w : {"dictionary", "diccionario", "dictionnaire", "dicionário", "sözlük", "szótár", "ディクショナリ", "字典"})
        if (starts(w)) return type_object;
    for (std::string_view w : {"object", "objeto", "objet", "objekt", "obiekt", "nesne", "objektum", "オブジェクト", "物件", "对象"})
        if (is(w)) return type_object;
    for (std::string_view w : {"string", "cadena", "chaîne", "cadeia", "dize", "sträng", "řetězec", "ciąg", "karakterlánc", "文字列", "字串", "字符串", "guid"})
        if (is(w)) return type_string;
    for (std::string_view w : {"datetime", "date-time", "datetimeoffset", "fecha y hora", "date/heure"})
        if (is(w)) return type_string;
    for (std::string_view w : {"int", "integer", "long", "entero", "entier", "inteiro", "tamsayı", "egész szám", "整数", "整數"})
        if (is(w)) return type_integer | type_number;
    for (std::string_view w : {"double", "decimal", "number", "float", "número", "nombre"})
        if (is(w)) return type_number | type_integer;
    for (std::string_view w : {"bool", "boolean", "booleano", "booléen", "ブール値", "布林值"})
        if (is(w)) return type_boolean;
    return 0;
}

PropertyTableMatch match_property_table(const PipeTable& table, const SchemaIndex& index) {
    PropertyTableMatch out;
    if (table.header.cells.size() < 2) return out;
    std::size_t named = 0;
    for (const TableRow& row : table.rows)
        if (!row.cells.empty() && is_property_name(row.cells[0].text)) ++named;
    if (named < 2) return out;
    // Which object: judged on the first rows (a huge table costs its rows, not rows times objects).
    constexpr std::size_t judged_rows = 64;
    named = 0;
    for (std::size_t r = 0; r < table.rows.size() && r < judged_rows; ++r)
        named += !table.rows[r].cells.empty() && is_property_name(table.rows[r].cells[0].text);
    std::size_t best = 0;
    for (const SchemaNode& node : index.nodes()) {
        if (node.title.empty() || node.properties.size() < 3) continue;
        std::size_t score = 0;
        for (std::size_t r = 0; r < table.rows.size() && r < judged_rows; ++r) {
            const TableRow& row = table.rows[r];
            if (!row.cells.empty() && is_property_name(row.cells[0].text) && property_named(node, row.cells[0].text)) ++score;
        }
        if (score > best) {
            best = score;
            out.object = &node;
        }
    }
    // Most rows must name the object's properties: one shared name ("id") is no evidence.
    if (best < 2 || best * 2 < named) {
        out.object = nullptr;
        out.values_of = values_table_property(table, index, named);
        return out;
    }
    // The Required column: the third, when its cells read as yes or no.
    for (int column : {2, 3}) {
        std::size_t yes_no = 0, cells = 0;
        for (std::size_t r = 0; r < table.rows.size() && r < judged_rows; ++r) {
            const TableRow& row = table.rows[r];
            if (row.cells.size() <= static_cast<std::size_t>(column)) continue;
            ++cells;
            yes_no += read_yes_no(row.cells[static_cast<std::size_t>(column)].text).has_value();
        }
        if (cells && yes_no * 2 > cells) {
            out.required_column = column;
            break;
        }
    }
    return out;
}

}  // namespace cartlint::detail
