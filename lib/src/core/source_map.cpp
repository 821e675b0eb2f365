#include "core/source_map.hpp"

namespace cartlint::detail {

std::uint32_t SourceMap::child(std::uint32_t id, std::uint32_t ordinal) const noexcept {
    std::uint32_t end = nodes[id].next;
    std::uint32_t at = id + 1;
    for (std::uint32_t i = 0; i < ordinal && at < end; ++i) at = nodes[at].next;
    return at < end ? at : no_node;
}

}  // namespace cartlint::detail
