// Every rule: its documented example fires it, its correction does not; then the edge cases.

#include "test_support.hpp"

#include <cartlint/rules.hpp>

#include "rules/context/needed_context.hpp"
#include "rules/registry.hpp"

#include <catch2/catch.hpp>

using namespace cartlint;

namespace {

// The context a rule needs to fire, as the rule declares it (ValueRule::needs), on a fixed clock.
LintOptions options_for(std::string_view rule) {
    LintOptions o;
    o.now = parse_timestamp("2018-04-01T00:00:00Z");
    // The examples of an HTTP message's and a doc page's rules are a message and a page (one
    // without a request line is no message by its content: http/no-message's).
    if (rule.starts_with("http/")) o.kind = DocumentKind::http;
    if (rule.starts_with("doc/")) o.kind = DocumentKind::markdown;
    for (const detail::ValueRule* r : detail::value_rules()) {
        if (r->doc().id != rule) continue;
        // Values that make the rule's own example fire: a customer outside the EU/EFTA, and the
        // provider id the examples name as a reseller.
        if (r->needs() == detail::NeededContext::customer_country) o.customer_country = "GB";
        if (r->needs() == detail::NeededContext::provider_id) o.provider_id = "873452";
    }
    return o;
}

std::size_t fired(const LintResult& r, std::string_view rule) {
    std::size_t n = 0;
    for (const auto& d : r.diagnostics) n += d.rule == rule;
    return n;
}

LintResult lint(const std::string& text, LintOptions o = {}) { return test::linter().lint(text, o); }

LintOptions with_context() {
    LintOptions o;
    o.customer_country = "DE";
    o.provider_id = "873452";
    o.now = parse_timestamp("2018-03-16T00:00:00Z");
    return o;
}

const char* cart_item(const char* fields) {
    static thread_local std::string text;
    text = std::string(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P",)") + fields + "}]}";
    return text.c_str();
}

}  // namespace

TEST_CASE("rules: each documented example fires its rule and its correction does not", "[rules]") {
    std::size_t checked = 0;
    for (const RuleDoc& rule : rule_docs()) {
        // syntax: tests/unit/syntax_test.cpp; config (examples of .cartlint.json): tests/unit/config_test.cpp
        if (rule.bad.empty() || rule.id.starts_with("syntax/") || rule.id.starts_with("config/")) continue;
        CAPTURE(rule.id);
        auto o = options_for(rule.id);
        CHECK(fired(lint(std::string(rule.bad), o), rule.id) >= 1);
        CHECK(fired(lint(std::string(rule.good), o), rule.id) == 0);
        auto bad = lint(std::string(rule.bad), o);
        for (const auto& d : bad.diagnostics)
            if (d.rule == rule.id) CHECK(d.severity == rule.severity);
        ++checked;
    }
    CHECK(checked >= 30);
}

TEST_CASE("rules: the valid corpus is clean with full context", "[rules][corpus]") {
    for (const char* file : {"corpus/valid/cart-eu-resellers.json", "corpus/valid/cart-line-item.json", "corpus/valid/cart-minimal.json",
                             "corpus/valid/doc-checkout-sample-corrected.json", "corpus/valid/doc-request-body-corrected.json",
                             "corpus/valid/doc-response-body-corrected.json", "corpus/valid/order.json"}) {
        CAPTURE(file);
        CHECK(lint(test::read_file(test::source_path(file)), with_context()).diagnostics.empty());
    }
}

TEST_CASE("rules: billing cycles are read as the SDKs' converter reads them", "[rules][billing]") {
    for (const char* ok : {"monthly", "annual", "none", "one_time", "triennial", "biennial"}) {
        CAPTURE(ok);
        auto r = lint(cart_item((std::string(R"("quantity":1,"termDuration":"P1Y","billingCycle":")") + ok + "\"").c_str()), with_context());
        CHECK(fired(r, "billing/invalid-cycle") == 0);
        CHECK(fired(r, "billing/non-canonical-cycle") == 0);
        CHECK(fired(r, "schema/enum") == 0);
    }
    for (const char* readable : {"Monthly", "OneTime", "One_Time", "oneTime", "TRIENNIAL_"}) {
        CAPTURE(readable);
        auto r = lint(cart_item((std::string(R"("quantity":1,"billingCycle":")") + readable + "\"").c_str()), with_context());
        bool really_readable = std::string(readable) != "TRIENNIAL_";
        CHECK(fired(r, "billing/non-canonical-cycle") == (really_readable ? 1u : 0u));
        CHECK(fired(r, "billing/invalid-cycle") == (really_readable ? 0u : 1u));
        CHECK(fired(r, "schema/enum") == 0);  // superseded by the rule at the same place
    }
    for (const char* unreadable : {"monthy", "onetime", "ONE_TIME", "unknown", "Unknown", ""}) {
        CAPTURE(unreadable);
        auto r = lint(cart_item((std::string(R"("quantity":1,"billingCycle":")") + unreadable + "\"").c_str()), with_context());
        CHECK(fired(r, "billing/invalid-cycle") == 1);
        CHECK(r.count(Severity::error) == 1);
    }
    auto object = lint(cart_item(R"("quantity":1,"billingCycle":{"name":"monthly"})"), with_context());
    CHECK(fired(object, "billing/invalid-cycle") == 1);
    CHECK(fired(object, "schema/type") == 0);
    auto fix = lint(cart_item(R"("quantity":1,"termDuration":"P1M","billingCycle":"Monthly")"), with_context());
    REQUIRE(fired(fix, "billing/non-canonical-cycle") == 1);
    REQUIRE(fix.diagnostics[0].fix);
    CHECK(fix.diagnostics[0].fix->edits[0].text == "\"monthly\"");
}

TEST_CASE("rules: terms that contradict the billing cycle - and missing terms", "[rules][billing]") {
    CHECK(fired(lint(cart_item(R"("quantity":1,"billingCycle":"annual","termDuration":"P1M")"), with_context()), "billing/term-mismatch") == 1);
    CHECK(fired(lint(cart_item(R"("quantity":1,"billingCycle":"annual","termDuration":"P3Y")"), with_context()), "billing/term-mismatch") == 0);
    CHECK(fired(lint(cart_item(R"("quantity":1,"billingCycle":"monthly","termDuration":"P3Y")"), with_context()), "billing/term-mismatch") == 0);
    // Azure reservations and savings plans: one_time with a one- or three-year term (create-a-cart examples).
    CHECK(fired(lint(cart_item(R"("quantity":1,"billingCycle":"one_time","termDuration":"P1Y")"), with_context()), "billing/term-mismatch") == 0);
    CHECK(fired(lint(cart_item(R"("quantity":1,"billingCycle":"one_time","termDuration":"P3Y")"), with_context()), "billing/term-mismatch") == 0);
    CHECK(fired(lint(cart_item(R"("quantity":1,"billingCycle":"triennial","termDuration":"P1M")"), with_context()), "billing/term-mismatch") == 1);
    CHECK(fired(lint(cart_item(R"("quantity":1,"billingCycle":"annual")"), with_context()), "billing/missing-term") == 1);
    CHECK(fired(lint(cart_item(R"("quantity":1,"billingCycle":"one_time")"), with_context()), "billing/missing-term") == 0);
    CHECK(fired(lint(cart_item(R"("quantity":1,"billingCycle":"none")"), with_context()), "billing/missing-term") == 0);
    // Legacy offers (GUID catalog ids) are not bought for a term.
    CHECK(fired(lint(R"({"lineItems":[{"catalogItemId":"91FD106F-4B2C-4938-95AC-F54F74E9A239","quantity":1,"billingCycle":"monthly"}]})", with_context()),
                "billing/missing-term") == 0);
}

TEST_CASE("rules: quantity", "[rules][quantity]") {
    struct Case {
        const char* value;
        const char* rule;  // nullptr: nothing fires
    };
    const Case cases[] = {
        {"1", nullptr},        {"2147483647", nullptr},           {"\"2\"", "quantity/numeric-string"},
        {"0", "quantity/range"}, {"-3", "quantity/range"},        {"1.5", "quantity/range"},
        {"2147483648", "quantity/range"}, {"1e12", "quantity/range"}, {"\"1.5\"", "quantity/range"},
        {"\"0\"", "quantity/range"},      {"\"two\"", "schema/type"}, {"true", "schema/type"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.value);
        auto r = lint(cart_item((std::string(R"("billingCycle":"monthly","termDuration":"P1M","quantity":)") + c.value).c_str()), with_context());
        if (!c.rule) {
            CHECK(r.diagnostics.empty());
            continue;
        }
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].rule == c.rule);
        CHECK(r.diagnostics[0].pointer == "/lineItems/0/quantity");
    }
    auto fix = lint(cart_item(R"("billingCycle":"monthly","termDuration":"P1M","quantity":"12")"), with_context());
    REQUIRE(fix.diagnostics.size() == 1);
    REQUIRE(fix.diagnostics[0].fix);
    CHECK(fix.diagnostics[0].fix->edits[0].text == "12");
}

TEST_CASE("rules: resellers - the EU/EFTA rule and the indirect provider", "[rules][partner]") {
    const std::string additional = cart_item(
        R"("quantity":1,"billingCycle":"annual","termDuration":"P1Y","participants":[{"key":"transaction_reseller","value":"517285"},
           {"key":"additional_transaction_reseller","value":"5357564"}])");
    for (const char* country : {"DE", "FR", "NO", "CH", "IS", "LI", "EL", "GR"}) {
        CAPTURE(country);
        auto o = with_context();
        o.customer_country = country;
        CHECK(fired(lint(additional, o), "partner/eu-efta-only") == 0);
    }
    for (const char* country : {"GB", "US", "TR"}) {
        CAPTURE(country);
        auto o = with_context();
        o.customer_country = country;
        CHECK(fired(lint(additional, o), "partner/eu-efta-only") == 1);
    }
    auto no_country = with_context();
    no_country.customer_country.reset();
    auto r = lint(additional, no_country);
    CHECK(fired(r, "partner/eu-efta-only") == 0);
    CHECK(fired(r, "context/customer-country") == 1);
    CHECK(r.count(Severity::error) == 0);

    // Said once per document, however many line items need it.
    auto two = lint(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M",
        "participants":[{"key":"additional_transaction_reseller","value":"1"}]},{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,
        "billingCycle":"monthly","termDuration":"P1M","participants":[{"key":"additional_transaction_reseller","value":"2"}]}]})");
    CHECK(fired(two, "context/customer-country") == 1);
    CHECK(fired(two, "context/provider-id") == 1);

    auto provider = with_context();
    provider.provider_id = "5357564";
    auto p = lint(additional, provider);
    REQUIRE(fired(p, "partner/indirect-provider") == 1);
    CHECK(test::with_rule(p, "partner/indirect-provider")[0].pointer == "/lineItems/0/participants/1/value");

    // The doc table's name on a cart line item counts as additional resellers too.
    auto table = lint(cart_item(R"("quantity":1,"billingCycle":"annual","termDuration":"P1Y",
        "additionalPartnerIdsOnRecord":["1","2","3","4","5","6"])"), with_context());
    CHECK(fired(table, "partner/too-many-additional") == 1);
    CHECK(fired(table, "schema/max-items") == 0);
    CHECK(fired(table, "partner/additional-ids-on-cart") == 1);

    auto repeated = lint(cart_item(R"("quantity":1,"billingCycle":"annual","termDuration":"P1Y","participants":[
        {"key":"transaction_reseller","value":"517285"},{"key":"additional_transaction_reseller","value":"517285"},
        {"key":"additional_transaction_reseller","value":"42"},{"key":"additional_transaction_reseller","value":"42"}])"), with_context());
    CHECK(fired(repeated, "partner/repeated-reseller") == 2);

    auto key = lint(cart_item(R"("quantity":1,"billingCycle":"annual","termDuration":"P1Y","participants":[{"key":"TransactionReseller","value":"1"}])"),
                    with_context());
    REQUIRE(fired(key, "partner/participant-key") == 1);
    CHECK_THAT(key.diagnostics[0].message, Catch::Contains("did you mean \"transaction_reseller\""));
    CHECK(fired(key, "schema/enum") == 0);
}

TEST_CASE("rules: cart timestamps", "[rules][cart]") {
    auto cart = [](const char* fields) {
        return std::string("{") + fields +
               R"(,"lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})";
    };
    auto o = with_context();
    CHECK(lint(cart(R"("creationTimestamp":"2018-03-15T17:15:02.3840528Z","expirationTimestamp":"2018-03-22T17:15:02.3840528Z")"), o).diagnostics.empty());
    // The service stamps the expiry seconds after the creation (published responses: 7 days + 2 to 19 s).
    CHECK(fired(lint(cart(R"("creationTimestamp":"2018-03-15T17:15:02Z","expirationTimestamp":"2018-03-22T17:15:21Z")"), o), "cart/expiration-window") == 0);
    CHECK(fired(lint(cart(R"("creationTimestamp":"2018-03-15T17:15:02Z","expirationTimestamp":"2018-03-22T17:20:02Z")"), o), "cart/expiration-window") == 0);
    CHECK(fired(lint(cart(R"("creationTimestamp":"2018-03-15T17:15:02Z","expirationTimestamp":"2018-03-22T17:20:03Z")"), o), "cart/expiration-window") == 1);
    CHECK(fired(lint(cart(R"("creationTimestamp":"2018-03-15T17:15:02Z","expirationTimestamp":"2018-03-15T17:15:02Z")"), o),
                "cart/expiration-before-creation") == 1);
    // Offsets are honoured: 18:00+01:00 is 17:00Z, before the creation.
    CHECK(fired(lint(cart(R"("creationTimestamp":"2018-03-15T17:15:02Z","lastModifiedTimestamp":"2018-03-15T18:00:00+01:00")"), o),
                "cart/modified-before-creation") == 1);
    // The .NET SDK's unset expiry is an info, and no expiry check runs on it.
    auto unset = lint(cart(R"("creationTimestamp":"2018-03-15T17:15:02Z","expirationTimestamp":"0001-01-01T00:00:00")"), o);
    REQUIRE(unset.diagnostics.size() == 1);
    CHECK(unset.diagnostics[0].rule == "format/unset-date-time");
    CHECK(unset.diagnostics[0].severity == Severity::info);
    auto late = o;
    late.now = parse_timestamp("2018-03-22T17:15:03Z");
    CHECK(fired(lint(cart(R"("expirationTimestamp":"2018-03-22T17:15:02Z")"), late), "cart/expired") == 1);
    CHECK(fired(lint(cart(R"("expirationTimestamp":"2018-03-22T17:15:04Z")"), late), "cart/expired") == 0);
}

TEST_CASE("rules: provisioning context and orders", "[rules][provisioning][order]") {
    auto reservation = [](const char* scope, const char* duration) {
        return cart_item((std::string(R"("quantity":1,"billingCycle":"one_time","provisioningContext":{"subscriptionId":"cccc2c2c-dd3d-ee4e-ff5f-aaaaaa6a6a6a","scope":")") +
                          scope + R"(","duration":")" + duration + "\"}").c_str());
    };
    CHECK(lint(reservation("single", "3Years"), with_context()).diagnostics.empty());
    auto r = lint(reservation("Shared", "3Year"), with_context());
    CHECK(fired(r, "provisioning/reservation-scope") == 1);
    CHECK(fired(r, "provisioning/reservation-duration") == 1);
    CHECK_THAT(test::with_rule(r, "provisioning/reservation-duration")[0].message, Catch::Contains("\"3Years\""));

    auto numbers = lint(R"({"lineItems":[{"lineItemNumber":1,"offerId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1},
        {"lineItemNumber":5,"offerId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1}],"attributes":{"objectType":"Order"}})", with_context());
    CHECK(fired(numbers, "order/line-item-number") == 1);  // 5 is out of range; 1 is fine
}

TEST_CASE("rules: format rules fire only where the schema names the format", "[rules][format]") {
    auto o = with_context();
    // An order id is "not always a GUID" (f76c6b7f449d): no format/guid there.
    CHECK(lint(R"({"id":"f76c6b7f449d","lineItems":[{"offerId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1}],"attributes":{"objectType":"Order"}})", o)
              .diagnostics.empty());
    auto guid = lint(R"({"id":"{b4c8fdea-cbe4-4d17-9576-13fcacbf9605}","lastModifiedUser":"me",
        "lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})", o);
    REQUIRE(fired(guid, "format/guid") == 2);
    CHECK(guid.diagnostics[0].fix);  // braces: the fix removes them
    CHECK_FALSE(guid.diagnostics[1].fix);
    auto addon = lint(cart_item(R"("quantity":1,"billingCycle":"monthly","termDuration":"P1M","addonItems":[{"catalogItemId":"nope","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}])"), o);
    REQUIRE(fired(addon, "format/catalog-item-id") == 1);
    CHECK(addon.diagnostics[0].pointer == "/lineItems/0/addonItems/0/catalogItemId");
}

TEST_CASE("rules: a rule that declares a need for context says so when run without it", "[rules][context]") {
    std::size_t needing = 0;
    for (const detail::ValueRule* rule : detail::value_rules()) {
        const RuleDoc& doc = rule->doc();
        if (doc.bad.empty()) continue;
        CAPTURE(doc.id);
        LintOptions bare;
        bare.now = parse_timestamp("2018-04-01T00:00:00Z");
        const auto r = lint(std::string(doc.bad), bare);
        if (rule->needs() == detail::NeededContext::none) {
            CHECK(fired(r, doc.id) >= 1);  // needs nothing: fires as it is
            continue;
        }
        ++needing;
        CHECK(fired(r, doc.id) == 0);
        CHECK(fired(r, detail::context_doc(rule->needs()).id) == 1);
    }
    CHECK(needing == 2);
}
