#pragma once
// Eight bytes at a time in a 64-bit word, little-endian (the first byte in memory is the lowest):
// the pieces of the word-at-a-time scans (core/find_byte.hpp, core/compare_bytes.hpp,
// parse/plain_run.hpp), which WebAssembly without SIMD runs instead of a byte loop.
//
// The flag functions set the high bit of the bytes that match. Their subtraction borrows across
// bytes, so a byte above a real match may be flagged as well, never one below it: the lowest
// flagged byte is always the first match, which is all a scan asks.

#include <bit>
#include <cstddef>
#include <cstdint>

namespace cartlint::detail::byte_words {

inline constexpr bool native = std::endian::native == std::endian::little;  // elsewhere, scan a byte at a time
inline constexpr std::uint64_t ones = 0x0101010101010101ull;
inline constexpr std::uint64_t highs = 0x8080808080808080ull;

// Eight bytes from `p`, any alignment. __builtin_memcpy: a plain load even inside memcmp or memchr
// themselves (bindings/wasm replaces them), never a call back into them.
inline std::uint64_t load(const void* p) noexcept {
    std::uint64_t word;
    __builtin_memcpy(&word, p, 8);
    return word;
}

// The word with `byte` in every byte.
constexpr std::uint64_t repeat(unsigned char byte) noexcept { return ones * byte; }

// Bytes that are zero.
constexpr std::uint64_t zero_flags(std::uint64_t word) noexcept { return (word - ones) & ~word & highs; }

// Bytes below `limit` (at most 0x80).
constexpr std::uint64_t below_flags(std::uint64_t word, unsigned char limit) noexcept { return (word - repeat(limit)) & ~word & highs; }

// Position in the word of the first byte with any bit set (a flagged one); `flags` is not 0.
constexpr std::size_t first_flagged(std::uint64_t flags) noexcept { return static_cast<std::size_t>(std::countr_zero(flags)) / 8; }

}  // namespace cartlint::detail::byte_words
