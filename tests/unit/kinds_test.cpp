// The table of document kinds (lib/src/document/kinds.hpp) and the lists of kinds that cannot be
// generated from it: the configuration schema's enum and the README.

#include "test_support.hpp"

#include "core/json_document.hpp"
#include "document/detect_kind.hpp"
#include "document/kinds.hpp"
#include "schema/embedded_schemas.hpp"
#include "schema/schema_index.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <vector>

using namespace cartlint;
using namespace cartlint::detail;

namespace {

std::vector<std::string> table_names() {
    std::vector<std::string> names;
    for (const KindInfo& row : kinds) names.emplace_back(row.name);
    return names;
}

// The command's standard output and error together.
std::string cartlint_cli_output(const std::string& args) {
    const std::string command = std::string("cd '") + CARTLINT_SOURCE_DIR + "' && '" + CARTLINT_BINARY + "' --no-config " + args +
                                " </dev/null 2>&1";
    const std::string out = test::shell(command).out;
    return out;
}

// The line of `text` that starts with `prefix`, or "".
std::string line_starting(const std::string& text, const std::string& prefix) {
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        if (text.compare(at, prefix.size(), prefix) == 0) return text.substr(at, end - at);
        at = end + 1;
    }
    return "";
}

DocumentKind detected(const char* text) {
    JsonDocument doc;
    doc.dom.Parse(text);
    REQUIRE_FALSE(doc.dom.HasParseError());
    return detect_kind(doc);
}

}  // namespace

TEST_CASE("kinds: every row's name, schema and root agree", "[kinds]") {
    std::size_t payloads = 0;
    for (const KindInfo& row : kinds) {
        CAPTURE(row.name);
        CHECK(to_string(row.kind) == row.name);
        CHECK(parse_document_kind(row.name) == row.kind);
        if (row.role != KindRole::payload) continue;
        ++payloads;
        CHECK_FALSE(find_embedded_schema(row.schema_file).empty());
        CHECK(schema_index().root(row.kind).location == std::string(row.schema_file) + "#");
    }
    CHECK(payloads == std::size(concrete_document_kinds));
    CHECK(&schema_index().root(DocumentKind::automatic) == &schema_index().root(fallback_kind));
    CHECK(to_string(static_cast<DocumentKind>(kind_count)) == to_string(fallback_kind));  // outside the enumeration
    CHECK_FALSE(parse_document_kind("basket"));
    CHECK_FALSE(parse_document_kind("Cart"));  // names are exact
}

TEST_CASE("kinds: the configuration schema's kind enum is the table's names", "[kinds][config]") {
    const SchemaProperty* kind = schema_index().config_root().property("kind");
    REQUIRE(kind);
    REQUIRE(kind->schema);
    CHECK(kind->schema->enum_values == table_names());
}

TEST_CASE("kinds: --help and the unknown-kind error list every kind; the README's --kind line is --help's", "[kinds][cli][readme]") {
    const std::string help_line = line_starting(cartlint_cli_output("--help"), "  --kind KIND ");
    REQUIRE_FALSE(help_line.empty());
    // "  --kind KIND       auto (default), cart, …, order or order-collection"
    std::string list = help_line.substr(help_line.find_first_not_of(' ', std::string("  --kind KIND ").size()));
    if (auto at = list.find(" (default)"); at != std::string::npos) list.erase(at, std::string(" (default)").size());
    if (auto at = list.rfind(" or "); at != std::string::npos) list.replace(at, 4, ", ");
    std::vector<std::string> listed;
    for (std::size_t at = 0; at <= list.size();) {
        std::size_t end = list.find(", ", at);
        if (end == std::string::npos) end = list.size();
        listed.push_back(list.substr(at, end - at));
        at = end + 2;
    }
    CHECK(listed == table_names());
    CHECK(help_line.find(std::string(to_string(LintOptions{}.kind)) + " (default)") != std::string::npos);

    const std::string readme = test::read_file(test::source_path("README.md"));
    CHECK(line_starting(readme, "  --kind KIND ") == help_line);

    std::string known;
    for (const std::string& name : table_names()) known += (known.empty() ? "" : ", ") + name;
    CHECK_THAT(cartlint_cli_output("--kind basket -"), Catch::Contains("unknown kind 'basket' (known: " + known + ")"));
}

TEST_CASE("kinds: the README names every objectType that detection reads", "[kinds][readme]") {
    const std::string readme = test::read_file(test::source_path("README.md"));
    const std::size_t begin = readme.find("`--kind auto` reads");
    REQUIRE(begin != std::string::npos);
    const std::string paragraph = readme.substr(begin, readme.find("\n\n", begin) - begin);
    for (const KindInfo& row : kinds) {
        if (row.object_type.empty()) continue;
        CAPTURE(row.name);
        CHECK_THAT(paragraph, Catch::Contains("`" + std::string(row.object_type) + "`"));
    }
}

TEST_CASE("kinds: objectType decides, then the most telling shape", "[kinds][schema]") {
    // Line items beat a top-level catalog item and an order's members; their entries tell an
    // order's from a cart's.
    CHECK(detected(R"({"lineItems":[{"catalogItemId":"x"}],"catalogItemId":"x","status":"cancelled","referenceCustomerId":"r"})") ==
          DocumentKind::cart);
    CHECK(detected(R"({"lineItems":[{"offerId":"x"}],"catalogItemId":"x"})") == DocumentKind::order);
    CHECK(detected(R"({"LINEITEMS":[{"LineItemNumber":0}]})") == DocumentKind::order);
    CHECK(detected(R"({"lineItems":"none","catalogItemId":"x"})") == DocumentKind::cart_line_item);  // not an array
    CHECK(detected(R"({"catalogItemId":"x","status":"cancelled"})") == DocumentKind::cart_line_item);
    CHECK(detected(R"({"catalogId":"x","referenceCustomerId":"r"})") == DocumentKind::cart_line_item);
    CHECK(detected(R"({"status":"Pending"})") == DocumentKind::order);
    CHECK(detected(R"({"status":"completed","lineItems":[]})") == DocumentKind::cart);
    CHECK(detected(R"({"referenceCustomerId":"r"})") == DocumentKind::order);
    // A checkout result's members beat a page of orders, which beats line items.
    CHECK(detected(R"({"orders":[],"items":[],"totalCount":1,"lineItems":[{"offerId":"x"}]})") == DocumentKind::checkout_result);
    CHECK(detected(R"({"orderErrors":[],"catalogItemId":"x"})") == DocumentKind::checkout_result);
    CHECK(detected(R"({"items":[],"totalCount":1,"lineItems":[{"offerId":"x"}]})") == DocumentKind::order_collection);
    CHECK(detected(R"({"items":{},"totalCount":1})") == DocumentKind::cart);  // items not an array
    // objectType, compared exactly, beats every shape; "Collection" needs items beside it.
    CHECK(detected(R"({"attributes":{"objectType":"CartLineItem"},"orders":[]})") == DocumentKind::cart_line_item);
    CHECK(detected(R"({"ATTRIBUTES":{"OBJECTTYPE":"Cart"},"orders":[]})") == DocumentKind::cart);
    CHECK(detected(R"({"attributes":{"objectType":"Collection"},"items":{}})") == DocumentKind::order_collection);
    CHECK(detected(R"({"attributes":{"objectType":"Collection"},"orders":[]})") == DocumentKind::checkout_result);
    CHECK(detected(R"({"attributes":{"objectType":"cart"},"orders":[]})") == DocumentKind::checkout_result);
    CHECK(detected(R"({"attributes":{"objectType":1},"referenceCustomerId":"r"})") == DocumentKind::order);
    // Nothing telling: the fallback.
    CHECK(detected("{}") == fallback_kind);
    CHECK(detected("[]") == fallback_kind);
    CHECK(detected(R"({"status":"Active"})") == fallback_kind);
}

TEST_CASE("kinds: a path's extension names the container kinds, case aside, and nothing else", "[kinds]") {
    CHECK(document_kind_for_path("requests.http") == DocumentKind::http);
    CHECK(document_kind_for_path("dir/Update.REST") == DocumentKind::http);
    CHECK(document_kind_for_path("pages/en/update-a-cart.md") == DocumentKind::markdown);
    CHECK(document_kind_for_path("README.Markdown") == DocumentKind::markdown);
    // Payloads are told by their content, not their name.
    CHECK(document_kind_for_path("cart.json") == DocumentKind::automatic);
    CHECK(document_kind_for_path("-") == DocumentKind::automatic);
    CHECK(document_kind_for_path("") == DocumentKind::automatic);
    // A dot in a folder's name is no extension; nor is a name that only ends like one.
    CHECK(document_kind_for_path("docs.md/cart") == DocumentKind::automatic);
    CHECK(document_kind_for_path("cart.mdx") == DocumentKind::automatic);
    CHECK(document_kind_for_path("notes.http.json") == DocumentKind::automatic);
    CHECK(document_kind_for_path("md") == DocumentKind::automatic);
}
