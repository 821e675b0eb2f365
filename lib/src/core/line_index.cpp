#include "core/line_index.hpp"

#include <algorithm>
#include <cstring>

namespace cartlint::detail {
namespace {

// The bytes of the character at `i`: a well-formed UTF-8 sequence, or one byte that is not UTF-8
// (each such byte is a column of its own, as the excerpts show it).
std::size_t character_length(std::string_view t, std::size_t i) noexcept {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(t[k]); };
    const unsigned char c = b(i);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n <= 1 || i + n > t.size()) return 1;
    for (std::size_t k = 1; k < n; ++k)
        if ((b(i + k) & 0xC0) != 0x80) return 1;
    return n;
}

std::uint32_t columns(std::string_view t, std::size_t from, std::size_t to) noexcept {
    std::uint32_t n = 0;
    for (std::size_t i = from; i < to;) {
        // ASCII, eight bytes at a time (a column a byte): a finding on a megabyte line, or one in
        // every document of a stream, costs a read of the line, not a decode of each byte.
        for (std::uint64_t w; i + 8 <= to; i += 8, n += 8) {
            std::memcpy(&w, t.data() + i, 8);
            if (w & 0x8080808080808080ULL) break;
        }
        if (i >= to) break;
        i += character_length(t, i);
        ++n;
    }
    return n;
}

}  // namespace


LineIndex::LineIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    if (text.empty()) return;
    // Most texts have no '\r': then memchr finds the line breaks, many bytes at a time.
    const char* data = text.data();
    const char* end = data + text.size();
    if (!std::memchr(data, '\r', text.size())) {
        for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))); ++p)
            line_starts_.push_back(static_cast<std::size_t>(p + 1 - data));
        return;
    }
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
    const std::uint32_t column = 1 + columns(text_, start, offset);  // code points; a stray byte is one
    return Position{offset, static_cast<std::uint32_t>(line), column};
}

std::size_t LineIndex::line_start(std::uint32_t line) const noexcept {
    if (line == 0 || line > line_starts_.size()) return text_.size();
    return line_starts_[line - 1];
}

void LineIndex::resolve(const std::vector<std::size_t>& offsets, std::vector<Position>& out) const {
    thread_local std::vector<std::size_t> order;  // a document at a time: kept, not reallocated
    order.resize(offsets.size());
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
        column += columns(text_, from, offset);
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
