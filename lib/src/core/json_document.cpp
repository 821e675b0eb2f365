#include "core/json_document.hpp"

#include <fmt/format.h>

#include "core/same_bytes.hpp"

namespace cartlint::detail {

void append_pointer_token(std::string& pointer, std::string_view token) {
    pointer += '/';
    // Runs without '~' or '/' appended whole: a report builds a pointer for every finding (a
    // plain loop: string_view::find_first_of calls memchr once a byte).
    std::size_t from = 0;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] != '~' && token[i] != '/') continue;
        pointer.append(token.data() + from, i - from);
        pointer += token[i] == '~' ? "~0" : "~1";
        from = i + 1;
    }
    pointer.append(token.data() + from, token.size() - from);
}

Node JsonDocument::member(Node object, std::string_view name) const noexcept {
    if (!object || !object.value->IsObject()) return {};
    std::uint32_t id = object.id + 1;  // children are consecutive subtrees
    for (auto m = object.value->MemberBegin(); m != object.value->MemberEnd(); ++m, id = map[id].next) {
        if (m->name.GetStringLength() == name.size() && same_bytes(m->name.GetString(), name.data(), name.size()))
            return Node{&m->value, id};
    }
    return {};
}

Node JsonDocument::element(Node array, std::uint32_t index) const noexcept {
    if (!array || !array.value->IsArray() || index >= array.value->Size()) return {};
    return Node{&(*array.value)[index], map.child(array.id, index)};
}

Node JsonDocument::child(Node parent, std::uint32_t ordinal) const noexcept {
    if (!parent) return {};
    if (parent.value->IsArray()) return element(parent, ordinal);
    if (parent.value->IsObject() && ordinal < parent.value->MemberCount()) {
        return Node{&(parent.value->MemberBegin() + ordinal)->value, map.child(parent.id, ordinal)};
    }
    return {};
}

Node JsonDocument::node(std::uint32_t id) const noexcept {
    if (id >= map.size()) return {};
    // Climb to the root collecting ordinals, then walk the DOM back down.
    std::vector<std::uint32_t> ordinals;
    for (std::uint32_t at = id; map[at].parent != no_node; at = map[at].parent) ordinals.push_back(map[at].ordinal);
    Node at = root();
    for (auto it = ordinals.rbegin(); it != ordinals.rend() && at; ++it) at = child(at, *it);
    return at;
}

std::string JsonDocument::pointer(std::uint32_t id) const {
    if (id >= map.size()) return {};
    // The path from the root, leaf first; kept by the thread (a pointer is built per finding).
    thread_local std::vector<std::uint32_t> path;
    path.clear();
    for (std::uint32_t at = id; map[at].parent != no_node; at = map[at].parent) path.push_back(at);
    std::string out;
    const rapidjson::Value* at = &dom;
    for (std::size_t k = path.size(); k-- > 0;) {
        const std::uint32_t ordinal = map[path[k]].ordinal;
        if (at->IsObject()) {
            const auto& m = *(at->MemberBegin() + ordinal);
            auto renamed = original_names.empty() ? original_names.end() : original_names.find(path[k]);
            append_pointer_token(out, renamed != original_names.end()
                                          ? std::string_view(renamed->second)
                                          : std::string_view(m.name.GetString(), m.name.GetStringLength()));
            at = &m.value;
        } else {
            const fmt::format_int index(ordinal);
            out += '/';
            out.append(index.data(), index.size());
            at = &(*at)[ordinal];
        }
    }
    return out;
}

}  // namespace cartlint::detail
