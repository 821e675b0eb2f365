#pragma once
// Equality of two short byte strings of the same length, without a call to memcmp: every
// member of every payload is looked up by name, and most names are 4 to 32 bytes long. Loads of
// eight bytes, the last one overlapping, cover such a name; all loads stay inside the strings.

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace cartlint::detail {

inline bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
    auto load8 = [](const char* p) { std::uint64_t v; std::memcpy(&v, p, 8); return v; };
    auto load4 = [](const char* p) { std::uint32_t v; std::memcpy(&v, p, 4); return v; };
    if (n >= 8) {
        // Longer names (expirationTimestamp, additionalPartnerIdsOnRecord) eight bytes at a time,
        // the last load overlapping: no memcmp, which in WebAssembly is a loop a byte (musl's).
        for (std::size_t i = 0; i + 8 < n; i += 8)
            if (load8(a + i) != load8(b + i)) return false;
        return load8(a + n - 8) == load8(b + n - 8);
    }
    if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

}  // namespace cartlint::detail
