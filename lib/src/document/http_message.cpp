#include "document/http_message.hpp"

#include "core/ascii.hpp"

#include <algorithm>
#include <array>

namespace cartlint::detail {
namespace {

constexpr std::array<std::string_view, 9> methods = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT"};

bool is_space(char c) noexcept { return c == ' ' || c == '\t'; }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// RFC 9110 token characters: what a header name is made of.
bool is_token_char(char c) noexcept {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c)) return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && (is_space(s.front()) || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (is_space(s.back()) || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// One line of text[begin, end): its content (without the break, without the indent) and where the next begins.
struct Line {
    std::size_t begin = 0;    // first byte of the content, past the indent
    std::size_t end = 0;      // end of the content, before "\r\n" or "\n"
    std::size_t next = 0;     // first byte of the next line
    std::size_t start = 0;    // first byte of the line, indent included
};

Line line_at(std::string_view text, std::size_t at, std::size_t end, std::size_t indent) {
    Line l;
    l.start = at;
    std::size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos || nl >= end) nl = end;
    l.next = nl < end ? nl + 1 : end;
    l.end = nl > at && text[nl - 1] == '\r' ? nl - 1 : nl;
    l.begin = at;
    for (std::size_t i = 0; i < indent && l.begin < l.end && text[l.begin] == ' '; ++i) ++l.begin;
    return l;
}

std::string_view content(std::string_view text, const Line& l) { return text.substr(l.begin, l.end - l.begin); }

bool is_blank(std::string_view s) noexcept { return trim(s).empty(); }
bool is_separator(std::string_view s) noexcept { return trim(s).starts_with("###"); }
// .http comments (`# @name x`, `// note`) and variable definitions (`@host = …`) before a request.
bool is_preamble(std::string_view s) noexcept {
    const std::string_view t = trim(s);
    return t.empty() || t.front() == '#' || t.starts_with("//") || t.front() == '@';
}
bool opens_json(std::string_view s) noexcept {
    const std::string_view t = trim(s);
    return !t.empty() && (t.front() == '{' || t.front() == '[' || t.front() == '"');
}

}  // namespace

bool is_request_line(std::string_view line) noexcept {
    line = trim(line);
    const std::size_t sp = line.find(' ');
    if (sp == std::string_view::npos) return false;
    bool known = false;
    for (std::string_view m : methods) known |= line.substr(0, sp) == m;
    if (!known) return false;
    std::string_view rest = trim(line.substr(sp));
    if (rest.empty()) return false;
    const std::size_t target_end = rest.find(' ');
    if (target_end == std::string_view::npos) return true;
    const std::string_view version = trim(rest.substr(target_end));
    return version.starts_with("HTTP/");
}

bool is_status_line(std::string_view line) noexcept {
    line = trim(line);
    if (!line.starts_with("HTTP/")) return false;
    std::size_t i = 5;
    while (i < line.size() && (is_digit(line[i]) || line[i] == '.')) ++i;
    if (i == 5 || i >= line.size() || line[i] != ' ') return false;
    ++i;
    return i + 3 <= line.size() && is_digit(line[i]) && is_digit(line[i + 1]) && is_digit(line[i + 2]) &&
           (i + 3 == line.size() || line[i + 3] == ' ');
}

bool looks_like_http(std::string_view text) noexcept {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    for (std::size_t at = 0; at < text.size();) {
        // What can open a line that goes on being an HTTP message: a method or "HTTP/" (letters),
        // a comment, separator or variable (#, //, @), or nothing (a blank line). Anything else, a
        // JSON text's brace most often, answers at once: otherwise every NDJSON line was searched
        // twice from end to end (for its line break and for a space), 5% of a stream in WebAssembly.
        std::size_t first = at;
        while (first < text.size() && (is_space(text[first]) || text[first] == '\r')) ++first;
        if (first < text.size()) {
            const char c = text[first];
            const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!letter && c != '#' && c != '/' && c != '@' && c != '\n') return false;
        }
        const Line l = line_at(text, at, text.size(), 0);
        const std::string_view c = content(text, l);
        if (is_request_line(c) || is_status_line(c)) return true;
        if (!is_preamble(c) && !is_separator(c)) return false;
        at = l.next;
    }
    return false;
}

std::vector<HttpMessage> parse_http_messages(std::string_view text, std::size_t begin, std::size_t end, std::size_t indent) {
    std::vector<HttpMessage> out;
    std::size_t at = begin;
    if (text.substr(at, 3) == "\xEF\xBB\xBF") at += 3;
    while (at < end) {
        // Before a message: blank lines, comments, variables, separators.
        Line l = line_at(text, at, end, indent);
        std::string_view c = content(text, l);
        if (is_separator(c) || (is_preamble(c) && !is_request_line(c))) {
            at = l.next;
            continue;
        }
        if (!is_request_line(c) && !is_status_line(c)) {
            // Not a message: skip to the next separator.
            while (at < end && !is_separator(content(text, line_at(text, at, end, indent)))) at = line_at(text, at, end, indent).next;
            continue;
        }
        HttpMessage m;
        const std::size_t message_begin = l.begin;
        m.line_break = l.next > l.end && text[l.end] == '\r' ? std::string_view("\r\n") : std::string_view("\n");
        // The start line's parts.
        std::size_t b = l.begin;
        while (b < l.end && is_space(text[b])) ++b;
        std::size_t e = l.end;
        while (e > b && is_space(text[e - 1])) --e;
        m.start_line = {b, e};
        const std::string_view start = text.substr(b, e - b);
        if (is_status_line(start)) {
            const std::size_t sp = start.find(' ');
            m.version = {b, b + sp};
            m.status = {b + sp + 1, b + sp + 4};
        } else {
            m.is_request = true;
            const std::size_t sp = start.find(' ');
            m.method = {b, b + sp};
            std::size_t t = sp;
            while (t < start.size() && start[t] == ' ') ++t;
            std::size_t te = start.find(' ', t);
            if (te == std::string_view::npos) te = start.size();
            m.target = {b + t, b + te};
            std::size_t v = te;
            while (v < start.size() && start[v] == ' ') ++v;
            m.version = {b + v, e};
        }
        at = l.next;
        // Headers, to a blank line.
        m.headers_end = at;
        bool ended = false;
        while (at < end) {
            l = line_at(text, at, end, indent);
            c = content(text, l);
            if (is_blank(c)) {
                at = l.next;
                m.headers_end = at;
                break;
            }
            if (is_separator(c)) {
                m.headers_end = l.start;
                ended = true;
                break;
            }
            if (is_space(c.front()) && !m.headers.empty() && !opens_json(c)) {
                HttpHeader& h = m.headers.back();
                h.folded = true;
                std::size_t ve = l.end;
                while (ve > l.begin && is_space(text[ve - 1])) --ve;
                h.value.end = ve;
                at = l.next;
                m.headers_end = at;
                continue;
            }
            std::size_t n = l.begin;
            while (n < l.end && is_token_char(text[n])) ++n;
            if (n > l.begin && n < l.end && text[n] == ':') {
                HttpHeader h;
                h.line = {l.begin, l.end};
                h.name = {l.begin, n};
                std::size_t vb = n + 1, ve = l.end;
                while (vb < ve && is_space(text[vb])) ++vb;
                while (ve > vb && is_space(text[ve - 1])) --ve;
                h.value = {vb, ve};
                m.headers.push_back(h);
                at = l.next;
                m.headers_end = at;
                continue;
            }
            if (opens_json(c) || c.find_first_of("{[") != std::string_view::npos) {
                // The headers run into the body (a line with a brace and no header's colon: `?{`
                // on a page whose body starts with a stray character).
                m.blank_line = false;
                m.headers_end = l.start;
                break;
            }
            m.malformed_headers.push_back({l.begin, l.end});
            at = l.next;
            m.headers_end = at;
        }
        if (at >= end && m.headers_end < at) m.headers_end = at;
        // The body, to the next separator or the end.
        std::size_t body_begin = m.headers_end;
        std::size_t body_end = body_begin;
        std::size_t scan = body_begin;
        if (!ended) {
            while (scan < end) {
                l = line_at(text, scan, end, indent);
                if (is_separator(content(text, l))) break;
                scan = l.next;
            }
            body_end = scan;
        }
        while (body_begin < body_end) {  // blank lines before the body are not part of it
            l = line_at(text, body_begin, body_end, 0);
            if (!is_blank(text.substr(l.start, l.end - l.start))) break;
            body_begin = l.next;
        }
        while (body_end > body_begin && (is_space(text[body_end - 1]) || text[body_end - 1] == '\r' || text[body_end - 1] == '\n')) --body_end;
        // An indented block's body starts at its first character, not at the indent.
        while (body_begin < body_end && text[body_begin] == ' ') ++body_begin;
        m.body = {body_begin, body_end};
        m.length_begin = m.blank_line && indent == 0 && m.headers_end <= body_begin ? m.headers_end : body_begin;
        // The docs' way of writing "this request has no body".
        if (text.substr(body_begin, body_end - body_begin) == "No-Content-Body") {
            m.body = {body_begin, body_begin};
            m.length_begin = body_begin;
            m.no_content_placeholder = true;
        }
        const std::size_t message_end = std::max(body_end, m.headers_end);
        // {{variables}}: one pass, a variable never spans lines.
        std::size_t open = std::string_view::npos;
        for (std::size_t i = message_begin; i + 1 < message_end; ++i) {
            const char ch = text[i];
            if (ch == '\n') {
                open = std::string_view::npos;
            } else if (ch == '{' && text[i + 1] == '{' && open == std::string_view::npos) {
                open = i++;
            } else if (ch == '}' && text[i + 1] == '}' && open != std::string_view::npos) {
                m.variables.push_back({open, i + 2});
                open = std::string_view::npos;
                ++i;
            }
        }
        at = ended ? m.headers_end : scan;
        out.push_back(std::move(m));
        // Past the separator line that ended it.
        if (at < end) at = line_at(text, at, end, indent).next;
    }
    return out;
}

const HttpHeader* find_header(const HttpMessage& message, std::string_view text, std::string_view name) noexcept {
    const HttpHeader* found = nullptr;
    for (const HttpHeader& h : message.headers)
        if (h.name.size() == name.size() && ascii::casecmp_n(text.data() + h.name.begin, name.data(), name.size()) == 0) found = &h;
    return found;
}

bool may_hold_secret(std::string_view line) noexcept {
    auto has = [&](std::string_view word) {
        if (word.size() > line.size()) return false;
        for (std::size_t i = 0; i + word.size() <= line.size(); ++i)
            if (ascii::casecmp_n(line.data() + i, word.data(), word.size()) == 0) return true;
        return false;
    };
    for (std::string_view word : {"authorization", "cookie", "api-key", "apikey", "subscription-key", "token", "secret", "password", "bearer ", "basic "})
        if (has(word)) return true;
    return false;
}

bool touches_variable(const HttpMessage& message, Span span) noexcept {
    for (const Span& v : message.variables)
        if (span.begin < v.end && v.begin < std::max(span.end, span.begin + 1)) return true;
    return false;
}

}  // namespace cartlint::detail
