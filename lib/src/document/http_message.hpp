#pragma once
// An HTTP message as people write it down: a raw request or response, a .http/.rest file's
// request (REST Client, JetBrains HTTP Client), or a doc page's example. Parsed leniently, with
// every part kept as a span of the original text, so that a finding in a header or in the body
// is reported where the user wrote it and a fix edits only those bytes.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace cartlint::detail {

// [begin, end) byte offsets into the whole text the message was found in.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t size() const noexcept { return end - begin; }
    bool empty() const noexcept { return end == begin; }
};

struct HttpHeader {
    Span line;   // the whole first line, without its line break
    Span name;
    Span value;  // trimmed; a folded header's value ends on its last continuation line
    bool folded = false;  // continued on a line that starts with a space or a tab (obs-fold)
};

struct HttpMessage {
    bool is_request = false;
    Span start_line;
    Span method, target, version;  // a request's parts (version may be empty)
    Span status;                   // a response's status code
    std::vector<HttpHeader> headers;
    std::vector<Span> malformed_headers;  // lines among the headers that are no `Name: value`
    // Whether a blank line ends the headers. Without one, the first line that opens a JSON value
    // starts the body: the headers run into it.
    bool blank_line = true;
    std::size_t headers_end = 0;  // where the blank line would go: the start of the body's first line
    Span body;                    // without the line breaks and blanks that end the message
    // Where the body's bytes start for Content-Length: right after the blank line (blank lines and
    // indentation after it are the body's too), or the body's first line when there is none.
    std::size_t length_begin = 0;
    bool no_content_placeholder = false;  // the body is the docs' "No-Content-Body": none
    std::string_view line_break;  // the message's own: "\r\n" or "\n"
    std::vector<Span> variables;  // {{name}} in the message (.http files)
};

// A line that opens an HTTP message: `METHOD target [HTTP/x.y]` or `HTTP/x.y NNN reason`.
bool is_request_line(std::string_view line) noexcept;
bool is_status_line(std::string_view line) noexcept;

// Whether a text (or a code block) starts with such a line, after blank lines and .http comments.
bool looks_like_http(std::string_view text) noexcept;

// The messages in text[begin, end): one for a raw message or a doc page's block, several for a
// .http file (`###` lines separate them; `#` and `//` lines are comments, `@name = value` lines
// define variables). `indent`: spaces to ignore at the start of each line (an indented code block).
std::vector<HttpMessage> parse_http_messages(std::string_view text, std::size_t begin, std::size_t end, std::size_t indent = 0);

// The value of a header (case-insensitive name), the last one if repeated.
const HttpHeader* find_header(const HttpMessage& message, std::string_view text, std::string_view name) noexcept;

// Whether a header line (or a malformed one) may carry a secret: Authorization, cookies, API keys,
// or any line with a Bearer or Basic credential. Reports never show such a line.
bool may_hold_secret(std::string_view line) noexcept;

// Whether a span of the text touches a {{variable}}.
bool touches_variable(const HttpMessage& message, Span span) noexcept;

}  // namespace cartlint::detail
