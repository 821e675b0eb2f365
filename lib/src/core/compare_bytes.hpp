#pragma once
// memcmp eight bytes at a time, whatever the alignment. The WebAssembly build replaces libc's
// memcmp with it (bindings/wasm/memcmp.cpp): musl's compares a byte at a time unless both strings
// are 4-byte aligned, and the names and values a cart is checked against rarely are.

#include "core/byte_words.hpp"

#include <cstddef>

namespace cartlint::detail {

// <0, 0 or >0 as the first differing byte, unsigned, is smaller, equal or greater: memcmp's contract.
inline int compare_bytes(const void* left, const void* right, std::size_t n) noexcept {
    namespace words = byte_words;
    const auto* a = static_cast<const unsigned char*>(left);
    const auto* b = static_cast<const unsigned char*>(right);
    for (; words::native && n >= 8; a += 8, b += 8, n -= 8) {
        // The first differing byte is the first byte of the words' XOR with any bit set.
        if (const std::uint64_t differences = words::load(a) ^ words::load(b)) {
            const std::size_t at = words::first_flagged(differences);
            return static_cast<int>(a[at]) - static_cast<int>(b[at]);
        }
    }
    for (; n; ++a, ++b, --n)
        if (*a != *b) return static_cast<int>(*a) - static_cast<int>(*b);
    return 0;
}

}  // namespace cartlint::detail
