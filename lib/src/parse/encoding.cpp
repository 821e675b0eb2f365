#include "parse/encoding.hpp"

#include <algorithm>

namespace cartlint::detail {
namespace {

bool starts(std::string_view text, std::string_view prefix) noexcept { return text.substr(0, prefix.size()) == prefix; }

// Of the first bytes (whole units of `width`), how many units have their one non-NUL byte at
// `at`: ASCII text in a wide encoding. JSON starts with ASCII ('{', '[', white space).
bool nul_pattern(std::string_view text, std::size_t width, std::size_t at) noexcept {
    const std::size_t units = std::min<std::size_t>(text.size() / width, 16);
    if (units < 2) return false;
    for (std::size_t u = 0; u < units; ++u)
        for (std::size_t k = 0; k < width; ++k)
            if ((text[u * width + k] == '\0') == (k == at)) return false;
    return true;
}

}  // namespace

std::optional<std::string_view> wide_encoding(std::string_view text) noexcept {
    using namespace std::string_view_literals;
    if (starts(text, "\xFF\xFE\0\0"sv)) return "UTF-32LE";
    if (starts(text, "\0\0\xFE\xFF"sv)) return "UTF-32BE";
    if (starts(text, "\xFF\xFE"sv)) return "UTF-16LE";
    if (starts(text, "\xFE\xFF"sv)) return "UTF-16BE";
    if (nul_pattern(text, 4, 0)) return "UTF-32LE";
    if (nul_pattern(text, 4, 3)) return "UTF-32BE";
    if (nul_pattern(text, 2, 0)) return "UTF-16LE";
    if (nul_pattern(text, 2, 1)) return "UTF-16BE";
    return std::nullopt;
}

}  // namespace cartlint::detail
