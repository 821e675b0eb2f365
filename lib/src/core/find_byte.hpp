#pragma once
// memchr eight bytes at a time, whatever the alignment. The WebAssembly build replaces libc's
// memchr with it (bindings/wasm/memchr.cpp): musl's reads a word of size_t, four bytes in wasm32,
// and an NDJSON stream is cut into lines by memchr over every byte.

#include "core/byte_words.hpp"

#include <cstddef>

namespace cartlint::detail {

// The first byte equal to `byte` among the `n` at `data`, or nullptr: memchr's contract.
inline const void* find_byte(const void* data, int byte, std::size_t n) noexcept {
    namespace words = byte_words;
    const auto* p = static_cast<const unsigned char*>(data);
    const auto c = static_cast<unsigned char>(byte);
    for (; words::native && n >= 8; p += 8, n -= 8)
        if (const std::uint64_t flags = words::zero_flags(words::load(p) ^ words::repeat(c))) return p + words::first_flagged(flags);
    for (; n; ++p, --n)
        if (*p == c) return p;
    return nullptr;
}

}  // namespace cartlint::detail
