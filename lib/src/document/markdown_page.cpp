#include "document/markdown_page.hpp"

#include <cctype>

namespace cartlint::detail {
namespace {

struct RawLine {
    std::size_t start, end, next;  // content [start, end), the next line at `next`
};

RawLine raw_line(std::string_view text, std::size_t at) {
    std::size_t nl = text.find('\n', at);
    const std::size_t next = nl == std::string_view::npos ? text.size() : nl + 1;
    if (nl == std::string_view::npos) nl = text.size();
    const std::size_t end = nl > at && text[nl - 1] == '\r' ? nl - 1 : nl;
    return {at, end, next};
}

std::size_t leading_spaces(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && s[n] == ' ') ++n;
    return n;
}

// A fence opener: ``` or ~~~ (three or more), returning its character and length.
bool fence_marker(std::string_view s, char& mark, std::size_t& length) {
    if (s.size() < 3 || (s[0] != '`' && s[0] != '~')) return false;
    mark = s[0];
    length = 0;
    while (length < s.size() && s[length] == mark) ++length;
    return length >= 3;
}

// Emphasis, code ticks and link targets off a cell: **customer-id** -> customer-id, [Cart](x.md) -> Cart.
std::string plain(std::string_view cell) {
    std::string out;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        const char c = cell[i];
        if (c == '*' || c == '`' || c == '[') continue;
        if (c == ']' && i + 1 < cell.size() && cell[i + 1] == '(') {
            const std::size_t close = cell.find(')', i);
            if (close != std::string_view::npos) {
                i = close;
                continue;
            }
        }
        if (c == '\\' && i + 1 < cell.size()) continue;
        out += c;
    }
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
    std::size_t b = 0;
    while (b < out.size() && std::isspace(static_cast<unsigned char>(out[b]))) ++b;
    return out.substr(b);
}

TableRow table_row(std::string_view text, const RawLine& l) {
    TableRow row;
    row.line = {l.start, l.end};
    std::vector<std::size_t> bars;
    for (std::size_t i = l.start; i < l.end; ++i)
        if (text[i] == '|' && (i == l.start || text[i - 1] != '\\')) bars.push_back(i);
    auto add = [&](std::size_t b, std::size_t e) {
        while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
        while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
        row.cells.push_back({{b, e}, plain(text.substr(b, e - b))});
    };
    for (std::size_t k = 0; k + 1 < bars.size(); ++k) add(bars[k] + 1, bars[k + 1]);
    // A row without its closing bar: the rest of the line is its last cell.
    if (!bars.empty() && text.substr(bars.back() + 1, l.end - bars.back() - 1).find_first_not_of(" \t") != std::string_view::npos)
        add(bars.back() + 1, l.end);
    return row;
}

bool is_table_line(std::string_view s) {
    const std::size_t n = leading_spaces(s);
    return n < s.size() && s[n] == '|';
}

bool is_delimiter_row(std::string_view s) {
    bool dash = false;
    for (char c : s) {
        if (c == '-') dash = true;
        else if (c != '|' && c != ':' && c != ' ' && c != '\t') return false;
    }
    return dash;
}

}  // namespace

bool looks_like_markdown(std::string_view text) noexcept {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    if (text.starts_with("---\n") || text.starts_with("---\r\n")) return true;
    // A heading alone could be a JSON text's `# comment`: a page also has a code block or a table.
    return text.starts_with("# ") && (text.find("\n```") != std::string_view::npos || text.find("\n|") != std::string_view::npos);
}

MarkdownPage parse_markdown(std::string_view text) {
    MarkdownPage page;
    std::size_t at = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (at < text.size()) {
        RawLine l = raw_line(text, at);
        const std::string_view line = text.substr(l.start, l.end - l.start);
        const std::size_t indent = leading_spaces(line);
        char mark = 0;
        std::size_t length = 0;
        if (fence_marker(line.substr(indent), mark, length)) {
            CodeFence fence;
            fence.open_line = {l.start, l.end};
            fence.indent = indent;
            std::string_view info = line.substr(indent + length);
            while (!info.empty() && (info.front() == ' ' || info.front() == '\t')) info.remove_prefix(1);
            for (char c : info) {
                if (c == ' ' || c == '\t' || c == '{' || c == ',') break;
                fence.label += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            }
            const std::size_t body_begin = l.next;
            std::size_t scan = l.next;
            fence.closed = false;
            while (scan < text.size()) {
                const RawLine inner = raw_line(text, scan);
                std::string_view s = text.substr(inner.start, inner.end - inner.start);
                const std::size_t n = leading_spaces(s);
                s.remove_prefix(n);
                char m2 = 0;
                std::size_t len2 = 0;
                if (fence_marker(s, m2, len2) && m2 == mark && len2 >= length && s.substr(len2).find_first_not_of(" \t") == std::string_view::npos) {
                    fence.body = {body_begin, inner.start};
                    fence.closed = true;
                    scan = inner.next;
                    break;
                }
                scan = inner.next;
            }
            if (!fence.closed) fence.body = {body_begin, text.size()};
            page.fences.push_back(std::move(fence));
            at = scan;
            continue;
        }
        if (is_table_line(line)) {
            const RawLine second = raw_line(text, l.next);
            const std::string_view delimiter = text.substr(second.start, second.end - second.start);
            if (l.next < text.size() && is_table_line(delimiter) && is_delimiter_row(delimiter)) {
                PipeTable table;
                table.header = table_row(text, l);
                std::size_t scan = second.next;
                while (scan < text.size()) {
                    const RawLine row = raw_line(text, scan);
                    if (!is_table_line(text.substr(row.start, row.end - row.start))) break;
                    table.rows.push_back(table_row(text, row));
                    scan = row.next;
                }
                page.tables.push_back(std::move(table));
                at = scan;
                continue;
            }
        }
        at = l.next;
    }
    return page;
}

}  // namespace cartlint::detail
