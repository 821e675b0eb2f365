#include "output/xml_text.hpp"

#include "core/json_string.hpp"

#include <fmt/format.h>

namespace cartlint::detail {

// XML 1.0 text: escape markup, drop characters XML cannot carry, replace bytes that are not UTF-8.
std::string xml(std::string_view s, bool attribute) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t n = detail::utf8_sequence_length(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '"') out += "&quot;";
        else if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') out += "?";
        // U+FFFE and U+FFFF are not XML characters either.
        else if (n == 3 && c == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBF && static_cast<unsigned char>(s[i + 2]) >= 0xBE)
            out += "\xEF\xBF\xBD";
        // In an attribute a raw line break would be read back as a space.
        else if (attribute && (c == '\n' || c == '\r' || c == '\t')) out += fmt::format("&#{};", static_cast<int>(c));
        else out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

}  // namespace cartlint::detail
