// Each schema: a valid example passes, and removing any required property anywhere in it is
// reported as schema/required at the object that lost it, on that object's line.

#include "test_support.hpp"

#include "core/line_index.hpp"
#include "parse/strict_parser.hpp"
#include "schema/schema_index.hpp"
#include "schema/valijson_engine.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <rapidjson/pointer.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

using namespace cartlint;
using namespace cartlint::detail;

namespace {

struct RequiredSite {
    std::string object_pointer;
    std::string property;
};

void collect_required(const rapidjson::Value& value, const SchemaNode* schema, const std::string& pointer,
                      std::vector<RequiredSite>& out) {
    if (!schema) return;
    if (value.IsObject()) {
        for (const auto& name : schema->required)
            if (value.HasMember(name.c_str())) out.push_back({pointer, name});
        for (const auto& m : value.GetObject()) {
            std::string child = pointer;
            append_pointer_token(child, m.name.GetString());
            collect_required(m.value, schema->member(m.name.GetString()), child, out);
        }
    } else if (value.IsArray()) {
        for (rapidjson::SizeType i = 0; i < value.Size(); ++i)
            collect_required(value[i], schema->items, pointer + "/" + std::to_string(i), out);
    }
}

std::string pretty(const rapidjson::Value& v) {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    v.Accept(writer);
    return buffer.GetString();
}

// Schema findings only: the domain rules may add their own on the same documents.
std::vector<Diagnostic> schema_findings(const LintResult& r) {
    std::vector<Diagnostic> out;
    for (const auto& d : r.diagnostics)
        if (d.rule.rfind("schema/", 0) == 0) out.push_back(d);
    return out;
}

struct Example {
    DocumentKind kind;
    const char* file;
    std::size_t required_sites;  // how many required properties the example holds, at least
};

}  // namespace

TEST_CASE("schemas: valid examples pass and every required property is enforced where it belongs", "[schema]") {
    const Example examples[] = {
        {DocumentKind::cart, "corpus/valid/cart-eu-resellers.json", 9},
        {DocumentKind::cart, "corpus/valid/doc-request-body-corrected.json", 4},
        {DocumentKind::cart_line_item, "corpus/valid/cart-line-item.json", 3},
        {DocumentKind::checkout_result, "corpus/valid/doc-checkout-sample-corrected.json", 5},
        {DocumentKind::checkout_result, "corpus/rules/order/checkout-error.json", 2},
        {DocumentKind::order, "corpus/valid/order.json", 3},
    };
    for (const auto& example : examples) {
        CAPTURE(example.file);
        const std::string text = test::read_file(test::source_path(example.file));
        auto clean = test::linter().lint(text);
        CHECK(clean.kind == example.kind);
        CHECK(schema_findings(clean).empty());

        rapidjson::Document dom;
        dom.Parse(text.c_str(), text.size());
        REQUIRE_FALSE(dom.HasParseError());
        std::vector<RequiredSite> sites;
        collect_required(dom, &schema_index().root(example.kind), "", sites);
        CHECK(sites.size() >= example.required_sites);

        for (const auto& site : sites) {
            CAPTURE(site.object_pointer, site.property);
            rapidjson::Document broken;
            broken.CopyFrom(dom, broken.GetAllocator());
            rapidjson::Pointer(site.object_pointer.c_str()).Get(broken)->RemoveMember(site.property.c_str());
            const std::string broken_text = pretty(broken);

            LintOptions options;
            options.kind = example.kind;
            auto schema = schema_findings(test::linter().lint(broken_text, options));
            REQUIRE(schema.size() == 1);
            const Diagnostic& d = schema[0];
            CHECK(d.rule == "schema/required");
            CHECK(d.pointer == site.object_pointer);
            CHECK_THAT(d.message, Catch::Contains("'" + site.property + "'"));

            // The line of the object, found independently of the linter's own source map.
            JsonDocument parsed;
            REQUIRE_FALSE(parse_strict(broken_text, parsed));
            const rapidjson::Value* object = rapidjson::Pointer(site.object_pointer.c_str()).Get(broken);
            REQUIRE(object);
            std::size_t line = 1;
            std::size_t opening = 0;
            // Pretty output puts each object's '{' where its pointer's last token is printed.
            for (std::uint32_t id = 0; id < parsed.map.size(); ++id)
                if (parsed.pointer(id) == site.object_pointer) opening = parsed.map[id].begin;
            for (std::size_t i = 0; i < opening; ++i) line += broken_text[i] == '\n';
            CHECK(d.begin.line == line);
            CHECK(broken_text[d.begin.offset] == '{');
        }
    }
}

TEST_CASE("schemas: a missing quantity is reported at the line item - on its line", "[schema]") {
    const std::string text = "{\n  \"lineItems\": [\n    {\n      \"catalogItemId\": \"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P\",\n"
                             "      \"billingCycle\": \"monthly\"\n    }\n  ]\n}\n";
    auto result = schema_findings(test::linter().lint(text));
    REQUIRE(result.size() == 1);
    CHECK(result[0].rule == "schema/required");
    CHECK(result[0].pointer == "/lineItems/0");
    CHECK(result[0].begin.line == 3);
    CHECK(result[0].begin.column == 5);
}

TEST_CASE("schemas: each kind of schema error gets its rule and pointer", "[schema]") {
    struct Case {
        const char* text;
        const char* rule;
        const char* pointer;
        const char* message_part;
    };
    const Case cases[] = {
        {R"({"lineItems":[{"catalogItemId":"A","quantity":"two","billingCycle":"monthly"}]})", "schema/type", "/lineItems/0/quantity", "must be an integer"},
        {R"({"lineItems":[{"catalogItemId":"A","quantity":2,"billingCycle":"monthly","termDuration":"P2M"}]})", "schema/enum", "/lineItems/0/termDuration", "P1M, P1Y, P3Y"},
        {R"({"lineItems":[{"id":-1,"catalogItemId":"A","quantity":1,"billingCycle":"monthly"}]})", "schema/minimum", "/lineItems/0/id", "at least 0"},
        {R"({"orderErrors":[{"orderGroupId":"0","code":1}],"orders":[{"lineItems":[{"offerId":"A","quantity":1,"lineItemNumber":1.5}]}]})", "schema/type", "/orders/0/lineItems/0/lineItemNumber", "must be an integer"},
        {R"({"lineItems":[]})", "schema/min-items", "/lineItems", "at least 1 item"},
        {R"({"lineItems":[{"catalogItemId":"A","quantity":1,"billingCycle":"monthly"}],"attributes":{"objectType":"Carts"}})", "schema/const", "/attributes/objectType", "\"Cart\""},
        {R"({"lineItems":[{"catalogItemId":"A","quantity":1,"billingCycle":"monthly","colour":"red"}]})", "schema/unknown-property", "/lineItems/0/colour", "'colour'"},
        {R"([])", "schema/type", "", "must be an object"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        auto result = schema_findings(test::linter().lint(c.text));
        REQUIRE(result.size() == 1);
        CHECK(result[0].rule == c.rule);
        CHECK(result[0].pointer == c.pointer);
        CHECK_THAT(result[0].message, Catch::Contains(c.message_part));
    }
}

TEST_CASE("schemas: every unknown property is reported - not only the first", "[schema]") {
    auto result = test::linter().lint(R"({"lineItems":[{"catalogItemId":"A","quantity":1,"billingCycle":"monthly","a":1,"b":2}],"c":3})");
    auto unknown = test::with_rule(result, "schema/unknown-property");
    REQUIRE(unknown.size() == 3);
    CHECK(unknown[0].pointer == "/lineItems/0/a");
    CHECK(unknown[1].pointer == "/lineItems/0/b");
    CHECK(unknown[2].pointer == "/c");
    // The finding spans the member name, quotes included.
    CHECK(unknown[0].end.offset - unknown[0].begin.offset == 3);
}

TEST_CASE("schemas: an unknown property near a known one gets a did-you-mean suggestion", "[schema]") {
    auto result = test::linter().lint(R"({"lineItems":[{"catalogItemId":"A","quantityy":1,"billingCycle":"monthly","colour":"red"}]})");
    auto unknown = test::with_rule(result, "schema/unknown-property");
    REQUIRE(unknown.size() == 2);
    CHECK_THAT(unknown[0].message, Catch::Contains("did you mean 'quantity'?"));
    REQUIRE(unknown[0].fix);
    CHECK_FALSE(unknown[0].fix->safe);
    CHECK(unknown[0].fix->edits[0].text == "\"quantity\"");
    CHECK_THAT(unknown[1].message, !Catch::Contains("did you mean"));
    CHECK_FALSE(unknown[1].fix);
}

TEST_CASE("schemas: the kind is detected from objectType - then from the shape", "[schema][kind]") {
    CHECK(test::linter().lint(R"({"attributes":{"objectType":"Order"},"lineItems":[]})").kind == DocumentKind::order);
    CHECK(test::linter().lint(R"({"orders":[]})").kind == DocumentKind::checkout_result);
    CHECK(test::linter().lint(R"({"lineItems":[{"offerId":"x","quantity":1}]})").kind == DocumentKind::order);
    CHECK(test::linter().lint(R"({"LineItems":[{"CatalogItemId":"x"}]})").kind == DocumentKind::cart);
    CHECK(test::linter().lint(R"({"catalogItemId":"x"})").kind == DocumentKind::cart_line_item);
    // A page of orders (GET …/orders).
    CHECK(test::linter().lint(R"({"totalCount":0,"items":[],"attributes":{"objectType":"Collection"}})").kind == DocumentKind::order_collection);
    CHECK(test::linter().lint(R"({"totalCount":1,"items":[{"lineItems":[]}]})").kind == DocumentKind::order_collection);
    auto page = test::linter().lint(R"({"totalCount":1,"items":[{"lineItems":[{"lineItemNumber":0,"quantity":1}]}]})");
    REQUIRE(test::with_rule(page, "schema/required").size() == 1);
    CHECK(test::with_rule(page, "schema/required")[0].pointer == "/items/0/lineItems/0");
    // An order with no line items is still an order: its status (PATCH) or its customer says so.
    CHECK(test::linter().lint(R"({"id":"x","status":"cancelled"})").kind == DocumentKind::order);
    CHECK(test::linter().lint(R"({"status":"Active"})").kind == DocumentKind::cart);
    LintOptions forced;
    forced.kind = DocumentKind::order;
    CHECK(test::linter().lint(R"({"orders":[]})", forced).kind == DocumentKind::order);
}

TEST_CASE("schemas: departures from the doc tables are recorded in x-doc", "[schema][x-doc]") {
    const SchemaNode& cart = schema_index().root(DocumentKind::cart);
    const SchemaNode& item = schema_index().root(DocumentKind::cart_line_item);
    auto names_of = [](const SchemaNode& node, const char* property) {
        const auto* p = node.property(property);
        REQUIRE(p);
        REQUIRE(p->doc);
        return p->doc->names;
    };
    CHECK(names_of(item, "catalogItemId") == std::vector<std::string>{"catalogId"});
    REQUIRE(item.property("quantity")->doc);
    const auto& translations = item.property("quantity")->doc->translations;
    CHECK(std::find(translations.begin(), translations.end(), std::pair<std::string, std::string>{"cantidad", "Spanish"}) != translations.end());
    CHECK(names_of(cart, "creationTimestamp") == std::vector<std::string>{"creationTimeStamp"});
    CHECK(names_of(cart, "lastModifiedTimestamp") == std::vector<std::string>{"lastModifiedTimeStamp"});
    CHECK(names_of(cart, "expirationTimestamp") == std::vector<std::string>{"expirationTimeStamp"});
    CHECK(item.property("id")->doc->type == "string");
    CHECK(item.property("billingCycle")->doc->type == "Object");
    CHECK(item.property("additionalPartnerIdsOnRecord")->doc->type == "String");
    CHECK(item.property("quantity")->description == "The number of licenses or instances.");
    // Values translated pages print, with the API's value, the language and the page.
    const SchemaNode& order = schema_index().root(DocumentKind::order);
    REQUIRE(order.property("billingCycle")->doc);
    bool mensal = false;
    for (const ValueTranslation& t : order.property("billingCycle")->doc->value_translations)
        if (t.text == "Mensal") {
            mensal = true;
            CHECK(t.value == "monthly");
            CHECK(t.language == "Portuguese");
            CHECK(t.source.find("order-resources.md line 32") != std::string::npos);
        }
    CHECK(mensal);
    // Each recorded translation stands for one of the property's enum values, where it has an enum.
    for (const SchemaNode& node : schema_index().nodes())
        for (const SchemaProperty& p : node.properties) {
            if (!p.doc) continue;
            for (const ValueTranslation& t : p.doc->value_translations) {
                CHECK_FALSE(t.language.empty());
                CHECK(t.source.find("develop/") != std::string::npos);
                if (!p.schema->enum_values.empty())
                    CHECK(std::find(p.schema->enum_values.begin(), p.schema->enum_values.end(), t.value) != p.schema->enum_values.end());
            }
        }
}

TEST_CASE("schemas: valijson never sees pattern or format - but a property so named stays", "[schema]") {
    rapidjson::Document in;
    in.Parse(R"({"type":"object","format":"date-time","properties":{"pattern":{"type":"string","pattern":"^a$"},
                 "format":{"items":{"format":"uuid"}}},"enum":[{"pattern":"kept"}]})");
    rapidjson::Document out;
    strip_regex_keywords(in, out, out.GetAllocator());
    CHECK_FALSE(out.HasMember("format"));
    REQUIRE(out["properties"].HasMember("pattern"));
    CHECK_FALSE(out["properties"]["pattern"].HasMember("pattern"));
    REQUIRE(out["properties"].HasMember("format"));
    CHECK_FALSE(out["properties"]["format"]["items"].HasMember("format"));
    CHECK(out["enum"][0].HasMember("pattern"));  // data, not a schema
}

// The .NET SDK writes every unset reference-typed property as null (Newtonsoft's default), and
// the service reads null as "not set": an optional property that is null is absent, in both
// engines, and the rules do not see it. A required one that is null is still missing.
TEST_CASE("schemas: null for an optional property is 'not set', as the SDK sends it", "[schema][null]") {
    const std::string order = R"({"Id":null,"ReferenceCustomerId":null,"BillingCycle":"unknown","CreationDate":null,"Status":null,
        "LineItems":[{"LineItemNumber":0,"OfferId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","SubscriptionId":null,"ParentSubscriptionId":null,
        "TermDuration":null,"FriendlyName":null,"Quantity":1,"PartnerIdOnRecord":null,"ProvisioningContext":null,"Links":null}],
        "Links":null,"Attributes":{"ObjectType":"Order"}})";
    for (auto engine : {SchemaEngine::native, SchemaEngine::valijson}) {
        CAPTURE(static_cast<int>(engine));
        LintOptions o;
        o.engine = engine;
        auto r = test::linter().lint(order, o);
        CHECK(r.kind == DocumentKind::order);
        CHECK(r.count(Severity::error) == 0);
        for (const auto& d : r.diagnostics) CHECK(d.rule == "quirk/property-case");
        // null where the SDK has a value type (an int, a bool) is not "not set": it fails conversion.
        auto quantity = test::linter().lint(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":null,"billingCycle":"monthly","termDuration":"P1M"}]})", o);
        CHECK(test::with_rule(quantity, "schema/type").size() + test::with_rule(quantity, "quantity/range").size() == 1);
        // A required property that is null is missing.
        auto catalog = test::linter().lint(R"({"lineItems":[{"catalogItemId":null,"quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})", o);
        CHECK(catalog.count(Severity::error) >= 1);
    }
}

// Requests and responses differ: a PATCH that cancels an order sends what changes; the service
// answers with quantity 0 on a cancelled line and "" for a line with no term.
TEST_CASE("schemas: an order is checked as the request or response it is", "[schema][order-shape]") {
    // PATCH …/orders/{id} (cancel-an-order-from-the-integration-sandbox, cancel-software-purchases).
    auto cancel = test::linter().lint(R"({"id":"UKXASSO1dezh3HdxClHxSp5UEFXGbAnt1","status":"cancelled"})");
    CHECK(cancel.kind == DocumentKind::order);
    CHECK(cancel.diagnostics.empty());
    auto cancel_lines = test::linter().lint(R"({"id":"2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1","status":"cancelled",
        "lineItems":[{"lineItemNumber":0,"offerId":"DG7GMGF0FKZV:0003:DG7GMGF0DWMS"}]})");
    CHECK(cancel_lines.kind == DocumentKind::order);
    CHECK(cancel_lines.diagnostics.empty());
    // A create-order request still needs its quantities, and 0 is not one.
    auto request = test::linter().lint(R"({"referenceCustomerId":"45411344-b09d-47e7-9653-542006bf9766","billingCycle":"one_time",
        "lineItems":[{"lineItemNumber":0,"offerId":"DG7GMGF0FKZV:0003:DG7GMGF0DWMS","quantity":0}]})");
    CHECK(test::with_rule(request, "quantity/range").size() == 1);
    auto missing = test::linter().lint(R"({"referenceCustomerId":"45411344-b09d-47e7-9653-542006bf9766","billingCycle":"one_time",
        "lineItems":[{"lineItemNumber":0,"offerId":"DG7GMGF0FKZV:0003:DG7GMGF0DWMS"}]})");
    CHECK(test::with_rule(missing, "schema/required").size() == 1);
    // The service's answer: a cancelled line has quantity 0, a line with no term "".
    auto response = test::linter().lint(R"({"id":"2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1","alternateId":"c403d91b21d2",
        "referenceCustomerId":"45411344-b09d-47e7-9653-542006bf9766","billingCycle":"one_time","currencyCode":"USD",
        "lineItems":[{"lineItemNumber":0,"offerId":"DG7GMGF0FKZV:0003:DG7GMGF0DWMS","termDuration":"","quantity":0}],
        "creationDate":"2020-01-21T21:08:46.5197409Z","status":"completed","attributes":{"objectType":"Order"}})");
    CHECK(response.diagnostics.empty());
    // Negative quantities are wrong in either.
    auto negative = test::linter().lint(R"({"alternateId":"c403d91b21d2","creationDate":"2020-01-21T21:08:46.5197409Z",
        "lineItems":[{"lineItemNumber":0,"offerId":"DG7GMGF0FKZV:0003:DG7GMGF0DWMS","quantity":-1}]})");
    CHECK(test::with_rule(negative, "quantity/range").size() == 1);
}

TEST_CASE("schemas: the rules' numbered names answer as their text does, and each is a property somewhere", "[schema][names]") {
    const SchemaIndex& index = schema_index();
    std::vector<bool> somewhere(property::name_count, false);
    for (const SchemaNode& node : index.nodes()) {
        for (std::size_t n = 0; n < property::name_count; ++n) {
            const auto name = static_cast<property::Name>(n);
            INFO(node.location << ": " << property::text(name));
            CHECK(node.property_index(name) == node.property_index(property::text(name)));
            if (node.property_index(name) >= 0) somewhere[n] = true;
        }
    }
    // A name no schema has would never be found by number: a typo in property_names.hpp.
    for (std::size_t n = 0; n < property::name_count; ++n) {
        INFO(property::text(static_cast<property::Name>(n)));
        CHECK(somewhere[n]);
    }
    // The text table is in the enumeration's order.
    CHECK(property::text(property::quantity) == "quantity");
    CHECK(property::text(property::value) == "value");
    CHECK(property::text(property::additionalPartnerIdsOnRecord) == "additionalPartnerIdsOnRecord");
}

TEST_CASE("schemas: a lookup that tries an expected property first finds what the plain lookup finds", "[schema][names]") {
    std::size_t properties = 0;
    for (const SchemaNode& node : schema_index().nodes()) {
        std::vector<std::string> names;
        for (const auto& p : node.properties) names.push_back(p.name);
        // Near misses too: a prefix, a name one byte longer, another case, absent names.
        for (const auto& p : node.properties) {
            names.push_back(p.name + "x");
            if (!p.name.empty()) names.push_back(p.name.substr(0, p.name.size() - 1));
            std::string upper = p.name;
            if (!upper.empty()) upper[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[0])));
            names.push_back(upper);
        }
        names.push_back("");
        names.push_back("noSuchProperty");
        for (const auto& name : names) {
            for (std::size_t expected = 0; expected <= node.properties.size() + 1; ++expected) {
                INFO(node.location << ": '" << name << "' expecting " << expected);
                CHECK(node.property_index(name, expected) == node.property_index(name));
            }
        }
        for (std::size_t i = 0; i < node.properties.size(); ++i) CHECK(node.property_index(node.properties[i].name, i) == static_cast<int>(i));
        properties += node.properties.size();
    }
    CHECK(properties > 50);
}
