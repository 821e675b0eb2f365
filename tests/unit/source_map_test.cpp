// The source map: every value's span, member names, and pointers back to it.

#include "core/line_index.hpp"
#include "parse/strict_parser.hpp"

#include <catch2/catch.hpp>

using namespace cartlint::detail;

namespace {

std::string_view span(const JsonDocument& doc, Node n) {
    const auto& s = doc.map[n.id];
    return doc.text.substr(s.begin, s.end - s.begin);
}

std::string_view key_span(const JsonDocument& doc, Node n) {
    const auto& s = doc.map[n.id];
    return doc.text.substr(s.key_begin, s.key_end - s.key_begin);
}

}  // namespace

TEST_CASE("source map: spans of nested values", "[source-map]") {
    const std::string text = "{\n  \"lineItems\": [\n    { \"quantity\" : 12 , \"name\":\"x\" },\n    [true, null]\n  ],\n  \"n\": -1.5e3\n}";
    JsonDocument doc;
    REQUIRE_FALSE(parse_strict(text, doc));
    Node root = doc.root();
    CHECK(span(doc, root) == text);

    Node items = doc.member(root, "lineItems");
    REQUIRE(items);
    CHECK(key_span(doc, items) == "\"lineItems\"");
    CHECK(span(doc, items).front() == '[');
    CHECK(span(doc, items).back() == ']');

    Node first = doc.element(items, 0);
    CHECK(span(doc, first) == "{ \"quantity\" : 12 , \"name\":\"x\" }");
    Node quantity = doc.member(first, "quantity");
    CHECK(span(doc, quantity) == "12");
    CHECK(key_span(doc, quantity) == "\"quantity\"");
    CHECK(span(doc, doc.member(first, "name")) == "\"x\"");

    Node second = doc.element(items, 1);
    CHECK(span(doc, doc.element(second, 0)) == "true");
    CHECK(span(doc, doc.element(second, 1)) == "null");
    CHECK(span(doc, doc.member(root, "n")) == "-1.5e3");

    LineIndex lines(text);
    auto at = lines.position(doc.map[quantity.id].begin);
    CHECK(at.line == 3);
    CHECK(at.column == 20);
}

TEST_CASE("source map: pointers escape ~ and / (RFC 6901)", "[source-map]") {
    const std::string text = R"({"a/b":{"m~n":[0,{"":1}]}})";
    JsonDocument doc;
    REQUIRE_FALSE(parse_strict(text, doc));
    Node ab = doc.member(doc.root(), "a/b");
    Node mn = doc.member(ab, "m~n");
    Node empty = doc.member(doc.element(mn, 1), "");
    CHECK(doc.pointer(doc.root().id).empty());
    CHECK(doc.pointer(ab.id) == "/a~1b");
    CHECK(doc.pointer(mn.id) == "/a~1b/m~0n");
    CHECK(doc.pointer(doc.element(mn, 0).id) == "/a~1b/m~0n/0");
    CHECK(doc.pointer(empty.id) == "/a~1b/m~0n/1/");
    CHECK(span(doc, empty) == "1");
    // Every node's pointer leads back to the same node.
    for (std::uint32_t id = 0; id < doc.map.size(); ++id) CHECK(doc.node(id).id == id);
}

TEST_CASE("source map: multi-byte UTF-8 before a value", "[source-map]") {
    const std::string text = "{\"friendlyName\": \"Café ☕\", \"quantity\": 3}";
    JsonDocument doc;
    REQUIRE_FALSE(parse_strict(text, doc));
    Node q = doc.member(doc.root(), "quantity");
    CHECK(span(doc, q) == "3");
    LineIndex lines(text);
    // Bytes: é is 2, ☕ is 3; code points: each is one column.
    CHECK(lines.position(doc.map[q.id].begin).column == 40);
    CHECK(doc.map[q.id].begin == 42);
}

TEST_CASE("source map: embedded NUL inside a string is data", "[source-map]") {
    const std::string text = R"({"a":"x\u0000y","b":1})";
    JsonDocument doc;
    REQUIRE_FALSE(parse_strict(text, doc));
    CHECK(doc.member(doc.root(), "a").value->GetStringLength() == 3);
}

TEST_CASE("source map: duplicate names keep both members in order", "[source-map]") {
    JsonDocument doc;
    REQUIRE_FALSE(parse_strict(R"({"q":1,"q":2})", doc));
    CHECK(doc.map.size() == 3);
    CHECK(span(doc, doc.child(doc.root(), 1)) == "2");
    CHECK(doc.pointer(2) == "/q");
}

// The string scan moves 16 bytes at a time until an escape, a quote or a control character: every
// length and every place of the byte that stops it must decode as byte-at-a-time parsing would,
// in ASCII text (the scanned path) and in text with a multi-byte letter (UTF-8 validated).
TEST_CASE("source map: strings decode the same wherever their escape or end falls", "[source-map][strings]") {
    for (const std::string letter : {"", "\xC3\xA9"})
    for (std::size_t length = 0; length <= 40; ++length) {
        const std::string plain(length, 'p');
        for (std::size_t at = 0; at <= length; ++at) {
            const std::string head = plain.substr(0, at), tail = plain.substr(at);
            INFO("length " << length << ", escape at " << at << (letter.empty() ? ", ASCII" : ", UTF-8"));
            JsonDocument doc;
            // An escape (and the letter) after `head`; the key is scanned the same way.
            const std::string text = "{\"" + head + "\":\"" + head + "\\n" + letter + tail + "\"}";
            REQUIRE_FALSE(parse_strict(text, doc));
            const Node value = doc.member(doc.root(), head);
            REQUIRE(value);
            CHECK(std::string(value.value->GetString(), value.value->GetStringLength()) == head + "\n" + letter + tail);
            CHECK(span(doc, value) == "\"" + head + "\\n" + letter + tail + "\"");
            // A raw control character is a syntax fault at its own byte.
            JsonDocument broken;
            const std::string raw = "[\"" + head + '\x01' + tail + letter + "\"]";
            const auto fault = parse_strict(raw, broken);
            REQUIRE(fault);
            CHECK(fault->offset == 2 + at);
            // A string running into the end of the text (its terminating NUL) is a fault, not a read past it.
            JsonDocument open;
            CHECK(parse_strict("[\"" + letter + head, open));
        }
    }
}
