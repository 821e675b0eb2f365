// names_need_preparation may skip the name rules only where none of them could act: on every
// corpus document and on thousands of carts with names broken at random, a "no" from it means
// that running each rule's prepare step anyway reports nothing and renames nothing. The native
// validator, which answers the same question on its own walk, must give the same answer.

#include "cart_generator.hpp"
#include "test_support.hpp"

#include "parse/strict_parser.hpp"
#include "core/findings.hpp"
#include "rules/registry.hpp"
#include "schema/canonical_names.hpp"
#include "schema/native_validator.hpp"
#include "schema/schema_index.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cartlint;
using namespace cartlint::detail;

namespace {

// Runs every rule's prepare step; returns how many findings and renames it made.
std::size_t prepare_all(JsonDocument& doc, const SchemaNode& root) {
    Findings findings(doc);
    for (const DocumentRule* rule : document_rules()) rule->prepare(doc, root, findings);
    return findings.list().size() + doc.original_names.size();
}

// Checks the claim on one text; returns whether the fast check said "look closer".
bool holds(const std::string& text) {
    JsonDocument doc;
    if (parse_strict(text, doc)) return true;  // not JSON: not this check's business
    const SchemaNode& root = schema_index().root(DocumentKind::cart);
    const bool closer = names_need_preparation(doc, root);
    {
        // The native validator answers the same question on its own walk.
        std::vector<char> wanted(schema_index().nodes().size(), 0);
        std::vector<Visit> visits;
        std::vector<Node> members;
        VisitRequest request{wanted, visits, members};
        Findings findings(doc);
        NativeValidator(schema_index()).validate(DocumentKind::cart, doc, findings, &request);
        INFO(text);
        CHECK(request.names_need_preparation == closer);
    }
    if (!closer) {
        INFO(text);
        CHECK(prepare_all(doc, root) == 0);
    }
    return closer;
}

std::string with_name(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find("\"" + from + "\"");
    if (at != std::string::npos) text.replace(at + 1, from.size(), to);
    return text;
}

}  // namespace

TEST_CASE("names_need_preparation says no only when no name rule can act", "[names]") {
    namespace fs = std::filesystem;
    int skipped = 0, looked = 0;
    for (const auto& entry : fs::recursive_directory_iterator(test::source_path("corpus"))) {
        if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
        (holds(test::read_file(entry.path().string())) ? looked : skipped)++;
    }
    CHECK(skipped > 20);  // the check does spare the rules work
    CHECK(looked > 10);

    std::mt19937_64 rng(7);
    static const std::pair<const char*, const char*> renames[] = {
        {"quantity", "Quantity"}, {"catalogItemId", "catalogId"}, {"lineItems", "LineItems"}, {"quantity", "cantidad"},
        {"creationTimestamp", "creationTimeStamp"}, {"key", "Key"}, {"scope", "Scope"}, {"billingCycle", "bogus"}};
    for (int i = 0; i < 500; ++i) {
        std::string text = bench::cart(rng, 1 + static_cast<int>(rng() % 3));
        const auto& [from, to] = renames[rng() % std::size(renames)];
        std::string renamed = with_name(text, from, to);
        CHECK_FALSE(holds(text));  // generated carts use the API's names
        if (renamed != text) CHECK(holds(renamed));
    }
}

TEST_CASE("names_need_preparation looks closer at repeated names anywhere", "[names]") {
    CHECK(holds(R"({"lineItems":[{"quantity":1,"quantity":2}]})"));
    CHECK(holds(R"({"lineItems":[{"provisioningContext":{"scope":"x","SCOPE":"y"}}]})"));
    CHECK(holds(R"({"lineItems":[],"bogus":{"a":1,"A":2}})"));
    CHECK_FALSE(holds(R"({"lineItems":[{"provisioningContext":{"scope":"x","duration":"y"}}]})"));
}
