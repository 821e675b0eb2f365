#pragma once
// The end of a run of plain string bytes: the first '"', '\\' or control character (below 0x20)
// at or after `p`. Most of a cart's bytes are inside strings, and a byte at a time was a quarter of
// a cart's parse. The caller guarantees such a byte comes before the end of its buffer (a NUL
// terminator) and that `plain_run_padding` readable bytes follow that terminator, so that a wide
// load starting at or before it stays inside the buffer.

#include "core/byte_words.hpp"

#include <cstddef>
#include <cstring>
#include <new>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cartlint::detail {

inline constexpr std::size_t plain_run_padding = 16;

// A copy of `text` for a parse in place, in `allocator` (a DOM's, so that the DOM's strings can
// point into it for as long as it lives): NUL-terminated, with `plain_run_padding` zero bytes.
template <class Allocator>
char* padded_copy(std::string_view text, Allocator& allocator) {
    char* copy = static_cast<char*>(allocator.Malloc(text.size() + plain_run_padding));
    if (!copy) throw std::bad_alloc();
    std::memcpy(copy, text.data(), text.size());
    std::memset(copy + text.size(), 0, plain_run_padding);
    return copy;
}

// What ends a run: '"', '\\' or a control byte; with `Ascii`, also every byte from 0x80 (the plain
// parser takes ASCII text only, and finds a non-ASCII byte this way without a pass of its own).
template <bool Ascii = false>
bool plain_run_stop(char c) noexcept {
    const auto byte = static_cast<unsigned char>(c);
    return c == '"' || c == '\\' || byte < 0x20 || (Ascii && byte >= 0x80);
}

// Eight bytes a word, for targets without SSE2 (WebAssembly without SIMD): a byte stops the run
// when it equals '"' or '\\' (its XOR with them is zero) or is below 0x20 (see byte_words.hpp),
// or, with `Ascii`, has its high bit set.
template <bool Ascii = false>
const char* plain_run_end_words(const char* p) noexcept {
    namespace words = byte_words;
    if constexpr (!words::native) {
        while (!plain_run_stop<Ascii>(*p)) ++p;
        return p;
    }
    for (;; p += 8) {
        const std::uint64_t word = words::load(p);
        std::uint64_t stops = words::zero_flags(word ^ words::repeat('"')) | words::zero_flags(word ^ words::repeat('\\')) |
                              words::below_flags(word, 0x20);
        if constexpr (Ascii) stops |= word & words::highs;
        if (stops) return p + words::first_flagged(stops);
    }
}

#if defined(__SSE2__)
// Sixteen bytes a load.
template <bool Ascii = false>
const char* plain_run_end_sse2(const char* p) noexcept {
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    for (;; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i stops = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                                           _mm_cmpeq_epi8(_mm_max_epu8(bytes, control), control));  // unsigned <= 0x1F
        unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stops));
        if constexpr (Ascii) mask |= static_cast<unsigned>(_mm_movemask_epi8(bytes));  // the high bits
        if (mask) return p + __builtin_ctz(mask);
    }
}
#endif

template <bool Ascii = false>
const char* plain_run_end(const char* p) noexcept {
#if defined(__SSE2__)
    return plain_run_end_sse2<Ascii>(p);
#else
    return plain_run_end_words<Ascii>(p);
#endif
}

}  // namespace cartlint::detail
