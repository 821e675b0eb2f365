// MallocOutput: what a stream writes lands, whole and in order, in the block the C ABI hands over.

#include "capi/malloc_output.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ostream>
#include <string>

using cartlint::detail::MallocOutput;

TEST_CASE("malloc output: characters, runs and numbers across many growths", "[capi][malloc-output]") {
    MallocOutput buffer(16);  // small, so the block grows many times
    std::ostream out(&buffer);
    out.exceptions(std::ios::badbit);
    std::string expected;
    for (int i = 0; i < 20000; ++i) {
        const std::string run(static_cast<std::size_t>(i % 97), static_cast<char>('a' + i % 26));
        out << i << ':' << run;
        out.write(";\0", 2);  // an embedded NUL is a byte like any other
        expected += std::to_string(i) + ':' + run + std::string(";\0", 2);
    }
    REQUIRE(buffer.size() == expected.size());
    std::size_t length = 0;
    char* block = buffer.release(&length);
    REQUIRE(length == expected.size());
    CHECK(std::string(block, length) == expected);
    CHECK(block[length] == '\0');
    std::free(block);
    CHECK(buffer.size() == 0);
}

TEST_CASE("malloc output: nothing written is an empty C string", "[capi][malloc-output]") {
    MallocOutput buffer;
    std::size_t length = 1;
    char* block = buffer.release(&length);
    CHECK(length == 0);
    CHECK(block[0] == '\0');
    std::free(block);
}

TEST_CASE("malloc output: one write larger than twice the block", "[capi][malloc-output]") {
    MallocOutput buffer(16);
    std::ostream out(&buffer);
    const std::string big(1 << 20, 'x');
    out << "head" << big << "tail";
    std::size_t length = 0;
    char* block = buffer.release(&length);
    CHECK(std::string(block, length) == "head" + big + "tail");
    std::free(block);
}

TEST_CASE("malloc output: written to again after a release", "[capi][malloc-output]") {
    MallocOutput buffer(16);
    std::ostream out(&buffer);
    out << "first";
    std::free(buffer.release());
    out << "second, longer than sixteen bytes";
    std::size_t length = 0;
    char* block = buffer.release(&length);
    CHECK(std::string(block, length) == "second, longer than sixteen bytes");
    std::free(block);
}
