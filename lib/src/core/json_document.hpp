#pragma once
// A parsed payload: the RapidJSON DOM, the source map that places each of its values in the
// text, and the helpers that name a value by RFC 6901 pointer.

#include "core/rapidjson_config.hpp"
#include "core/source_map.hpp"

#include <string>
#include <unordered_map>
#include <string_view>

namespace cartlint::detail {

// A DOM value together with its source node.
struct Node {
    const rapidjson::Value* value = nullptr;
    std::uint32_t id = no_node;

    explicit operator bool() const noexcept { return value != nullptr; }
};

class JsonDocument {
public:
    JsonDocument() = default;
    // A DOM built in `pool`, which must outlive it (see DomPool).
    explicit JsonDocument(rapidjson::MemoryPoolAllocator<>& pool) : dom(&pool) {}

    std::string_view text;  // what was parsed: the user's text, or its repaired copy
    rapidjson::Document dom;
    SourceMap map;
    // Members renamed to their canonical names (PascalCase, doc-table names): the names the user
    // wrote, by node, so pointers still lead into the user's own text.
    std::unordered_map<std::uint32_t, std::string> original_names;

    Node root() const noexcept { return map.size() ? Node{&dom, 0} : Node{}; }

    // The member `name` of object `object` (the first one, if the name repeats).
    Node member(Node object, std::string_view name) const noexcept;
    // The `index`-th element of array `array`.
    Node element(Node array, std::uint32_t index) const noexcept;
    // The `ordinal`-th child of a node, member or element.
    Node child(Node parent, std::uint32_t ordinal) const noexcept;
    // The DOM value of a source node.
    Node node(std::uint32_t id) const noexcept;

    // Calls fn(ordinal, child) for each member or element, in order, in O(1) per child (looking
    // children up by ordinal one at a time would be quadratic in a wide object or array).
    template <class Fn>
    void for_each_child(Node parent, Fn&& fn) const {
        if (!parent) return;
        const rapidjson::Value& v = *parent.value;
        std::uint32_t id = parent.id + 1;
        if (v.IsObject()) {
            std::uint32_t ordinal = 0;
            for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m, ++ordinal, id = map[id].next) fn(ordinal, Node{&m->value, id});
        } else if (v.IsArray()) {
            for (rapidjson::SizeType i = 0; i < v.Size(); ++i, id = map[id].next) fn(i, Node{&v[i], id});
        }
    }

    // RFC 6901 pointer of a node ("" for the root).
    std::string pointer(std::uint32_t id) const;
};

// Appends `token` to a JSON pointer, escaping '~' and '/'.
void append_pointer_token(std::string& pointer, std::string_view token);

}  // namespace cartlint::detail
