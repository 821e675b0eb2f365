#pragma once
// Renames a member to its canonical name in the DOM, remembering what the user wrote.

#include "parse/json_document.hpp"

namespace cartlint::detail {

inline void rename_member(JsonDocument& doc, Node node, rapidjson::Value::Member& member, std::string_view canonical) {
    doc.original_names.emplace(node.id, std::string(member.name.GetString(), member.name.GetStringLength()));
    member.name.SetString(canonical.data(), static_cast<rapidjson::SizeType>(canonical.size()), doc.dom.GetAllocator());
}

}  // namespace cartlint::detail
