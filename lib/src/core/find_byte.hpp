#pragma once
// memchr eight bytes at a time, whatever the alignment. The WebAssembly build replaces libc's
// memchr with it (bindings/wasm/memchr.cpp): musl's reads a word of size_t, four bytes in wasm32,
// and an NDJSON stream is cut into lines by memchr over every byte.

#include <bit>
#include <cstddef>
#include <cstdint>

namespace cartlint::detail {

// The first byte equal to `byte` among the `n` at `data`, or nullptr: memchr's contract.
inline const void* find_byte(const void* data, int byte, std::size_t n) noexcept {
    const auto* p = static_cast<const unsigned char*>(data);
    const auto c = static_cast<unsigned char>(byte);
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    const std::uint64_t pattern = ones * c;
    // Words on a little-endian machine; a byte at a time elsewhere (none is built or tested here).
    for (; std::endian::native == std::endian::little && n >= 8; p += 8, n -= 8) {
        std::uint64_t word;
        __builtin_memcpy(&word, p, 8);  // a plain load even where this function is memchr itself
        // A zero byte of word ^ pattern is a match; the borrow can flag bytes above the first
        // match as well, never below it, so the lowest flagged byte is the first match.
        const std::uint64_t x = word ^ pattern;
        if (const std::uint64_t flagged = (x - ones) & ~x & highs) return p + std::countr_zero(flagged) / 8;
    }
    for (; n; ++p, --n)
        if (*p == c) return p;
    return nullptr;
}

}  // namespace cartlint::detail
