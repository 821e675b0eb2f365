#pragma once
// Where every JSON value of a parsed document sits in the source text.
//
// Nodes are stored in document (pre-)order, one per value, so the parser only appends and a
// subtree is a contiguous range. The DOM and the map line up child by child: the n-th member of
// an object is its n-th child node, which is how a DOM value finds its source span.

#include <cstdint>
#include <limits>
#include <vector>

namespace cartlint::detail {

inline constexpr std::uint32_t no_node = std::numeric_limits<std::uint32_t>::max();

struct SourceNode {
    std::uint32_t begin = 0;      // first byte of the value
    std::uint32_t end = 0;        // one past its last byte
    std::uint32_t key_begin = 0;  // the member name, quotes included (key_begin == key_end: none)
    std::uint32_t key_end = 0;
    std::uint32_t parent = no_node;
    std::uint32_t ordinal = 0;    // position among the parent's members or elements
    std::uint32_t next = 0;       // the node after this subtree
};

class SourceMap {
public:
    std::vector<SourceNode> nodes;

    const SourceNode& operator[](std::uint32_t id) const { return nodes[id]; }
    std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(nodes.size()); }
    bool has_key(std::uint32_t id) const noexcept { return nodes[id].key_end > nodes[id].key_begin; }

    // The `ordinal`-th child of `id`, or no_node.
    std::uint32_t child(std::uint32_t id, std::uint32_t ordinal) const noexcept;

    // The children of `id`, ordinal order.
    class Children {
    public:
        struct iterator {
            const SourceMap* map;
            std::uint32_t at;
            std::uint32_t operator*() const noexcept { return at; }
            iterator& operator++() noexcept { at = map->nodes[at].next; return *this; }
            bool operator!=(const iterator& o) const noexcept { return at != o.at; }
        };
        iterator begin() const noexcept { return {map_, first_}; }
        iterator end() const noexcept { return {map_, last_}; }
        Children(const SourceMap* map, std::uint32_t first, std::uint32_t last) : map_(map), first_(first), last_(last) {}

    private:
        const SourceMap* map_;
        std::uint32_t first_, last_;
    };
    Children children(std::uint32_t id) const noexcept { return {this, id + 1, nodes[id].next}; }
};

}  // namespace cartlint::detail
