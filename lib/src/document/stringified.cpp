#include "document/stringified.hpp"

namespace cartlint::detail {
namespace {

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

unsigned hex4(std::string_view t, std::size_t at) {
    unsigned v = 0;
    for (std::size_t k = 0; k < 4; ++k) v = v * 16 + static_cast<unsigned>(hex(t[at + k]));
    return v;
}

void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace

std::optional<Stringified> stringified_document(std::string_view text, const JsonDocument& doc) {
    if (!doc.root() || !doc.dom.IsString()) return std::nullopt;
    const std::string_view value(doc.dom.GetString(), doc.dom.GetStringLength());
    const auto first = value.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || (value[first] != '{' && value[first] != '[')) return std::nullopt;

    // Decode the string again from the text (the strict parser has checked its escapes), keeping
    // where each decoded byte came from, so findings inside can point into the user's text.
    Stringified out;
    out.begin = doc.map[0].begin;
    out.end = doc.map[0].end;
    out.inner.reserve(value.size());
    out.source.reserve(value.size() + 1);
    std::size_t i = out.begin + 1;
    const std::size_t close = out.end - 1;
    while (i < close) {
        const std::size_t at = i;
        const std::size_t before = out.inner.size();
        if (text[i] != '\\') {
            out.inner += text[i++];
        } else {
            const char e = text[i + 1];
            i += 2;
            switch (e) {
            case 'b': out.inner += '\b'; break;
            case 'f': out.inner += '\f'; break;
            case 'n': out.inner += '\n'; break;
            case 'r': out.inner += '\r'; break;
            case 't': out.inner += '\t'; break;
            case 'u': {
                unsigned cp = hex4(text, i);
                i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= close && text[i] == '\\' && text[i + 1] == 'u') {
                    const unsigned low = hex4(text, i + 2);
                    if (low >= 0xDC00 && low < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                }
                append_utf8(out.inner, cp);
                break;
            }
            default: out.inner += e;  // \" \\ \/
            }
        }
        out.source.insert(out.source.end(), out.inner.size() - before, at);
    }
    out.source.push_back(close);
    return out;
}

}  // namespace cartlint::detail
