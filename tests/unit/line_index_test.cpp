#include "core/line_index.hpp"

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

// A byte that is not UTF-8 is a column of its own (as the text format shows it): three stray
// continuation bytes are three columns, not one.
TEST_CASE("line index: bytes that are not UTF-8 count one column each", "[line-index]") {
    const std::string text = "ab\x80\x80\x80" "c\xC3\xA9" "d";
    cartlint::detail::LineIndex lines(text);
    CHECK(lines.position(2).column == 3);
    CHECK(lines.position(3).column == 4);
    CHECK(lines.position(4).column == 5);
    CHECK(lines.position(5).column == 6);  // c
    CHECK(lines.position(8).column == 8);  // d, after the two-byte é
    std::vector<cartlint::Position> out;
    lines.resolve({3, 4, 8}, out);
    CHECK(out[0].column == 4);
    CHECK(out[1].column == 5);
    CHECK(out[2].column == 8);
}
