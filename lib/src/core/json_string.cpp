#include "core/json_string.hpp"

#include <array>
#include <cstdio>

namespace cartlint::detail {

std::size_t utf8_sequence_length(std::string_view text, std::size_t at) noexcept {
    auto b = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char c = b(at);
    if (c < 0x80) return 1;
    std::size_t n;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (RFC 3629, table 3-7)
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c == 0xE0) { n = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) n = 3;
    else if (c == 0xED) { n = 3; hi = 0x9F; }
    else if (c >= 0xEE && c <= 0xEF) n = 3;
    else if (c == 0xF0) { n = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) n = 4;
    else if (c == 0xF4) { n = 4; hi = 0x8F; }
    else return 0;
    if (at + n > text.size()) return 0;
    if (b(at + 1) < lo || b(at + 1) > hi) return 0;
    for (std::size_t i = 2; i < n; ++i)
        if ((b(at + i) & 0xC0) != 0x80) return 0;
    return n;
}

namespace {

// The bytes a JSON string cannot hold as they are (controls, '"', '\\', DEL) or that start a
// UTF-8 sequence to check: one lookup a byte in the loop below.
constexpr auto escape_or_check = [] {
    std::array<bool, 256> table{};
    for (unsigned c = 0; c < 256; ++c) table[c] = c < 0x20 || c >= 0x7F || c == '"' || c == '\\';
    return table;
}();

// Writes through `sink` (write(data, size), put(c)): an ostream or a string.
template <typename Sink>
void json_string(Sink& out, std::string_view text) {
    out.put('"');
    // Runs of bytes written as they are (printable ASCII, well-formed UTF-8) go out in one write:
    // a stream's report writes millions of these strings.
    std::size_t plain = 0;  // where the run not yet written starts
    auto flush = [&](std::size_t to) {
        if (to > plain) out.write(text.data() + plain, to - plain);
    };
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (!escape_or_check[c]) {
            ++i;
            continue;
        }
        const std::size_t n = c >= 0x80 ? utf8_sequence_length(text, i) : 0;
        if (n > 0) {
            i += n;
            continue;
        }
        flush(i);
        switch (c) {
        case '"': out.write("\\\"", 2); break;
        case '\\': out.write("\\\\", 2); break;
        case '\n': out.write("\\n", 2); break;
        case '\r': out.write("\\r", 2); break;
        case '\t': out.write("\\t", 2); break;
        default:
            if (c < 0x20 || c == 0x7F) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out.write(buf, 6);
            } else {
                out.write("\xEF\xBF\xBD", 3);  // U+FFFD for a byte that is not UTF-8
            }
        }
        plain = ++i;
    }
    flush(text.size());
    out.put('"');
}

struct StreamSink {
    std::ostream& out;
    void put(char c) { out.put(c); }
    void write(const char* data, std::size_t n) { out.write(data, static_cast<std::streamsize>(n)); }
};

struct StringSink {
    std::string& out;
    void put(char c) { out.push_back(c); }
    void write(const char* data, std::size_t n) { out.append(data, n); }
};

}  // namespace

void write_json_string(std::ostream& out, std::string_view text) {
    StreamSink sink{out};
    json_string(sink, text);
}

void append_json_string(std::string& out, std::string_view text) {
    StringSink sink{out};
    json_string(sink, text);
}

}  // namespace cartlint::detail
