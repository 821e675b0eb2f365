// The native format checks accept exactly what the schemas' patterns accept, and date-times
// follow RFC 3339.

#include "test_support.hpp"

#include "rules/format/format_checks.hpp"
#include "core/date_time.hpp"
#include "rules/support/regions.hpp"
#include "core/spelling.hpp"
#include "schema/schema_index.hpp"

#include <cartlint/linter.hpp>
#include <cartlint/rules.hpp>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <regex>

using namespace cartlint::detail;

TEST_CASE("formats: native checks agree with the schema patterns", "[format]") {
    rapidjson::Document defs;
    const std::string text = cartlint::test::read_file(cartlint::test::source_path("schemas/definitions.schema.json"));
    defs.Parse(text.c_str());
    REQUIRE_FALSE(defs.HasParseError());
    struct Check {
        const char* definition;
        bool (*native)(std::string_view) noexcept;
    };
    const Check checks[] = {{"guid", is_guid}, {"catalog-item-id", is_catalog_item_id}, {"partner-id", is_partner_id}, {"currency-code", is_currency_code}};
    const std::vector<std::string> samples = {
        "", "0", "517285", " 517285", "5357564 ", "1e5", "-1", "USD", "usd", "US", "USDX", "EU1",
        "b4c8fdea-cbe4-4d17-9576-13fcacbf9605", "B4C8FDEA-CBE4-4D17-9576-13FCACBF9605", "{b4c8fdea-cbe4-4d17-9576-13fcacbf9605}",
        "b4c8fdea-cbe4-4d17-9576-13fcacbf960", "b4c8fdea-cbe4-4d17-9576-13fcacbf96055", "b4c8fdeacbe44d17957613fcacbf9605",
        "g4c8fdea-cbe4-4d17-9576-13fcacbf9605", "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", "cfq7ttc0lh0z:0001:cfq7ttc0k18p",
        "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18", "CFQ7TTC0LH0Z:001:CFQ7TTC0K18P", "CFQ7TTC0LH0Z/0001/CFQ7TTC0K18P", "DZH318Z0BQ36:004G:DZH318Z08C0S",
        "MS-AZR-0145P", "MS-AZR-", "ms-azr-0145p", "91FD106F-4B2C-4938-95AC-F54F74E9A239", "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P:1",
        "CFQ7TTC0LH0Z:0001:CFQ7TTC0K1-P", std::string("12\0 34", 6), "１２３",
    };
    for (const auto& check : checks) {
        CAPTURE(check.definition);
        const auto& def = defs["definitions"][check.definition];
        REQUIRE(def.HasMember("pattern"));
        std::regex pattern(def["pattern"].GetString());
        for (const auto& s : samples) {
            CAPTURE(s);
            CHECK(check.native(s) == std::regex_search(s, pattern));
        }
    }
}

TEST_CASE("formats: every x-cartlint-format in the schemas has a rule", "[format]") {
    const char* known[] = {"guid", "date-time", "catalog-item-id", "partner-id", "currency-code"};
    for (const SchemaNode& node : schema_index().nodes()) {
        if (node.format.empty()) continue;
        CAPTURE(node.location, node.format);
        CHECK(std::find(std::begin(known), std::end(known), node.format) != std::end(known));
        CHECK(cartlint::find_rule_doc("format/" + node.format));
    }
}

TEST_CASE("formats: a clock time is one system_clock can hold", "[format][date-time]") {
    // RFC 3339 allows years 0001 to 9999; system_clock's 64-bit nanoseconds hold about 1678 to 2261.
    // Outside, the conversion would overflow (undefined behaviour), so the value is refused.
    auto now = cartlint::parse_timestamp("2018-03-15T17:15:02Z");
    REQUIRE(now);
    CHECK(std::chrono::duration_cast<std::chrono::seconds>(now->time_since_epoch()).count() == 1521134102);
    CHECK(cartlint::parse_timestamp("2261-12-31T23:59:59Z"));
    CHECK(cartlint::parse_timestamp("1678-01-01T00:00:00Z"));
    for (const char* far : {"9999-12-31T23:59:59Z", "2263-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "1677-01-01T00:00:00Z"}) {
        CAPTURE(far);
        CHECK_FALSE(cartlint::parse_timestamp(far));
    }
}

TEST_CASE("formats: RFC 3339 date-times", "[format][date-time]") {
    for (const char* ok : {"2018-03-15T17:15:02Z", "2018-03-15T17:15:02.3840528Z", "2018-03-15t17:15:02z", "2018-03-15T17:15:02+01:00",
                           "2018-03-15T17:15:02.1-08:30", "2016-02-29T00:00:00Z", "2016-12-31T23:59:60Z", "0001-01-01T00:00:00Z"}) {
        CAPTURE(ok);
        CHECK(parse_date_time(ok).value);
    }
    for (const char* bad : {"", "2018-03-15", "2018-03-15 17:15:02Z", "2018-03-15T17:15:02", "2018-03-15T17:15Z", "2018-02-29T00:00:00Z",
                            "2018-13-01T00:00:00Z", "2018-03-15T24:00:00Z", "2018-03-15T17:15:02.Z", "2018-03-15T17:15:02+1:00",
                            "2018-03-15T17:15:02Zjunk", "18-03-15T17:15:02Z", "2018-03-15T17:60:02Z"}) {
        CAPTURE(bad);
        auto parsed = parse_date_time(bad);
        CHECK_FALSE(parsed.value);
        CHECK_FALSE(parsed.problem.empty());
    }
    auto a = parse_date_time("2018-03-15T18:15:02+01:00").value;
    auto b = parse_date_time("2018-03-15T17:15:02Z").value;
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->seconds == b->seconds);
    CHECK(b->seconds == 1521134102);
    CHECK(parse_date_time("2018-03-15T17:15:02.3840528Z").value->nanos == 384052800);
    CHECK(is_dotnet_unset_date_time("0001-01-01T00:00:00"));
    CHECK_FALSE(is_dotnet_unset_date_time("0001-01-02T00:00:00"));
}

TEST_CASE("support: spelling suggestions and regions", "[format][support]") {
    constexpr std::string_view names[] = {"quantity", "catalogItemId", "billingCycle"};
    CHECK(closest_name("quantityy", names) == "quantity");
    CHECK(closest_name("qunatity", names) == "quantity");  // a transposition is one edit
    CHECK(closest_name("BillingCycle", names) == "billingCycle");
    CHECK_FALSE(closest_name("colour", names));
    CHECK(edit_distance("abc", "acb") == 1);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(is_eu_or_efta("DE"));
    CHECK(is_eu_or_efta("NO"));
    CHECK(is_eu_or_efta("EL"));
    CHECK_FALSE(is_eu_or_efta("GB"));
    CHECK_FALSE(is_eu_or_efta("US"));
    CHECK_FALSE(is_eu_or_efta("de"));  // callers upper-case first
}
