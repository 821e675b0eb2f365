// same_bytes: equal exactly when every byte is, at every length and wherever the difference is.

#include "core/same_bytes.hpp"

#include <catch2/catch.hpp>

#include <string>

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
