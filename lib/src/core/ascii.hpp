#pragma once
// ASCII character classes. The <cctype> ones follow the C locale of the host process (a library
// must not assume it is "C") and cost a call per byte on the hot path of every format check.

#include <cstddef>

namespace cartlint::detail::ascii {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool is_alpha(char c) noexcept { return is_upper(c) || is_lower(c); }
constexpr bool is_alnum(char c) noexcept { return is_alpha(c) || is_digit(c); }
constexpr unsigned char to_lower(char c) noexcept {
    return static_cast<unsigned char>(is_upper(c) ? c - 'A' + 'a' : c);
}

// The first n bytes of a and b compared with ASCII letters folded: 0 when they are equal, else
// the sign of the first difference. What strncasecmp does in the "C" locale, but the same in any
// locale, on every platform (POSIX has strncasecmp, MSVC _strnicmp), and through NUL bytes (a
// JSON name may hold \u0000; strncasecmp would stop there and call "a\0x" and "a\0y" equal).
constexpr int casecmp_n(const char* a, const char* b, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i)
        if (const int d = to_lower(a[i]) - to_lower(b[i]); d != 0) return d;
    return 0;
}

// A table: GUIDs are checked on every payload, and random hex digits defeat branch prediction.
inline constexpr struct HexTable {
    bool hex[256] = {};
    constexpr HexTable() {
        for (int c = 0; c < 256; ++c)
            hex[c] = is_digit(static_cast<char>(c)) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
} hex_table;
constexpr bool is_hex(char c) noexcept { return hex_table.hex[static_cast<unsigned char>(c)]; }

}  // namespace cartlint::detail::ascii
