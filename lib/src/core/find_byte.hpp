#pragma once
// memchr sixteen bytes at a time with SSE2 (which the SIMD WebAssembly module has, through
// Emscripten's SSE2 headers), else eight, whatever the alignment. The WebAssembly build replaces
// libc's memchr with it (bindings/wasm/memchr.cpp): musl's reads a word of size_t, four bytes in
// wasm32, and an NDJSON stream is cut into lines by memchr over every byte.

#include "core/byte_words.hpp"

#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cartlint::detail {

// The first byte equal to `byte` among the `n` at `data`, or nullptr: memchr's contract.
inline const void* find_byte(const void* data, int byte, std::size_t n) noexcept {
    namespace words = byte_words;
    const auto* p = static_cast<const unsigned char*>(data);
    const auto c = static_cast<unsigned char>(byte);
#if defined(__SSE2__)
    const __m128i needle = _mm_set1_epi8(static_cast<char>(c));
    for (; n >= 16; p += 16, n -= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        if (const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, needle)))) return p + __builtin_ctz(mask);
    }
#endif
    for (; words::native && n >= 8; p += 8, n -= 8)
        if (const std::uint64_t flags = words::zero_flags(words::load(p) ^ words::repeat(c))) return p + words::first_flagged(flags);
    for (; n; ++p, --n)
        if (*p == c) return p;
    return nullptr;
}

}  // namespace cartlint::detail
