#pragma once
// Byte offset -> 1-based line and code-point column, built only when a finding needs a position.

#include <cartlint/diagnostic.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace cartlint::detail {

class LineIndex {
public:
    explicit LineIndex(std::string_view text);

    Position position(std::size_t offset) const noexcept;  // offset is clamped to the text
    std::string_view line_text(std::uint32_t line) const noexcept;  // without the line break
    std::size_t line_start(std::uint32_t line) const noexcept;

    // Positions of many offsets at once: linear in the text however many share one long line
    // (position() counts columns from the line start each time).
    void resolve(const std::vector<std::size_t>& offsets, std::vector<Position>& out) const;

private:
    std::string_view text_;
    std::vector<std::size_t> line_starts_;
};

}  // namespace cartlint::detail
