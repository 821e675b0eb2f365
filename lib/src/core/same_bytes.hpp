#pragma once
// Equality of two short byte strings of the same length, without a call to memcmp: every
// member of every payload is looked up by name, and most names are 4 to 16 bytes long. Two
// overlapping loads from each end cover such a name; all loads stay inside the strings.

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace cartlint::detail {

inline bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
    auto load8 = [](const char* p) { std::uint64_t v; std::memcpy(&v, p, 8); return v; };
    auto load4 = [](const char* p) { std::uint32_t v; std::memcpy(&v, p, 4); return v; };
    if (n >= 8) {
        if (n > 16) return std::memcmp(a, b, n) == 0;
        return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
    }
    if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

}  // namespace cartlint::detail
