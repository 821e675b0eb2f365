// The cap on findings: at most 100 of one rule per document, the first by position, then one more
// that counts every finding left out. The stages keep no more than that as the findings arise,
// so these tests check that what they keep and count is what the whole list, capped at the end,
// would have given.

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace cartlint;

namespace {

constexpr const char* item_with_findings =
    R"({"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"Monthly","termDuration":"P1W","x":1})";

std::string cart_of(int items) {
    std::string text = R"({"lineItems":[)";
    for (int i = 0; i < items; ++i) text += (i ? "," : "") + std::string(item_with_findings);
    return text + "]}";
}

// The findings of `rule`, checked to be capped: 100 listed, then the summary, which must say `more`.
void check_capped(const LintResult& r, const std::string& rule, const std::string& more) {
    const auto found = test::with_rule(r, rule);
    REQUIRE(found.size() == 101);
    for (std::size_t i = 0; i + 1 < found.size(); ++i) CHECK(found[i].message.find("more like this") == std::string::npos);
    CHECK(found.back().message == "and " + more + " more like this: only the first 100 are listed");
    CHECK_FALSE(found.back().fix);
}

}  // namespace

TEST_CASE("cap: the summary counts every fault the recovering scanner left out", "[cap]") {
    // 5,000 numbers without commas: 4,999 missing commas, 100 listed.
    std::string text = "[";
    for (int i = 0; i < 5000; ++i) text += i ? " 1" : "1";
    text += "]";
    const LintResult r = test::linter().lint(text);
    check_capped(r, "syntax/missing-comma", "4,899");
}

TEST_CASE("cap: the summary counts every finding left out, past the cap of each rule", "[cap]") {
    const LintResult r = test::linter().lint(cart_of(1000));
    check_capped(r, "schema/unknown-property", "900");
    check_capped(r, "billing/non-canonical-cycle", "900");
    check_capped(r, "schema/enum", "900");  // termDuration P1W
    // The first 100 by position are the ones listed.
    const auto unknown = test::with_rule(r, "schema/unknown-property");
    for (std::size_t i = 0; i < unknown.size(); ++i) CHECK(unknown[i].pointer == "/lineItems/" + std::to_string(i) + "/x");
    // billingCycle "Monthly" is the rule's business, not the schema's: no schema/enum there, past
    // the cap either (the rule's findings are not kept there, but they still replace the schema's).
    for (const auto& d : test::with_rule(r, "schema/enum")) CHECK(d.pointer.find("billingCycle") == std::string::npos);
}

TEST_CASE("cap: findings turned off do not count, wherever they are", "[cap]") {
    LintOptions options;
    for (int i = 0; i < 50; ++i) options.rule_settings.push_back({"schema/unknown-property", std::nullopt, "/lineItems/" + std::to_string(i)});
    const LintResult r = test::linter().lint(cart_of(300), options);
    // 250 left: 100 listed from the 51st item on, then "and 150 more".
    check_capped(r, "schema/unknown-property", "150");
    CHECK(test::with_rule(r, "schema/unknown-property").front().pointer == "/lineItems/50/x");
}

TEST_CASE("cap: a rule turned off still replaces the schema's verdict, and is not reported", "[cap]") {
    LintOptions options;
    options.rule_settings.push_back({"billing/non-canonical-cycle", std::nullopt, ""});
    const LintResult r = test::linter().lint(cart_of(300), options);
    CHECK(test::with_rule(r, "billing/non-canonical-cycle").empty());
    for (const auto& d : test::with_rule(r, "schema/enum")) CHECK(d.pointer.find("billingCycle") == std::string::npos);
}

TEST_CASE("cap: a document serialised twice is capped once, counting the inner document's findings", "[cap]") {
    std::string inner = cart_of(300), text = "\"";
    for (char c : inner) {
        if (c == '"') text += '\\';
        text += c;
    }
    text += "\"";
    const LintResult r = test::linter().lint(text);
    REQUIRE(test::with_rule(r, "syntax/stringified-json").size() == 1);
    check_capped(r, "schema/unknown-property", "200");
}

TEST_CASE("cap: findings found before validation are capped alike", "[cap]") {
    // quirk/duplicate-key reports from its own pass over the names, before the schema's walk.
    std::string text = R"({"lineItems":[)";
    for (int i = 0; i < 250; ++i) text += (i ? "," : "") + std::string(R"({"a":1,"a":2})");
    text += "]}";
    const LintResult r = test::linter().lint(text);
    const auto found = test::with_rule(r, "quirk/duplicate-key");
    REQUIRE(found.size() == 101);
    for (std::size_t i = 1; i < found.size(); ++i) CHECK(found[i - 1].begin.offset < found[i].begin.offset);
    CHECK(found.front().pointer == "/lineItems/0/a");
    CHECK(found.back().message == "and 150 more like this: only the first 100 are listed");
}
