#pragma once
// Renames a member to its canonical name in the DOM, remembering what the user wrote.

#include "core/json_document.hpp"
#include "core/findings.hpp"
#include "rules/rule.hpp"

namespace cartlint::detail {

inline void rename_member(JsonDocument& doc, Node node, rapidjson::Value::Member& member, std::string_view canonical) {
    doc.original_names.emplace(node.id, std::string(member.name.GetString(), member.name.GetStringLength()));
    member.name.SetString(canonical.data(), static_cast<rapidjson::SizeType>(canonical.size()), doc.dom.GetAllocator());
}

// Reports `rule` at the member's name with a safe fix to `canonical`, and renames it.
inline void report_and_rename(JsonDocument& doc, Findings& findings, const DocumentRule& rule, Node node,
                              rapidjson::Value::Member& member, std::string_view canonical, std::string message) {
    findings.at_key(node.id, rule.reporter(), std::move(message)).fix =
        rename_key(doc, node, "rename to '" + std::string(canonical) + "'", json_quote(canonical));
    rename_member(doc, node, member, canonical);
}

}  // namespace cartlint::detail
