// Each syntax fault gets its own rule and the position of the fault itself.

#include "test_support.hpp"

#include <cartlint/rules.hpp>

#include <catch2/catch.hpp>

using namespace cartlint;

namespace {

// Syntax findings carry their rule's documented severity (warnings where lenient readers accept it).
Severity default_severity_of(std::string_view rule) {
    const RuleDoc* doc = find_rule_doc(rule);
    REQUIRE(doc);
    return doc->severity;
}

struct Case {
    std::string text;
    std::string rule;
    std::uint32_t line;
    std::uint32_t column;
};

}  // namespace

TEST_CASE("syntax: each fault is named and placed", "[syntax]") {
    const std::vector<Case> cases = {
        {"", "syntax/empty-document", 1, 1},
        {"  \n ", "syntax/empty-document", 2, 2},
        {"{\"a\":1,}", "syntax/trailing-comma", 1, 7},
        {"[1,\n2,\n]", "syntax/trailing-comma", 2, 2},
        {"{\"a\":1\n\"b\":2}", "syntax/missing-comma", 1, 7},
        {"[1 2]", "syntax/missing-comma", 1, 3},
        {"{\"a\":1,\n  - Base offer\n}", "syntax/prose", 2, 3},
        {"{\"a\":1; \"b\":2}", "syntax/semicolon", 1, 7},
        {"[1;]", "syntax/semicolon", 1, 3},
        {"{\n\xC2\xA0\"a\":1}", "syntax/non-breaking-space", 2, 1},
        {"?{\"a\":1}", "syntax/text-before-document", 1, 1},
        {"{\"a\": \xE2\x80\x9Cx\xE2\x80\x9D}", "syntax/smart-quotes", 1, 7},
        {"{\n  id\": 1}", "syntax/missing-quote", 2, 3},
        {"[{\"a\":1\n]", "syntax/missing-close-bracket", 1, 8},
        {"{\"a\":[1,2}", "syntax/missing-close-bracket", 1, 10},
        {"{\"a\" 1}", "syntax/missing-colon", 1, 5},
        {"{\"a\":", "syntax/unexpected-end", 1, 6},
        {"{\"a\":[1,2", "syntax/unexpected-end", 1, 10},
        {"\xEF\xBB\xBF{}", "syntax/byte-order-mark", 1, 1},
        {std::string("{}\0", 3), "syntax/nul-byte", 1, 3},
        {std::string("{\"a\":\0}", 7), "syntax/nul-byte", 1, 6},
        {"{\"a\":\"\xC3\x28\"}", "syntax/invalid-utf8", 1, 7},
        {"{\"a\":\"x\ty\"}", "syntax/control-character", 1, 8},
        {"{\"a\":\"open\n}", "syntax/unterminated-string", 1, 11},
        {"{\"a\":\"open", "syntax/unexpected-end", 1, 11},
        {"{} {}", "syntax/trailing-content", 1, 4},
        {"{\"a\":\"\\x\"}", "syntax/invalid-escape", 1, 7},
        {"{\"a\":\"\\u12\"}", "syntax/invalid-escape", 1, 7},
        {"{\"a\":01}", "syntax/invalid-number", 1, 6},
        {"{\"a\":1.}", "syntax/invalid-number", 1, 6},
        {"{\"a\":1e}", "syntax/invalid-number", 1, 6},
        {"{\"a\":tru}", "syntax/invalid-value", 1, 6},
        {"{\"a\":nul", "syntax/invalid-value", 1, 6},
        {"{\"a\":True}", "syntax/invalid-value", 1, 6},
        {"{// note\n}", "syntax/comment", 1, 2},
        {"{\"a\":1 /* note */}", "syntax/comment", 1, 8},
        {"{'a':1}", "syntax/single-quotes", 1, 2},
        {"{\"a\":'x'}", "syntax/single-quotes", 1, 6},
        {"{a:1}", "syntax/unquoted-key", 1, 2},
        {"{1:1}", "syntax/missing-name", 1, 2},
        {"{\"a\":1 #}", "syntax/unexpected-character", 1, 8},
        {"{\"ids\": \"1\", \"2\" ]}", "syntax/missing-open-bracket", 1, 9},
        {"{ {\"a\":1} }", "syntax/extra-braces", 1, 1},
        {"{\"a\": }", "syntax/missing-value", 1, 7},
        {"[1,,2]", "syntax/extra-comma", 1, 4},
        {"{\"a\":[1}", "syntax/missing-close-bracket", 1, 8},
        {"[1}", "syntax/mismatched-bracket", 1, 3},
        {"{\"lineItems\":[ ... ]}", "syntax/placeholder", 1, 16},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        auto all = test::linter().lint(c.text);
        std::vector<Diagnostic> syntax;
        for (const auto& d : all.diagnostics)
            if (d.rule.rfind("syntax/", 0) == 0) syntax.push_back(d);
        REQUIRE_FALSE(syntax.empty());  // the repaired text may raise schema findings too
        const Diagnostic& d = syntax[0];
        CHECK(d.rule == c.rule);
        CHECK(d.severity == default_severity_of(c.rule));
        CHECK(d.begin.line == c.line);
        CHECK(d.begin.column == c.column);
        CHECK(d.pointer.empty());
        CHECK_FALSE(d.message.empty());
    }
}

TEST_CASE("syntax: the seed pages' samples fail at the faulty line", "[syntax][docs]") {
    struct Sample {
        const char* file;
        const char* rule;
        std::uint32_t line;
    };
    // Where the fault is, not where a parser gives up (RapidJSON: lines 49, 2 and 19).
    const Sample samples[] = {
        {"corpus/docs/en-checkout-sample.json", "syntax/missing-open-bracket", 46},
        {"corpus/docs/en-request-body.json", "syntax/extra-braces", 1},
        {"corpus/docs/en-request-body.json", "syntax/trailing-comma", 21},
        {"corpus/docs/en-response-body.json", "syntax/missing-comma", 18},
        {"corpus/docs/es-checkout-sample.json", "syntax/missing-open-bracket", 46},
        {"corpus/docs/es-request-body.json", "syntax/extra-braces", 1},
        {"corpus/docs/es-request-body.json", "syntax/trailing-comma", 21},
        {"corpus/docs/es-response-body.json", "syntax/missing-comma", 18},
    };
    for (const auto& s : samples) {
        CAPTURE(s.file, s.rule);
        auto result = test::linter().lint(test::read_file(test::source_path(s.file)));
        auto found = test::with_rule(result, s.rule);
        REQUIRE(found.size() == 1);
        CHECK(found[0].begin.line == s.line);
        CHECK(found[0].fix);
        CHECK(found[0].fix->safe);
    }
}

TEST_CASE("syntax: nesting beyond the limit is a limit finding - not a crash", "[syntax][limits]") {
    std::string deep(100000, '[');
    auto unclosed = test::linter().lint(deep);
    REQUIRE(unclosed.diagnostics.size() == 1);
    CHECK(unclosed.diagnostics[0].rule == "syntax/unexpected-end");  // a syntax error wins over the limit

    std::string closed = std::string(1000, '[') + std::string(1000, ']');
    auto limited = test::linter().lint(closed);
    REQUIRE(limited.diagnostics.size() == 1);
    CHECK(limited.diagnostics[0].rule == "limit/depth");
    CHECK(limited.diagnostics[0].begin.column == 513);

    std::string within = std::string(100, '[') + std::string(100, ']');
    auto fine = test::linter().lint(within);
    REQUIRE(fine.diagnostics.size() == 1);
    CHECK(fine.diagnostics[0].rule == "schema/type");  // parsed, then validated: a cart is an object
}

TEST_CASE("syntax: size, string and member limits are findings, and syntax errors still win", "[syntax][limits]") {
    auto only = [](const LintResult& r) { return r.diagnostics.size() == 1 ? r.diagnostics[0].rule : std::string("(several)"); };
    std::string big_string = "{\"friendlyName\":\"" + std::string((1u << 20) + 1, 'a') + "\"}";
    CHECK(only(test::linter().lint(big_string)) == "limit/string-length");
    auto both = test::linter().lint(big_string + "x");  // the trailing text, then the repaired document's long string
    CHECK(test::with_rule(both, "syntax/trailing-content").size() == 1);
    CHECK(test::with_rule(both, "limit/string-length").size() == 1);
    std::string big_name = "{\"" + std::string((1u << 20) + 1, 'k') + "\":1}";
    CHECK(only(test::linter().lint(big_name)) == "limit/string-length");
    std::string many = "[";
    for (int i = 0; i <= 100000; ++i) many += i ? ",0" : "0";
    many += "]";
    CHECK(only(test::linter().lint(many)) == "limit/member-count");
    std::string huge((64u << 20) + 1, ' ');
    CHECK(only(test::linter().lint(huge)) == "limit/document-size");
    // Numbers: beyond double is a syntax finding; beyond int64 in an integer field is a type finding.
    // ...and it does not hide the other findings: the rest of the document is still checked.
    auto beyond = test::linter().lint(R"({"lineItems":[],"n":1e400})");
    CHECK(test::with_rule(beyond, "syntax/invalid-number").size() == 1);
    CHECK(test::with_rule(beyond, "schema/min-items").size() == 1);
    CHECK(test::with_rule(beyond, "schema/unknown-property").size() == 1);
    auto wide = test::linter().lint(R"({"lineItems":[{"lineItemNumber":99999999999999999999,"offerId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1}],"attributes":{"objectType":"Order"}})");
    REQUIRE(test::with_rule(wide, "schema/type").size() == 1);
    CHECK_THAT(test::with_rule(wide, "schema/type")[0].message, Catch::Contains("must be an integer"));
}

// After a recovery that had to guess, only findings that do not rest on the guess are reported.
TEST_CASE("syntax: findings that rest on a recovery guess are not reported", "[syntax][recovery][guess]") {
    const char* item = R"({"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"})";
    // The guessed null of a missing value is not "quantity must be an integer".
    auto missing = test::linter().lint(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity": ,"billingCycle":"monthly","termDuration":"P1M"}]})");
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].rule == "syntax/missing-value");
    // A truncated line item is not "missing" what was cut off...
    auto cut = test::linter().lint(std::string(R"({"lineItems":[)") + item + R"(,{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P")");
    CHECK(test::with_rule(cut, "schema/required").empty());
    CHECK(test::with_rule(cut, "syntax/unexpected-end").size() == 1);
    // ...but a complete line item before the cut is still checked in full.
    auto before = test::linter().lint(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","billingCycle":"monthy"},{"catalogItemId":"X")");
    CHECK(test::with_rule(before, "billing/invalid-cycle").size() == 1);
    auto required = test::with_rule(before, "schema/required");
    REQUIRE(required.size() == 1);
    CHECK(required[0].pointer == "/lineItems/0");
    // A bad byte inside a string is the string's problem only: the unknown member is still named.
    auto utf8 = test::linter().lint("{\"lineItems\":[" + std::string(item) + "],\"friendlyName\":\"caf\xe9\"}");
    CHECK(test::with_rule(utf8, "syntax/invalid-utf8").size() == 1);
    CHECK(test::with_rule(utf8, "schema/unknown-property").size() == 1);
}

// A body serialised twice is named, and the document inside the string is checked too, each
// finding on the characters of the string it comes from.
TEST_CASE("syntax: a stringified body is named and its inner document checked", "[syntax][stringified]") {
    const std::string text = R"("{\"lineItems\":[{\"catalogItemId\":\"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P\",\"quantity\":0,\"billingCycle\":\"monthy\",\"termDuration\":\"P1M\"}]}")";
    auto r = test::linter().lint(text);
    CHECK(r.kind == DocumentKind::cart);
    REQUIRE(test::with_rule(r, "syntax/stringified-json").size() == 1);
    CHECK(test::with_rule(r, "syntax/stringified-json")[0].severity == Severity::error);
    auto quantity = test::with_rule(r, "quantity/range");
    REQUIRE(quantity.size() == 1);
    CHECK(text.substr(quantity[0].begin.offset, 1) == "0");
    auto cycle = test::with_rule(r, "billing/invalid-cycle");
    REQUIRE(cycle.size() == 1);
    // "monthy" inside the string starts with its escaped quote: \"monthy\"
    CHECK(text.substr(cycle[0].begin.offset, 8) == "\\\"monthy");
    CHECK_FALSE(cycle[0].fix.has_value());
    // A plain string, or one holding no JSON document, is just a wrong type.
    CHECK(test::with_rule(test::linter().lint(R"("hello")"), "syntax/stringified-json").empty());
    CHECK(test::with_rule(test::linter().lint(R"("hello")"), "schema/type").size() == 1);
}

// UTF-16 and UTF-32 text: one finding, and no fix that would treat it as UTF-8 bytes.
TEST_CASE("syntax: UTF-16 and UTF-32 text is named once, with no fix", "[syntax][encoding]") {
    using namespace std::string_literals;
    const std::string utf16le = "\xFF\xFE{\0\"\0a\0\"\0:\0""1\0}\0"s;
    const std::string utf16be_no_bom = "\0{\0\"\0a\0\"\0:\0""1\0}"s;
    const std::string utf32le = "\xFF\xFE\0\0{\0\0\0}\0\0\0"s;
    for (const std::string& text : {utf16le, utf16be_no_bom, utf32le}) {
        auto r = test::linter().lint(text);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].rule == "syntax/encoding");
        CHECK(r.diagnostics[0].severity == Severity::error);
        CHECK_FALSE(r.diagnostics[0].fix.has_value());
    }
    CHECK_THAT(test::linter().lint(utf16le).diagnostics[0].message, Catch::Contains("UTF-16LE"));
    // UTF-8 with a NUL or two is not UTF-16.
    CHECK(test::with_rule(test::linter().lint("{\"a\":1}\0"s), "syntax/encoding").empty());
}
