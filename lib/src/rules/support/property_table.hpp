#pragma once
// Reading a doc page's pipe table as a property table: which schema object its rows describe and
// what its cells say, by column position (name, type, required, description) and by the words of
// the page's language, never by the English column titles.

#include "document/markdown_page.hpp"
#include "schema/schema_index.hpp"

#include <optional>
#include <string_view>

namespace cartlint::detail {

struct PropertyTableMatch {
    const SchemaNode* object = nullptr;  // null: not a table of properties cartlint knows
    int required_column = -1;            // -1: no Required column
    // Not a property table but a table of one property's values (| Value | Position | Description |,
    // the OrderStatus table): that property, its rows naming its enum values or their recorded
    // translations (x-doc valueTranslations). Null otherwise.
    const SchemaProperty* values_of = nullptr;
};

PropertyTableMatch match_property_table(const PipeTable& table, const SchemaIndex& index);

// The recorded translation (x-doc valueTranslations) a table's text is of one of p's values, in
// any case; null when it is none (an API value is never one).
const ValueTranslation* value_translation(const SchemaProperty& p, std::string_view text) noexcept;

// Whether a first cell names a property (an identifier, in any script), not a path parameter or a sentence.
bool is_property_name(std::string_view cell) noexcept;

// "Yes", "Sí", "Oui", "はい", "是", … -> true; "No", "Non", "いいえ", "否", … -> false; anything else: nothing.
std::optional<bool> read_yes_no(std::string_view cell) noexcept;

// The JSON types a Type cell names (JsonType bits): "string", "DateTime", "int", "Object", "Array of …",
// "Dictionary<…>", and their translations; 0 for a type cartlint does not know.
std::uint8_t read_type(std::string_view cell) noexcept;

// The schema property a row names, in any case; or the one whose doc names or translations it is.
const SchemaProperty* property_named(const SchemaNode& object, std::string_view name) noexcept;
bool names_case_insensitively(std::string_view a, std::string_view b) noexcept;

}  // namespace cartlint::detail
