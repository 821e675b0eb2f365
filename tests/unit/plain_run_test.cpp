// plain_run_end: the first '"', '\\' or control byte (and, for the plain parser, the first byte
// from 0x80), for every byte value at every position, in each implementation (the SSE2 one native
// builds use, the word one WebAssembly uses).

#include "parse/plain_run.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cartlint::detail;

namespace {

template <bool Ascii>
std::size_t reference(const std::string& buffer) {
    std::size_t i = 0;
    while (!plain_run_stop<Ascii>(buffer[i])) ++i;
    return i;
}

// `plain` bytes of filler, then `stop`, then more filler, the terminator and the padding.
std::string buffer_with(std::size_t plain, char filler, char stop) {
    std::string b(plain, filler);
    b += stop;
    b += std::string(20, filler);
    b += std::string(1 + plain_run_padding, '\0');
    return b;
}

template <bool Ascii>
void check_every_implementation_of(const std::string& b) {
    const std::size_t expected = reference<Ascii>(b);
    INFO("stopping at non-ASCII bytes: " << Ascii);
    CHECK(static_cast<std::size_t>(plain_run_end_words<Ascii>(b.data()) - b.data()) == expected);
#if defined(__SSE2__)
    CHECK(static_cast<std::size_t>(plain_run_end_sse2<Ascii>(b.data()) - b.data()) == expected);
#endif
    CHECK(static_cast<std::size_t>(plain_run_end<Ascii>(b.data()) - b.data()) == expected);
}

void check_every_implementation(const std::string& b) {
    check_every_implementation_of<false>(b);
    check_every_implementation_of<true>(b);
}

}  // namespace

TEST_CASE("plain run: every byte value at every position stops it or not", "[parse][plain-run]") {
    for (const char filler : {'a', ' ', '~', static_cast<char>(0x80), static_cast<char>(0xFF), '!', '#', '[', ']'}) {
        for (std::size_t at = 0; at <= 33; ++at) {
            for (int value = 0; value < 256; ++value) {
                INFO("filler " << int(static_cast<unsigned char>(filler)) << ", byte " << value << " at " << at);
                check_every_implementation(buffer_with(at, filler, static_cast<char>(value)));
            }
        }
    }
}

TEST_CASE("plain run: the first of several stops, whatever follows it", "[parse][plain-run]") {
    // Bytes that borrow in the word tricks (below 0x20, '"' and '\\' next to each other) after
    // the first stop must not move the answer.
    using namespace std::string_literals;  // "…"s keeps the NUL bytes inside a literal
    const std::vector<std::string> texts = {
        "abc\"\\\x01"s, "\x1f\x20\x21"s, "abcdefg\x00\x01\x02"s, "ab\\\"cdefghijklmnop"s, "\x7f\x80\x21\""s, "0123456789abcdef\"\x1f"s,
        "\x21\x22\x23"s, "\x5b\x5c\x5d"s, "\x20\x1f\x20"s, "\x00\x00\x00"s, "a\x00\"\\\x01"s,
    };
    for (std::string t : texts) {
        INFO("text of " << t.size() << " bytes");
        t += '"';
        t += std::string(1 + plain_run_padding, '\0');
        check_every_implementation(t);
    }
}

TEST_CASE("plain run: the ASCII scan stops at the first byte from 0x80, the other goes past it", "[parse][plain-run]") {
    const std::string b = "ab\xC3\xA9" "cd\"" + std::string(1 + plain_run_padding, '\0');
    CHECK(plain_run_end<true>(b.data()) - b.data() == 2);
    CHECK(plain_run_end<false>(b.data()) - b.data() == 6);
}
