#include "parse/line_index.hpp"

#include <algorithm>
#include <cstring>

namespace cartlint::detail {

LineIndex::LineIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    // '\n', "\r\n" and a lone '\r' each end a line, as editors count them.
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            line_starts_.push_back(i + 1);
        } else if (text[i] == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            line_starts_.push_back(i + 1);
        }
    }
}

Position LineIndex::position(std::size_t offset) const noexcept {
    offset = std::min(offset, text_.size());
    auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());  // 1-based
    std::size_t start = line_starts_[line - 1];
    std::uint32_t column = 1;
    for (std::size_t i = start; i < offset; ++i) {
        // Count code points: every byte that is not a UTF-8 continuation byte starts one.
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    }
    return Position{offset, static_cast<std::uint32_t>(line), column};
}

std::size_t LineIndex::line_start(std::uint32_t line) const noexcept {
    if (line == 0 || line > line_starts_.size()) return text_.size();
    return line_starts_[line - 1];
}

void LineIndex::resolve(std::vector<std::size_t> offsets, std::vector<Position>& out) const {
    std::vector<std::size_t> order(offsets.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    out.assign(offsets.size(), Position{});
    Position last{0, 1, 1};
    for (std::size_t i : order) {
        std::size_t offset = std::min(offsets[i], text_.size());
        auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
        std::uint32_t line = static_cast<std::uint32_t>(next - line_starts_.begin());
        std::size_t from = line_starts_[line - 1];
        std::uint32_t column = 1;
        if (line == last.line && last.offset >= from && last.offset <= offset) {  // carry on from the last one
            from = last.offset;
            column = last.column;
        }
        for (std::size_t k = from; k < offset; ++k)
            if ((static_cast<unsigned char>(text_[k]) & 0xC0) != 0x80) ++column;
        last = Position{offset, line, column};
        out[i] = last;
    }
}

std::string_view LineIndex::line_text(std::uint32_t line) const noexcept {
    if (line == 0 || line > line_starts_.size()) return {};
    std::size_t start = line_starts_[line - 1];
    std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
    while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
    return text_.substr(start, end - start);
}

}  // namespace cartlint::detail
