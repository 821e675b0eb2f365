#include "rules/support/schema_walk.hpp"

namespace cartlint::detail {
namespace {

void walk(JsonDocument& doc, rapidjson::Value& value, std::uint32_t id, const SchemaNode* schema, const MemberVisitor& fn) {
    if (!schema) return;
    if (value.IsObject()) {
        std::uint32_t child = id + 1;  // children are consecutive subtrees
        // Counted, not `m != value.MemberEnd()`: clang finds that comparison ambiguous in C++20
        // (RapidJSON's iterator compares with its const twin, and C++20 also tries it reversed).
        auto m = value.MemberBegin();
        for (rapidjson::SizeType i = 0, n = value.MemberCount(); i < n; ++i, ++m, child = doc.map[child].next) {
            fn(*schema, value, Node{&m->value, child}, *m);
            walk(doc, m->value, child, schema->member({m->name.GetString(), m->name.GetStringLength()}), fn);
        }
    } else if (value.IsArray() && schema->items) {
        std::uint32_t child = id + 1;
        for (auto& element : value.GetArray()) {
            walk(doc, element, child, schema->items, fn);
            child = doc.map[child].next;
        }
    }
}

}  // namespace

void walk_members(JsonDocument& doc, const SchemaNode& root, const MemberVisitor& fn) {
    if (doc.map.size()) walk(doc, doc.dom, 0, &root, fn);
}

}  // namespace cartlint::detail
