// same_bytes: equal exactly when every byte is, at every length and wherever the difference is;
// compare_bytes and find_byte: memcmp's and memchr's answers, byte for byte.

#include "core/compare_bytes.hpp"
#include "core/find_byte.hpp"
#include "core/same_bytes.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>

using cartlint::detail::compare_bytes;
using cartlint::detail::find_byte;
using cartlint::detail::same_bytes;

TEST_CASE("same bytes: every length, a difference at every position", "[core][same-bytes]") {
    for (std::size_t n = 0; n <= 40; ++n) {
        std::string a, b;
        for (std::size_t i = 0; i < n; ++i) a += static_cast<char>('a' + i % 26);
        b = a;
        CHECK(same_bytes(a.data(), b.data(), n));
        for (std::size_t at = 0; at < n; ++at) {
            std::string c = a;
            c[at] = static_cast<char>(c[at] ^ 0x20);
            INFO("length " << n << ", difference at " << at);
            CHECK_FALSE(same_bytes(a.data(), c.data(), n));
        }
    }
}

TEST_CASE("compare bytes: memcmp's sign at every length and position, unaligned", "[core][same-bytes]") {
    const auto sign = [](int v) { return (v > 0) - (v < 0); };
    std::string storage(80, 'x');
    for (std::size_t shift = 0; shift < 3; ++shift) {
        for (std::size_t n = 0; n <= 33; ++n) {
            std::string a(n, '\0');
            for (std::size_t i = 0; i < n; ++i) a[i] = static_cast<char>(0x41 + (i * 7) % 60);
            std::string b = storage.substr(0, shift) + a;  // b's bytes start `shift` bytes in: unaligned
            const char* bp = b.data() + shift;
            CHECK(compare_bytes(a.data(), bp, n) == 0);
            for (std::size_t at = 0; at < n; ++at) {
                for (const unsigned char other : {0x00, 0x7F, 0x80, 0xFF}) {
                    std::string c = b;
                    c[shift + at] = static_cast<char>(other);
                    INFO("length " << n << ", shift " << shift << ", byte " << int(other) << " at " << at);
                    CHECK(sign(compare_bytes(a.data(), c.data() + shift, n)) == sign(std::memcmp(a.data(), c.data() + shift, n)));
                    CHECK(sign(compare_bytes(c.data() + shift, a.data(), n)) == sign(std::memcmp(c.data() + shift, a.data(), n)));
                }
            }
        }
    }
}

TEST_CASE("compare bytes: the first difference decides, whatever later bytes in the same word say", "[core][same-bytes]") {
    const auto sign = [](int v) { return (v > 0) - (v < 0); };
    // Two differences in one eight-byte word, in opposite directions: comparing the words as
    // integers would let the later, more significant byte decide on a little-endian machine.
    for (std::size_t first = 0; first < 16; ++first) {
        for (std::size_t second = first + 1; second < 17; ++second) {
            std::string a(17, '\x80'), b(17, '\x80');
            a[first] = '\x01';
            b[first] = '\x02';
            a[second] = '\xff';
            b[second] = '\x00';
            INFO("differences at " << first << " and " << second);
            CHECK(sign(compare_bytes(a.data(), b.data(), a.size())) == -1);
            CHECK(sign(compare_bytes(b.data(), a.data(), a.size())) == 1);
            CHECK(sign(compare_bytes(a.data(), b.data(), a.size())) == sign(std::memcmp(a.data(), b.data(), a.size())));
        }
    }
}

TEST_CASE("find byte: memchr's answer for every byte value, length and position, unaligned", "[core][same-bytes]") {
    std::string text;
    for (int i = 0; i < 48; ++i) text += static_cast<char>(0x30 + i);  // no byte repeats
    for (std::size_t shift = 0; shift < 3; ++shift) {
        for (std::size_t n = 0; n + shift <= text.size(); ++n) {
            const char* p = text.data() + shift;
            for (int value = 0; value < 256; ++value) {
                INFO("length " << n << ", shift " << shift << ", byte " << value);
                CHECK(find_byte(p, value, n) == std::memchr(p, value, n));
            }
        }
    }
    // memchr looks for the byte value converted to unsigned char: -1 is 0xff, 0x161 is 'a'.
    const std::string mixed = "xyz\xff" "abc\x80" "0123456789";
    for (const int value : {-1, -128, 0x100, 0x161, 0x1ff, 0x7fffffff, -0x7fffffff}) {
        INFO("byte argument " << value);
        CHECK(find_byte(mixed.data(), value, mixed.size()) == std::memchr(mixed.data(), value, mixed.size()));
    }
    // The first of two matches anywhere in 40 bytes: in one 16-byte block, one word, or apart.
    for (std::size_t first = 0; first < 40; ++first) {
        for (std::size_t second = first + 1; second < 40; ++second) {
            std::string t(40, 'x');
            t[first] = t[second] = '\n';
            INFO("newlines at " << first << " and " << second);
            CHECK(find_byte(t.data(), '\n', t.size()) == t.data() + first);
        }
    }
    // The first of several matches, with bytes around them that borrow in the word trick.
    for (const std::string t : {std::string("ab\n\ncd"), std::string("\x01\x00\x01\x00", 4), std::string("abcdefg\n\n\n"),
                                std::string("\x0a\x0b\x09\x0a\xff\x0a"), std::string("01234567\x80\x7f\x0a")}) {
        for (const int value : {0x00, 0x01, 0x0a, 0x7f, 0x80, 0xff}) {
            INFO("byte " << value);
            CHECK(find_byte(t.data(), value, t.size()) == std::memchr(t.data(), value, t.size()));
        }
    }
}
