#include "repair/guessed_structure.hpp"

#include <algorithm>
#include <functional>
#include <string_view>

namespace cartlint::detail {
namespace {

// Findings about a value's place in its container (an unknown member, an element of the wrong
// type) rather than the value itself: a guess in the container can fake them.
bool about_placement(std::string_view rule) {
    return rule == "schema/unknown-property" || rule == "schema/type";
}

std::string_view parent_of(std::string_view pointer) {
    const auto slash = pointer.rfind('/');
    return slash == std::string_view::npos ? std::string_view() : pointer.substr(0, slash);
}

std::uint64_t hash_of(std::string_view pointer) { return std::hash<std::string_view>{}(pointer); }

// Where each guess (an offset in the original text) lands in the repaired one: shifted by the
// edits before it. Both lists are sorted.
std::vector<std::size_t> in_repaired(std::vector<std::size_t> guesses, const std::vector<Edit>& edits) {
    std::sort(guesses.begin(), guesses.end());
    std::vector<std::size_t> at;
    at.reserve(guesses.size());
    std::ptrdiff_t delta = 0;
    std::size_t e = 0;
    for (const std::size_t g : guesses) {
        while (e < edits.size() && edits[e].offset < g) {
            delta += static_cast<std::ptrdiff_t>(edits[e].text.size()) - static_cast<std::ptrdiff_t>(edits[e].length);
            ++e;
        }
        at.push_back(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, static_cast<std::ptrdiff_t>(g) + delta)));
    }
    return at;
}

}  // namespace

GuessedStructure::GuessedStructure(const JsonDocument& repaired, const std::vector<Edit>& edits, std::vector<std::size_t> guesses) {
    const SourceMap& map = repaired.map;
    if (guesses.empty() || !map.size()) return;
    const std::vector<std::size_t> at = in_repaired(std::move(guesses), edits);
    std::vector<bool> marked(map.size(), false);
    bool any = false;

    // A guess inside a leaf (a string, a number, an empty container) changes only that value.
    std::vector<bool> inside_leaf(at.size(), false);
    for (std::uint32_t id = 0; id < map.size(); ++id) {
        const SourceNode& n = map[id];
        if (n.next != id + 1) continue;
        for (auto g = std::lower_bound(at.begin(), at.end(), std::size_t{n.begin}); g != at.end() && *g < n.end; ++g) {
            inside_leaf[static_cast<std::size_t>(g - at.begin())] = true;
            marked[id] = any = true;
        }
    }
    // One between members changes which container holds what: the containers that hold it, up
    // to the root, and every value placed in them after it (what a misread bracket moved there).
    std::vector<std::size_t> structural;
    for (std::size_t i = 0; i < at.size(); ++i)
        if (!inside_leaf[i]) structural.push_back(at[i]);
    for (std::uint32_t id = 0; id < map.size() && !structural.empty(); ++id) {
        const SourceNode& n = map[id];
        if (n.next == id + 1) continue;
        const auto first = std::lower_bound(structural.begin(), structural.end(), std::size_t{n.begin});
        if (first == structural.end() || *first >= n.end) continue;
        marked[id] = any = true;
        for (const std::uint32_t child : map.children(id)) {
            if (map[child].begin < *first) continue;
            std::fill(marked.begin() + child, marked.begin() + map[child].next, true);
        }
    }
    if (!any) return;

    // The marked values by pointer, as hashes: findings name values by pointer, and a document
    // may have millions of marked values (keeping their pointers as strings would cost more).
    std::string pointer;
    std::function<void(Node)> walk = [&](Node node) {
        if (marked[node.id]) guessed_.push_back(hash_of(pointer));
        const rapidjson::Value& v = *node.value;
        repaired.for_each_child(node, [&](std::uint32_t ordinal, Node child) {
            const std::size_t length = pointer.size();
            if (v.IsObject()) {
                const auto& name = (v.MemberBegin() + ordinal)->name;
                append_pointer_token(pointer, {name.GetString(), name.GetStringLength()});
            } else {
                pointer += '/';
                pointer += std::to_string(ordinal);
            }
            walk(child);
            pointer.resize(length);
        });
    };
    walk(repaired.root());
    std::sort(guessed_.begin(), guessed_.end());
}

bool GuessedStructure::marked(std::string_view pointer) const {
    return std::binary_search(guessed_.begin(), guessed_.end(), hash_of(pointer));
}

bool GuessedStructure::depends_on_guess(const Diagnostic& d) const {
    if (guessed_.empty() || d.rule.rfind("syntax/", 0) == 0 || d.rule.rfind("limit/", 0) == 0) return false;
    // An unknown member is about its name, not its value: only its object's guesses count.
    if (d.rule != "schema/unknown-property" && marked(d.pointer)) return true;
    return about_placement(d.rule) && !d.pointer.empty() && marked(parent_of(d.pointer));
}

}  // namespace cartlint::detail
