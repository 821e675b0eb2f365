// The plain parser: it takes the texts it is for, declines every other, and whatever it takes it
// parses exactly as RapidJSON's reader does (parse_agreement.hpp); where it declines, the reader's
// verdict stands unchanged.

#include "cart_generator.hpp"
#include "parse/plain_parser.hpp"
#include "parse_agreement.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cartlint::detail;

namespace {

// The first difference between the two ways of parsing, or "" (said in the failure message).
std::string parsers_disagree(std::string_view text, const ParseLimits& limits = {}) {
    return cartlint::testing::parsers_disagree(text, limits).value_or("");
}

bool plain(std::string_view text, const ParseLimits& limits = {}) {
    JsonDocument doc;
    return parse_plain(text, doc, limits);
}

// Every way a text can go wrong near each byte: cut short there, or that byte replaced.
void check_every_damage(const std::string& text) {
    static const char replacements[] = {'"', ',', ':', '{', '}', '[', ']', ' ', '\\', '0', '-', 'e', '.', 't', '\0', '\x01'};
    for (std::size_t at = 0; at <= text.size(); ++at) {
        const std::string cut = text.substr(0, at);
        CAPTURE(cut);
        CHECK(parsers_disagree(cut) == "");
        if (at == text.size()) break;
        for (char c : replacements) {
            std::string changed = text;
            changed[at] = c;
            CAPTURE(changed);
            CHECK(parsers_disagree(changed) == "");
        }
    }
}

}  // namespace

TEST_CASE("plain parser: takes plain JSON and declines the rest", "[plain-parser]") {
    std::mt19937_64 rng(7);
    const std::string cart = cartlint::bench::cart(rng, 4);
    CHECK(plain(cart));
    CHECK(plain("{}"));
    CHECK(plain(" [ 1 , -2 , true , false , null , \"x\" , { } , [ ] ] \n"));
    CHECK(plain("-0"));
    CHECK(plain("999999999999999999"));  // 18 digits

    CHECK_FALSE(plain(""));
    CHECK_FALSE(plain("\"a\\\"b\""));       // an escape
    CHECK_FALSE(plain("1.5"));              // a fraction
    CHECK_FALSE(plain("1e5"));              // an exponent
    CHECK_FALSE(plain("1000000000000000000"));  // 19 digits
    CHECK_FALSE(plain("01"));
    CHECK_FALSE(plain("{\"a\":1,}"));       // a syntax error
    CHECK_FALSE(plain("{} x"));
    CHECK_FALSE(plain(std::string("{}\0", 3)));
    CHECK_FALSE(plain(std::string("\"a\0b\"", 5)));
    CHECK_FALSE(plain("\"tab\there\""));    // a control character
    CHECK_FALSE(plain("[1,2,3]", ParseLimits{.max_members = 2}));
    CHECK_FALSE(plain("[[[]]]", ParseLimits{.max_depth = 2}));
    CHECK_FALSE(plain("\"abcd\"", ParseLimits{.max_string_length = 3}));
    CHECK_FALSE(plain("{\"abcd\":1}", ParseLimits{.max_string_length = 3}));
}

TEST_CASE("plain parser: the same DOM, numbers and source map as RapidJSON's reader", "[plain-parser]") {
    for (const char* text : {"0", "-0", "7", "-7", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295",
                             "4294967296", "-4294967296", "999999999999999999", "-999999999999999999", "9223372036854775807",
                             "-9223372036854775808", "18446744073709551615", "18446744073709551616", "true", "false", "null",
                             "\"\"", "\"x\"", "[]", "{}", "[[],{}]", "{\"\":\"\"}", "{\"a\":{\"b\":[1,{\"c\":null}]},\"d\":\"e\"}",
                             " \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : { } } \t\r\n", "{\"a\":1,\"a\":2}"}) {
        CAPTURE(text);
        CHECK(parsers_disagree(text) == "");
    }
    std::mt19937_64 rng(11);
    for (int i = 0; i < 20; ++i) {
        const std::string cart = cartlint::bench::cart(rng, 1 + i % 5);
        CHECK(parsers_disagree(cart) == "");
    }
}

TEST_CASE("plain parser: the same limits and verdicts as RapidJSON's reader", "[plain-parser]") {
    for (const ParseLimits& limits : {ParseLimits{.max_depth = 2}, ParseLimits{.max_string_length = 3}, ParseLimits{.max_members = 2}}) {
        for (const char* text : {"[[[]]]", "[[]]", "[1,2,3]", "[1,2]", "{\"a\":1,\"b\":2,\"c\":3}", "\"abcd\"", "\"abc\"",
                                 "{\"abcd\":1}", "{\"abc\":\"abcd\"}"}) {
            CAPTURE(text, limits.max_depth, limits.max_members, limits.max_string_length);
            CHECK(parsers_disagree(text, limits) == "");
        }
    }
    CHECK(parsers_disagree(std::string(600, '[') + std::string(600, ']')) == "");  // limit/depth
}

TEST_CASE("plain parser: every damaged cart gets the reader's verdict", "[plain-parser]") {
    check_every_damage("{\"a\":[1,-20,true,false,null,\"xy\",{},[]],\"b\":{\"c\":0}}");
    std::mt19937_64 rng(3);
    check_every_damage(cartlint::bench::cart(rng, 1));
}

TEST_CASE("plain parser: every corpus file parses as with RapidJSON's reader", "[plain-parser]") {
    std::size_t files = 0, taken = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(cartlint::test::source_path("corpus"))) {
        if (!entry.is_regular_file()) continue;
        const std::string text = cartlint::test::read_file(entry.path().string());
        CAPTURE(entry.path().string());
        CHECK(parsers_disagree(text) == "");
        ++files;
        taken += plain(text);
    }
    CHECK(files > 200);
    CHECK(taken > 50);  // the plain parser is really exercised, not declining everything
}

TEST_CASE("plain parser: JSONTestSuite parses as with RapidJSON's reader", "[plain-parser-conformance][conformance]") {
    const std::filesystem::path dir = cartlint::test::conformance_path("third_party/JSONTestSuite/test_parsing");
    REQUIRE(std::filesystem::is_directory(dir));
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string text = cartlint::test::read_file(entry.path().string());
        CAPTURE(entry.path().filename().string());
        CHECK(parsers_disagree(text) == "");
        ++files;
    }
    CHECK(files > 300);
}
