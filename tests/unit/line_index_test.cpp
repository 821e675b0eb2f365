#include "parse/line_index.hpp"

#include <catch2/catch.hpp>

using cartlint::detail::LineIndex;

TEST_CASE("line index: lines and columns are 1-based", "[line-index]") {
    LineIndex index("ab\ncd\n");
    CHECK(index.position(0).line == 1);
    CHECK(index.position(0).column == 1);
    CHECK(index.position(1).column == 2);
    CHECK(index.position(3).line == 2);
    CHECK(index.position(3).column == 1);
    CHECK(index.position(6).line == 3);  // just past the last line break
}

TEST_CASE("line index: CRLF and lone CR end a line once", "[line-index]") {
    LineIndex index("a\r\nb\rc");
    CHECK(index.position(3).line == 2);
    CHECK(index.position(5).line == 3);
    CHECK(index.line_text(1) == "a");
    CHECK(index.line_text(2) == "b");
    CHECK(index.line_text(3) == "c");
}

TEST_CASE("line index: columns count code points - not bytes", "[line-index]") {
    // "é" is two bytes and "𝄞" four; the value after them is column 5.
    std::string text = "\"é𝄞\":1";
    LineIndex index(text);
    auto colon = text.find(':');
    CHECK(index.position(colon).column == 5);
    CHECK(index.position(colon).offset == colon);
}

TEST_CASE("line index: offsets past the end are clamped", "[line-index]") {
    LineIndex index("ab");
    CHECK(index.position(99).offset == 2);
    CHECK(index.position(99).column == 3);
    CHECK(index.line_text(0).empty());
    CHECK(index.line_text(7).empty());
}
