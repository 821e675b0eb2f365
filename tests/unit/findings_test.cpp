// Findings: a schema value finding put off with at_value_later is built at take() only if no
// rule's finding replaced it, and then exactly as an immediate one would have been; its place
// among findings at the same value, the user's settings and the pipeline's filter still apply.

#include "core/findings.hpp"
#include "parse/strict_parser.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace cartlint;
using namespace cartlint::detail;

namespace {

constexpr Reporter schema_minimum{"schema/minimum", Severity::error, SchemaVerdict::replaceable};
constexpr Reporter quantity_range{"quantity/range", Severity::error, SchemaVerdict::replaces};
constexpr Reporter unrelated{"quirk/example", Severity::warning, SchemaVerdict::unrelated};

// Counts the messages it writes: a replaced finding must never have its message built.
int written = 0;
std::string write_minimum(const LaterMessage& later) {
    ++written;
    return "'" + later.name + "' must be at least 1";
}

// The node of member `name` of the first line item.
std::uint32_t quantity_node(const JsonDocument& doc, std::string_view name = "quantity") {
    const Node item = doc.element(doc.member(doc.root(), "lineItems"), 0);
    return doc.member(item, name).id;
}

LaterMessage later_at(const JsonDocument& doc, std::uint32_t node) {
    return LaterMessage{&write_minimum, doc.node(node), nullptr, "quantity"};
}

void parse(JsonDocument& doc, const std::string& text) { REQUIRE_FALSE(parse_strict(text, doc)); }

}  // namespace

TEST_CASE("findings: a later finding a rule replaces is never written", "[findings]") {
    JsonDocument doc;
    parse(doc, R"({"lineItems":[{"quantity":0}]})");
    Findings findings(doc, Admission{});
    written = 0;
    const std::uint32_t q = quantity_node(doc);
    findings.at_value_later(schema_minimum, later_at(doc, q));
    findings.at_value(q, quantity_range, "quantity 0: not at least 1");
    LeftOut left_out;
    const auto out = findings.take(left_out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].rule == "quantity/range");
    CHECK(written == 0);
}

TEST_CASE("findings: a later finding no rule replaces is written in its place", "[findings]") {
    JsonDocument doc;
    parse(doc, R"({"lineItems":[{"quantity":0,"id":"x"}]})");
    Findings findings(doc, Admission{});
    written = 0;
    const std::uint32_t q = quantity_node(doc);
    findings.at_value(q, unrelated, "first");
    findings.at_value_later(schema_minimum, later_at(doc, q));
    findings.at_value(q, unrelated, "third");
    // A rule's finding elsewhere replaces nothing here.
    findings.at_value(quantity_node(doc, "id"), quantity_range, "elsewhere");
    LeftOut left_out;
    const auto out = findings.take(left_out);
    REQUIRE(out.size() == 4);
    CHECK(out[1].rule == "schema/minimum");
    CHECK(out[1].message == "'quantity' must be at least 1");
    CHECK(out[1].pointer == "/lineItems/0/quantity");
    CHECK(out[1].begin.offset == doc.map[q].begin);
    CHECK(out[1].end.offset == doc.map[q].end);
    CHECK(out[0].message == "first");
    CHECK(out[2].message == "third");
    CHECK(written == 1);
}

TEST_CASE("findings: a later finding gives way to a rule's at another node with the same pointer", "[findings]") {
    // A name given twice: the rule reported at the second "quantity", the schema at the first.
    JsonDocument doc;
    parse(doc, R"({"lineItems":[{"quantity":0,"quantity":-1}]})");
    const Node item = doc.element(doc.member(doc.root(), "lineItems"), 0);
    const std::uint32_t first = item.id + 1;
    const std::uint32_t second = doc.map[first].next;
    REQUIRE(doc.pointer(first) == doc.pointer(second));
    Findings findings(doc, Admission{});
    written = 0;
    findings.at_value_later(schema_minimum, later_at(doc, first));
    findings.at_value(second, quantity_range, "quantity -1");
    LeftOut left_out;
    const auto out = findings.take(left_out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].rule == "quantity/range");
    CHECK(written == 0);
}

TEST_CASE("findings: a later finding the user turned off, or the pipeline drops, is not kept", "[findings]") {
    JsonDocument doc;
    parse(doc, R"({"lineItems":[{"quantity":0}]})");
    const std::uint32_t q = quantity_node(doc);
    LeftOut left_out;
    SECTION("turned off below a pointer") {
        const std::vector<RuleSetting> settings{RuleSetting{"schema/minimum", std::nullopt, "/lineItems"}};
        Findings findings(doc, Admission{&settings, {}, {}});
        findings.at_value_later(schema_minimum, later_at(doc, q));
        CHECK(findings.take(left_out).empty());
    }
    SECTION("dropped by the pipeline's filter, which sees the finding whole") {
        std::string seen;
        Findings findings(doc, Admission{nullptr, [&](const Diagnostic& d) { seen = d.pointer + " " + d.message; return true; }, {}});
        findings.at_value_later(schema_minimum, later_at(doc, q));
        CHECK(findings.take(left_out).empty());
        CHECK(seen == "/lineItems/0/quantity 'quantity' must be at least 1");
    }
    SECTION("every finding of the rule dropped") {
        Findings findings(doc, Admission{nullptr, {}, "schema/minimum"});
        written = 0;
        findings.at_value_later(schema_minimum, later_at(doc, q));
        CHECK(findings.take(left_out).empty());
        CHECK(written == 0);
    }
}

TEST_CASE("findings: without bounds a later finding is built at once", "[findings]") {
    JsonDocument doc;
    parse(doc, R"({"lineItems":[{"quantity":0}]})");
    Findings findings(doc);  // the configuration's findings, read through list()
    findings.at_value_later(schema_minimum, later_at(doc, quantity_node(doc)));
    REQUIRE(findings.list().size() == 1);
    CHECK(findings.list()[0].message == "'quantity' must be at least 1");
    CHECK(findings.list()[0].pointer == "/lineItems/0/quantity");
}
