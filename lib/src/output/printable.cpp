#include "output/printable.hpp"

#include "core/json_string.hpp"

#include <cartlint/report.hpp>

#include <fmt/format.h>

namespace cartlint::detail {

bool is_control_sequence(std::string_view text, std::size_t at, std::size_t n) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[at + k]); };
    if (n == 1) return byte(0) < 0x20 || byte(0) == 0x7F;
    if (n == 2) return byte(0) == 0xC2 && byte(1) >= 0x80 && byte(1) <= 0x9F;
    if (n == 3) return byte(0) == 0xE2 && byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9);
    return false;
}

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8_sequence_length(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        if (!is_control_sequence(text, i, n)) {
            out.append(text.substr(i, n));
        } else if (n == 1 && text[i] == '\n') {
            out += "\\n";
        } else if (n == 1 && text[i] == '\r') {
            out += "\\r";
        } else if (n == 1 && text[i] == '\t') {
            out += "\\t";
        } else {
            unsigned code = static_cast<unsigned char>(text[i]);
            if (n == 2) code = ((code & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
            if (n == 3) code = 0x2028 + (static_cast<unsigned char>(text[i + 2]) - 0xA8);
            out += fmt::format("\\u{:04x}", code);
        }
        i += n;
    }
    return out;
}

}  // namespace cartlint::detail

namespace cartlint {

std::string printable(std::string_view text) { return detail::printable(text); }

}  // namespace cartlint
