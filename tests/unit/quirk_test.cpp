// Doc quirks: names canonicalised before validation, duplicates, and the recovering parse
// reporting every syntax fault in one pass.

#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <chrono>

using namespace cartlint;

namespace {

std::vector<std::string> rules_of(const LintResult& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics) out.push_back(d.rule);
    return out;
}

}  // namespace

TEST_CASE("quirks: a PascalCase cart validates as if it were camelCase", "[quirk]") {
    auto r = test::linter().lint(R"({"LineItems":[{"CatalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","Quantity":0,"BillingCycle":"monthly","TermDuration":"P1M"}]})");
    // No false "required property missing": the names were understood...
    CHECK(test::with_rule(r, "schema/required").empty());
    CHECK(test::with_rule(r, "quirk/property-case").size() == 5);
    // ...and the value checks ran under them, at pointers that use the names the user wrote.
    auto range = test::with_rule(r, "quantity/range");
    REQUIRE(range.size() == 1);
    CHECK(range[0].pointer == "/LineItems/0/Quantity");
    auto first = test::with_rule(r, "quirk/property-case")[0];
    REQUIRE(first.fix);
    CHECK(first.fix->safe);
    CHECK(first.fix->edits[0].text == "\"lineItems\"");
    CHECK(first.end.offset - first.begin.offset == std::string("\"LineItems\"").size());
}

TEST_CASE("quirks: doc-table names are errors, renamed and cited; case-only spellings are warnings", "[quirk]") {
    auto r = test::linter().lint(R"({"creationTimeStamp":"2018-03-15T17:15:02Z","lineItems":[{"catalogId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","cantidad":2,"billingCycle":"monthly","termDuration":"P1M"}]})");
    // Another word than the API's: the service ignores it, the property is missing: an error.
    auto names = test::with_rule(r, "quirk/doc-table-name");
    REQUIRE(names.size() == 2);
    CHECK(names[0].severity == Severity::error);
    CHECK(names[0].pointer == "/lineItems/0/catalogId");
    CHECK_THAT(names[0].message, Catch::Contains("did you mean the API's 'catalogItemId'"));
    CHECK_THAT(names[0].message, Catch::Contains("Update a cart"));
    CHECK_THAT(names[1].message, Catch::Contains("Spanish"));
    CHECK_THAT(names[1].message, Catch::Contains("'quantity'"));
    REQUIRE(names[1].fix);
    CHECK(names[1].fix->safe);
    CHECK(names[1].fix->edits[0].text == "\"quantity\"");
    // Only the case differs: the service binds it, a warning.
    auto cased = test::with_rule(r, "quirk/doc-table-case");
    REQUIRE(cased.size() == 1);
    CHECK(cased[0].severity == Severity::warning);
    CHECK_THAT(cased[0].message, Catch::Contains("'creationTimestamp'"));
    // Validation went on under the API's names: no cascade of missing properties.
    CHECK(test::with_rule(r, "schema/required").empty());
    CHECK(r.count(Severity::error) == 2);
    // Both names at once: no rename (it would duplicate), the table's name stays unknown.
    auto both = test::linter().lint(R"({"lineItems":[{"catalogId":"X","catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})");
    CHECK(test::with_rule(both, "quirk/doc-table-name").empty());
    CHECK(test::with_rule(both, "schema/unknown-property").size() == 1);
}

TEST_CASE("quirks: a PascalCase API name is property-case, not a doc-table spelling", "[quirk]") {
    auto r = test::linter().lint(R"({"CreationTimestamp":"2018-03-15T17:15:02Z","lineItems":[{"CatalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})");
    CHECK(test::with_rule(r, "quirk/property-case").size() == 2);
    CHECK(test::with_rule(r, "quirk/doc-table-case").empty());
    CHECK(test::with_rule(r, "quirk/doc-table-name").empty());
    CHECK(r.count(Severity::error) == 0);
}

TEST_CASE("quirks: duplicate names, exact or in another case, name both places", "[quirk]") {
    auto r = test::linter().lint("{\"lineItems\":[{\"catalogItemId\":\"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P\",\n\"quantity\":1,\n\"QUANTITY\":2,\n\"quantity\":3,"
                                 "\"billingCycle\":\"monthly\",\"termDuration\":\"P1M\"}]}");
    auto dups = test::with_rule(r, "quirk/duplicate-key");
    REQUIRE(dups.size() == 2);
    CHECK(dups[0].begin.line == 3);
    CHECK_THAT(dups[0].message, Catch::Contains("line 2"));
    CHECK(dups[1].begin.line == 4);
    CHECK(test::with_rule(r, "schema/unknown-property").empty());
}

TEST_CASE("quirks: type quirks from the doc tables replace the generic type error", "[quirk]") {
    auto id = test::linter().lint(R"({"lineItems":[{"id":"3","catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})");
    CHECK(rules_of(id) == std::vector<std::string>{"quirk/line-item-id-string"});
    auto ids = test::linter().lint(R"({"lineItems":[{"offerId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"additionalPartnerIdsOnRecord":"5357564, 5357563"}],"attributes":{"objectType":"Order"}})");
    auto found = test::with_rule(ids, "quirk/partner-ids-string");
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0].message, Catch::Contains(R"(["5357564", "5357563"])"));
    CHECK(test::with_rule(ids, "schema/type").empty());
}

TEST_CASE("recovery: every syntax fault is reported in one pass, at its own place", "[quirk][recovery]") {
    const std::string text = "{\n"
                             "  // copied from the docs\n"
                             "  'lineItems': [\n"
                             "    {catalogItemId: \"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P\", \"quantity\": 1 \"billingCycle\": \"monthly\",},\n"
                             "  ],\n"
                             "}\n";
    auto r = test::linter().lint(text);
    std::vector<std::pair<std::string, std::uint32_t>> syntax;
    for (const auto& d : r.diagnostics)
        if (d.rule.rfind("syntax/", 0) == 0) syntax.emplace_back(d.rule, d.begin.line);
    CHECK(syntax == std::vector<std::pair<std::string, std::uint32_t>>{
                        {"syntax/comment", 2}, {"syntax/single-quotes", 3}, {"syntax/unquoted-key", 4},
                        {"syntax/missing-comma", 4}, {"syntax/trailing-comma", 4}, {"syntax/trailing-comma", 4}, {"syntax/trailing-comma", 5}});
    // The repaired document is validated too: the missing termDuration is found behind the faults.
    CHECK(test::with_rule(r, "billing/missing-term").size() == 1);
    CHECK(test::with_rule(r, "billing/missing-term")[0].begin.line == 4);
}

TEST_CASE("recovery: hostile input ends in diagnostics, quickly", "[quirk][recovery][limits]") {
    for (std::string text : {std::string(200000, '{'), std::string(200000, '['), std::string(100000, '"'), std::string(100000, ','),
                             std::string(50000, '\'') + "x", std::string("{\"a\":") + std::string(100000, '\x01'), std::string(100000, '}'),
                             std::string("[") + std::string(100000, '\x80') + "]"}) {
        auto r = test::linter().lint(text);
        CHECK_FALSE(r.diagnostics.empty());
        CHECK(r.count(Severity::error) > 0);
        for (const auto& d : r.diagnostics) CHECK(d.rule != "internal/error");
    }
}

TEST_CASE("recovery: wide objects and arrays cost linear time", "[quirk][limits][timing]") {
    // Every stage steps through children, never looks them up one by one. Measured as a ratio,
    // so it holds in slow builds too: twice the width must cost about twice the time (the
    // quadratic code this guards against took four times, and minutes at the member limit).
    auto participants = [](int n) {
        std::string t = R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M","participants":[)";
        for (int i = 0; i < n; ++i) t += (i ? "," : "") + std::string(R"({"key":"additional_transaction_reseller","value":")") + std::to_string(i % (n - n / 5)) + "\"}";
        return t + "]}]}";
    };
    auto members = [](int n) {
        std::string t = "{";
        for (int i = 0; i < n; ++i) t += (i ? ",\"a" : "\"a") + std::to_string(i) + "\":0";
        return t + ",\"A1\":1}";
    };
    auto elements = [](int n) {
        std::string t = "[0";
        for (int i = 1; i < n; ++i) t += ",0";
        return t + "]";
    };
    auto seconds = [](const std::string& text) {
        double best = 1e9;
        for (int run = 0; run < 3; ++run) {
            const auto start = std::chrono::steady_clock::now();
            auto r = test::linter().lint(text);
            CHECK_FALSE(r.diagnostics.empty());
            best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        return best;
    };
    for (auto make : {+participants, +members, +elements}) {
        const double once = seconds(make(20000)), twice = seconds(make(40000));
        CAPTURE(once, twice);
        CHECK(twice < 3.0 * once + 0.05);
    }
}

// The translated Update a cart pages translate property names in their tables (es, ja, fr, pt, tr,
// hu, zh-tw); copied into a payload, each is a property the service never reads.
TEST_CASE("quirks: translated property names in every locale are errors with the API's name", "[quirk][translations]") {
    const std::pair<const char*, const char*> cases[] = {
        {"cantidad", "quantity"}, {"quantidade", "quantity"}, {"miktar", "quantity"}, {"数量", "quantity"},
        {"quantité", "quantity"}, {"termoDuração", "termDuration"}, {"Katılımcılar", "participants"}, {"erreur", "error"}};
    for (const auto& [translated, api] : cases) {
        CAPTURE(translated);
        const bool quantity = std::string(api) == "quantity";
        const std::string text = std::string(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","billingCycle":"one_time",)") +
                                 (quantity ? "" : R"("quantity":1,)") + "\"" + translated + "\":" + (quantity ? "1" : "null") + "}]}";
        auto r = test::linter().lint(text);
        auto names = test::with_rule(r, "quirk/doc-table-name");
        REQUIRE(names.size() == 1);
        CHECK(names[0].severity == Severity::error);
        CHECK_THAT(names[0].message, Catch::Contains(std::string("did you mean the API's '") + api + "'"));
        // Checked under the API's name: no second finding for the same mistake.
        CHECK(test::with_rule(r, "schema/required").empty());
        CHECK(test::with_rule(r, "schema/unknown-property").empty());
    }
    // A translation that differs only in case is read by the service: a warning.
    auto cased = test::linter().lint(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"one_time","Friendlyname":"x"}]})");
    CHECK(test::with_rule(cased, "quirk/property-case").size() == 1);
    CHECK(cased.count(Severity::error) == 0);
}
