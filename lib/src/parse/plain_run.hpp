#pragma once
// The end of a run of plain string bytes: the first '"', '\\' or control character (below 0x20)
// at or after `p`. Most of a cart's bytes are inside strings, and a byte at a time was a quarter of
// a cart's parse. The caller guarantees such a byte comes before the end of its buffer (a NUL
// terminator) and that `plain_run_padding` readable bytes follow that terminator, so that a wide
// load starting at or before it stays inside the buffer.

#include <cstddef>
#include <cstdint>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cartlint::detail {

inline constexpr std::size_t plain_run_padding = 16;

inline bool plain_run_stop(char c) noexcept { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; }

// Eight bytes a word, for targets without SSE2 (WebAssembly without SIMD). A byte stops the run
// when it equals '"' or '\\' (its XOR with them is zero) or is below 0x20. These borrow tricks can
// flag a byte above a real stop as well, never one below it, so the lowest flagged byte is the stop.
// On a big-endian machine (none is built or tested here) it goes a byte at a time.
inline const char* plain_run_end_words(const char* p) noexcept {
    if constexpr (std::endian::native != std::endian::little) {
        while (!plain_run_stop(*p)) ++p;
        return p;
    }
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    for (;; p += 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        const std::uint64_t quote = word ^ (ones * '"'), backslash = word ^ (ones * '\\');
        const std::uint64_t stops = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((word - ones * 0x20) & ~word);
        if (const std::uint64_t flagged = stops & highs) return p + static_cast<unsigned>(__builtin_ctzll(flagged)) / 8;
    }
}

#if defined(__SSE2__)
// Sixteen bytes a load.
inline const char* plain_run_end_sse2(const char* p) noexcept {
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    for (;; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i stops = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                                           _mm_cmpeq_epi8(_mm_max_epu8(bytes, control), control));  // unsigned <= 0x1F
        if (const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stops))) return p + __builtin_ctz(mask);
    }
}
#endif

inline const char* plain_run_end(const char* p) noexcept {
#if defined(__SSE2__)
    return plain_run_end_sse2(p);
#else
    return plain_run_end_words(p);
#endif
}

}  // namespace cartlint::detail
