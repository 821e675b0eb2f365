#pragma once
// memcmp eight bytes at a time, whatever the alignment. The WebAssembly build replaces libc's
// memcmp with it (bindings/wasm/memcmp.cpp): musl's compares a byte at a time unless both strings
// are 4-byte aligned, and the names and values a cart is checked against rarely are.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace cartlint::detail {

// <0, 0 or >0 as the first differing byte, unsigned, is smaller, equal or greater: memcmp's contract.
inline int compare_bytes(const void* left, const void* right, std::size_t n) noexcept {
    const auto* a = static_cast<const unsigned char*>(left);
    const auto* b = static_cast<const unsigned char*>(right);
    // Words on a little-endian machine; a byte at a time elsewhere (none is built or tested here).
    for (; std::endian::native == std::endian::little && n >= 8; a += 8, b += 8, n -= 8) {
        std::uint64_t x, y;
        // __builtin_memcpy: a plain load even where this function is memcmp itself (no call back into it).
        __builtin_memcpy(&x, a, 8);
        __builtin_memcpy(&y, b, 8);
        if (x != y) {
            // The first differing byte in memory order: the lowest one, little-endian.
            const int at = std::countr_zero(x ^ y) / 8;
            return static_cast<int>(a[at]) - static_cast<int>(b[at]);
        }
    }
    for (; n; ++a, ++b, --n)
        if (*a != *b) return static_cast<int>(*a) - static_cast<int>(*b);
    return 0;
}

}  // namespace cartlint::detail
