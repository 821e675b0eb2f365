// HTTP messages and doc pages: the payloads they hold are checked where they stand, the message's
// and the page's own faults are found, --fix edits only what it must, secrets are never echoed.

#include "test_support.hpp"

#include <cartlint/fix.hpp>
#include <cartlint/report.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

using namespace cartlint;
namespace fs = std::filesystem;

namespace {

LintResult lint(std::string_view text, DocumentKind kind = DocumentKind::automatic) {
    LintOptions o;
    o.kind = kind;
    o.now = parse_timestamp("2018-03-16T00:00:00Z");
    o.customer_country = "DE";
    o.provider_id = "1234567";
    return test::linter().lint(text, o);
}

std::vector<std::uint64_t> lines_of(const LintResult& r, std::string_view rule) {
    std::vector<std::uint64_t> out;
    for (const auto& d : r.diagnostics)
        if (d.rule == rule) out.push_back(d.begin.line);
    return out;
}

std::size_t count(const LintResult& r, std::string_view rule) { return lines_of(r, rule).size(); }

// The 1-based line of the first line of `text` that contains `needle`.
std::uint64_t line_with(const std::string& text, std::string_view needle, std::size_t from = 0) {
    const std::size_t at = text.find(needle, from);
    REQUIRE(at != std::string::npos);
    return static_cast<std::uint64_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
}

std::vector<std::string> pages() {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(test::source_path("corpus/pages")))
        if (e.path().extension() == ".md" && e.path().filename() != "SOURCES.md") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

// The scalar values of a JSON-ish text, in order, member names left out: what a fix must keep.
std::vector<std::string> values_of(std::string_view body) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c == '/' && i + 1 < body.size() && (body[i + 1] == '/' || body[i + 1] == '*')) {  // a comment: no value
            const std::size_t end = body[i + 1] == '/' ? body.find('\n', i) : body.find("*/", i + 2);
            i = end == std::string_view::npos ? body.size() : end + (body[i + 1] == '*' ? 1 : 0);
            continue;
        }
        if (c == '"') {
            std::size_t j = i + 1;
            while (j < body.size() && body[j] != '"') j += body[j] == '\\' ? 2 : 1;
            std::size_t k = j + 1;
            while (k < body.size() && (body[k] == ' ' || body[k] == '\t' || body[k] == '\r' || body[k] == '\n')) ++k;
            if (k >= body.size() || body[k] != ':') out.emplace_back(body.substr(i, j + 1 - i));
            i = j;
        } else if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
            std::size_t j = i;
            while (j < body.size() && std::string_view(",]} \t\r\n").find(body[j]) == std::string_view::npos) ++j;
            out.emplace_back(body.substr(i, j - i));
            i = j - 1;
        }
    }
    return out;
}

// The bodies of a page's fenced samples: from the first line that opens a JSON value to the fence.
std::vector<std::string> sample_bodies(const std::string& page) {
    std::vector<std::string> out;
    for (std::size_t at = page.find("```"); at != std::string::npos;) {
        const std::size_t open_end = page.find('\n', at);
        if (open_end == std::string::npos) break;
        const std::string label = page.substr(at + 3, open_end - at - 3);
        const std::size_t close = page.find("```", open_end);
        if (close == std::string::npos) break;
        if (label.find("json") != std::string::npos || label.find("http") != std::string::npos) {
            const std::string block = page.substr(open_end + 1, close - open_end - 1);
            const std::size_t body = block.find_first_of("{[");
            if (body != std::string::npos) out.push_back(block.substr(body));
        }
        at = page.find("```", close + 3);
    }
    return out;
}

}  // namespace

TEST_CASE("container: the English update-a-cart page's defects, each on its own line", "[container][pages]") {
    const std::string page = test::read_file(test::source_path("corpus/pages/en/update-a-cart.md"));
    const LintResult r = lint(page, DocumentKind::markdown);
    CHECK(r.kind == DocumentKind::markdown);
    const auto request = page.find("PUT /v1/customers/");
    const auto response = page.find("HTTP/1.1 201 Created");
    CHECK(lines_of(r, "http/content-length") ==
          std::vector<std::uint64_t>{line_with(page, "Content-Length: 496"), line_with(page, "Content-Length: 764")});
    CHECK(lines_of(r, "syntax/extra-braces") == std::vector<std::uint64_t>{line_with(page, "{\n    {", request)});
    CHECK(lines_of(r, "syntax/trailing-comma") == std::vector<std::uint64_t>{line_with(page, "        ],\n    }", request)});
    CHECK(lines_of(r, "http/missing-blank-line") == std::vector<std::uint64_t>{line_with(page, "GMT\n{", response) + 1});
    CHECK(lines_of(r, "syntax/missing-comma") == std::vector<std::uint64_t>{line_with(page, "            }\n            \"orderGroup\"", response)});
    CHECK(lines_of(r, "doc/unknown-property") == std::vector<std::uint64_t>{line_with(page, "| catalogId ")});
    CHECK(lines_of(r, "doc/type-mismatch").size() == 2);  // the line item id as string, billingCycle as Object
    // Each on its own line.
    std::set<std::uint64_t> lines;
    for (std::string_view rule : {"http/content-length", "syntax/extra-braces", "syntax/trailing-comma", "http/missing-blank-line",
                                  "syntax/missing-comma", "doc/unknown-property"})
        for (auto l : lines_of(r, rule)) CHECK(lines.insert(l).second);
    CHECK(lines.size() == 7);
}

TEST_CASE("container: the page's request example alone, as a .http file", "[container][http]") {
    const std::string page = test::read_file(test::source_path("corpus/pages/en/update-a-cart.md"));
    const std::size_t begin = page.find("PUT /v1/customers/");
    const std::string request = page.substr(begin, page.find("```", begin) - begin);
    const LintResult r = lint(request);  // recognised by its request line
    CHECK(r.kind == DocumentKind::http);
    CHECK(lines_of(r, "http/content-length") == std::vector<std::uint64_t>{10});
    CHECK(lines_of(r, "syntax/extra-braces") == std::vector<std::uint64_t>{13});
    CHECK(lines_of(r, "syntax/trailing-comma") == std::vector<std::uint64_t>{33});
    CHECK(count(r, "http/missing-blank-line") == 0);
    CHECK(count(r, "http/authorization") == 0);
    CHECK(count(r, "http/path-guid") == 0);
    // The body is checked as the cart a PUT …/carts/{id} sends.
    CHECK(count(r, "quirk/property-case") > 0);
}

TEST_CASE("container: every published page lints without internal/error, and --fix keeps every value", "[container][pages][fix]") {
    const auto files = pages();
    REQUIRE(files.size() >= 6);
    for (const auto& file : files) {
        CAPTURE(file);
        const std::string page = test::read_file(file);
        LintOptions o;
        o.kind = DocumentKind::markdown;
        o.now = parse_timestamp("2018-03-16T00:00:00Z");
        const LintResult r = test::linter().lint(page, o);
        CHECK(count(r, "internal/error") == 0);
        const FixOutcome fixed = apply_safe_fixes(test::linter(), page, o);
        // The cart pages' samples all have safe fixes; the Order resources pages have tables only.
        const bool fixable = std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [](const Diagnostic& d) { return d.fix && d.fix->safe; });
        CHECK(fixable == (file.find("order-resources") == std::string::npos));
        CHECK((fixed.applied > 0) == fixable);
        // The fixed page's samples parse (no syntax finding left) and hold the same values. The one
        // exception: the docs' "..." placeholders ({...} for elided links), which no safe fix can
        // fill in; the samples that have none parse.
        const LintResult after = test::linter().lint(fixed.text, o);
        for (const auto& d : after.diagnostics) {
            CAPTURE(d.rule, d.message, d.begin.line);
            if (d.rule == "syntax/placeholder") continue;
            CHECK_FALSE(d.rule.starts_with("syntax/"));
            CHECK(d.rule != "http/content-length");
            CHECK(d.rule != "http/missing-blank-line");
        }
        const auto before_bodies = sample_bodies(page), after_bodies = sample_bodies(fixed.text);
        REQUIRE(before_bodies.size() == after_bodies.size());
        for (std::size_t i = 0; i < before_bodies.size(); ++i) CHECK(values_of(before_bodies[i]) == values_of(after_bodies[i]));
        // Outside the samples, not a byte changed: the prose and tables are the same lines.
        CHECK(std::count(fixed.text.begin(), fixed.text.end(), '|') == std::count(page.begin(), page.end(), '|'));
        CHECK(apply_safe_fixes(test::linter(), fixed.text, o).applied == 0);
    }
}

TEST_CASE("container: .http files: ### separators, # @name comments, {{variables}}", "[container][http]") {
    const std::string file =
        "@host = https://api.partnercenter.microsoft.com\n"
        "# @name createCart\n"
        "POST {{host}}/v1/customers/{{customerId}}/carts HTTP/1.1\n"
        "Authorization: Bearer {{token}}\n"
        "Content-Type: application/json\n"
        "MS-RequestId: {{$guid}}\n"
        "\n"
        "{\"lineItems\":[{\"catalogItemId\":\"{{catalogItemId}}\",\"quantity\":{{quantity}},\"billingCycle\":\"monthly\",\"termDuration\":\"P1M\"}]}\n"
        "\n"
        "###\n"
        "# @name updateCart\n"
        "PUT {{host}}/v1/customers/{{customerId}}/carts/not-a-guid HTTP/1.1\n"
        "Authorization: Bearer {{token}}\n"
        "Content-Type: application/json\n"
        "\n"
        "{\"lineItems\":[{\"catalogItemId\":\"{{catalogItemId}}\",\"quantity\":1,\"billingCycle\":\"Monthly\",\"termDuration\":\"P1M\",}]}\n"
        "\n"
        "###\n"
        "POST {{host}}/v1/customers/{{customerId}}/carts/{{cartId}}/checkout HTTP/1.1\n"
        "Authorization: Bearer {{token}}\n";
    const LintResult r = lint(file, DocumentKind::http);
    // Nothing on a variable: not the catalog item id, not the quantity, not the ids.
    for (const auto& d : r.diagnostics) {
        CAPTURE(d.rule, d.message);
        CHECK(d.begin.line != 8);
        CHECK(d.message.find("{{") == std::string::npos);
    }
    CHECK(lines_of(r, "http/path-guid") == std::vector<std::uint64_t>{12});
    CHECK(lines_of(r, "syntax/trailing-comma") == std::vector<std::uint64_t>{16});
    CHECK(lines_of(r, "billing/non-canonical-cycle") == std::vector<std::uint64_t>{16});
    CHECK(count(r, "http/content-type") == 0);
    CHECK(count(r, "http/authorization") == 0);
    CHECK(count(r, "http/unexpected-body") == 0);
    // --fix never touches a variable.
    const FixOutcome fixed = apply_safe_fixes(test::linter(), file, LintOptions{DocumentKind::http});
    CHECK(fixed.applied == 1);  // the trailing comma
    for (const char* variable : {"{{host}}", "{{customerId}}", "{{catalogItemId}}", "{{quantity}}", "{{token}}", "{{$guid}}", "{{cartId}}"})
        CHECK(fixed.text.find(variable) != std::string::npos);
    CHECK(fixed.text.find("\"quantity\":{{quantity}}") != std::string::npos);
    CHECK(fixed.text.find("\"catalogItemId\":\"{{catalogItemId}}\"") != std::string::npos);
}

TEST_CASE("container: a bearer token is never echoed", "[container][http][secrets]") {
    const std::string token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.c2VjcmV0";
    const std::string request = "PUT /v1/customers/nope/carts/65faf57b-0205-47ee-92b3-08dcf233ea73 HTTP/1.1\n"
                                "Authorization: " + token + "\n"
                                "Content-Type: text/plain\n"
                                "Content-Length: x\n"
                                "\n{\"lineItems\":[{\"catalogItemId\":\"x\",}]}\n";
    const LintResult r = lint(request);
    CHECK(count(r, "http/authorization") == 1);  // no "Bearer " scheme
    CHECK(count(r, "http/path-guid") == 1);
    CHECK(count(r, "http/content-type") == 1);
    CHECK(count(r, "http/content-length") == 1);
    std::vector<FileResult> files{{"request.http", request, r, {}}};
    std::ostringstream text, json, sarif;
    write_text(text, files);
    write_json(json, files);
    write_sarif(sarif, files, {});
    for (const std::string& out : {text.str(), json.str(), sarif.str()}) CHECK(out.find(token) == std::string::npos);
    CHECK(text.str().find("Bearer <redacted>") != std::string::npos);
    // A credential on a malformed or a folded header line: found, and its line never shown.
    for (const std::string& header : {"Authorization Bearer " + token, "Authorization: Bearer\r\n " + token}) {
        const std::string broken = "PUT /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73 HTTP/1.1\r\n" +
                                   header + "\r\nContent-Type: application/json\r\n\r\n{\"lineItems\":[]}";
        CAPTURE(header);
        const LintResult b = lint(broken);
        CHECK(count(b, "http/malformed-header") + count(b, "http/folded-header") == 1);
        std::vector<FileResult> shown{{"request.http", broken, b, {}}};
        std::ostringstream t, j;
        write_text(t, shown);
        write_json(j, shown);
        CHECK(t.str().find(token) == std::string::npos);
        CHECK(j.str().find(token) == std::string::npos);
    }
}

TEST_CASE("container: bad input is a finding, never a crash, and --fix loses nothing", "[container][bad-input]") {
    struct Case {
        const char* name;
        std::string text;
        DocumentKind kind;
        const char* rule;
    };
    const std::string req = "PUT /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73 HTTP/1.1\r\n"
                            "Authorization: Bearer <token>\r\n";
    const std::string body = "{\"lineItems\":[{\"catalogItemId\":\"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P\",\"quantity\":1,\"billingCycle\":\"monthly\",\"termDuration\":\"P1M\"}]}";
    const std::vector<Case> cases = {
        {"unterminated fence", "# Page\n\n```json\n{\"lineItems\": [\n", DocumentKind::markdown, "doc/unterminated-fence"},
        {"table with missing cells", "# Page\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n| catalogItemId |\n| quantity | int | Yes | n |\n| friendlyName | string |\n",
         DocumentKind::markdown, "doc/table-cells"},
        {"folded CRLF header", req + "Content-Type:\r\n\tapplication/json\r\n\r\n" + body + "\r\n", DocumentKind::http, "http/folded-header"},
        {"body not JSON", req + "Content-Type: application/json\r\n\r\nquantity=1&cart=2\r\n", DocumentKind::http, "syntax/invalid-value"},
        {"binary body", req + "Content-Type: application/json\r\n\r\n" + std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + "\r\n", DocumentKind::http, "syntax/"},
        {"Content-Length not a number", req + "Content-Type: application/json\r\nContent-Length: twelve\r\n\r\n" + body, DocumentKind::http, "http/content-length"},
        {"Content-Length huge", req + "Content-Type: application/json\r\nContent-Length: 99999999999999999999999999\r\n\r\n" + body, DocumentKind::http,
         "http/content-length"},
        {"no request line at all", "Content-Type: application/json\n\n" + body, DocumentKind::http, "http/no-message"},
        {"only a request line", "GET /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/orders", DocumentKind::http, "http/authorization"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        const LintResult r = lint(c.text, c.kind);
        bool found = false;
        for (const auto& d : r.diagnostics) {
            CHECK(d.rule != "internal/error");
            found |= d.rule.rfind(c.rule, 0) == 0;
        }
        CHECK(found);
        LintOptions o;
        o.kind = c.kind;
        const FixOutcome fixed = apply_safe_fixes(test::linter(), c.text, o);
        // Nothing lost: a page without a sample to fix is unchanged; in a message every line but a
        // wrong Content-Length is still there (the binary body's NUL bytes aside: removing them is
        // the safe fix any file gets).
        if (c.kind == DocumentKind::markdown) CHECK(fixed.text == c.text);
        if (std::string_view(c.name) == "binary body") continue;
        for (std::size_t at = 0; at < c.text.size();) {
            std::size_t end = c.text.find('\n', at);
            if (end == std::string::npos) end = c.text.size();
            const std::string line = c.text.substr(at, end - at);
            CAPTURE(line);
            if (line.find("Content-Length") == std::string::npos) CHECK(fixed.text.find(line) != std::string::npos);
            at = end + 1;
        }
    }
}

TEST_CASE("container: what is recognised as an HTTP message or a page", "[container][kinds]") {
    CHECK(lint("GET /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/orders HTTP/1.1\nAuthorization: Bearer x\n").kind == DocumentKind::http);
    CHECK(lint("HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"lineItems\":[]}").kind == DocumentKind::http);
    CHECK(lint("# @name a\nPOST https://api.partnercenter.microsoft.com/v1/customers/x/carts\n").kind == DocumentKind::http);
    CHECK(lint("---\ntitle: Update a cart\n---\n# Update a cart\n").kind == DocumentKind::markdown);
    CHECK(lint("{\"lineItems\":[]}").kind == DocumentKind::cart);
    // A JSON text that opens with a `# comment` is still a payload, and its faults are found.
    const LintResult commented = lint("# a cart\n{\"lineItems\":[],}");
    CHECK(commented.kind == DocumentKind::cart);
    CHECK(count(commented, "syntax/unexpected-character") == 1);
    CHECK(lint("GETTER /x HTTP/1.1").kind == DocumentKind::cart);  // no method: a payload (that does not parse)
    // A page's C# and PowerShell blocks are not payloads.
    const LintResult r = lint("# Page\n\n```csharp\nvar cart = new Cart { };\n```\n\n```powershell\n{ broken\n```\n", DocumentKind::markdown);
    CHECK(r.diagnostics.empty());
}

TEST_CASE("container: a response is checked by its content; a checkout takes no body", "[container][http]") {
    const LintResult response = lint("HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"orders\":[],\"attributes\":{\"objectType\":\"CartCheckoutResult\"}}\n");
    CHECK(response.diagnostics.empty());
    const LintResult checkout = lint(
        "POST /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73/checkout HTTP/1.1\n"
        "Authorization: Bearer <token>\nContent-Length: 0\n\nNo-Content-Body\n");
    CHECK(checkout.diagnostics.empty());
    const LintResult order = lint("POST /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/orders HTTP/1.1\nAuthorization: Bearer <token>\n"
                                  "Content-Type: application/json\n\n{\"lineItems\":[{\"lineItemNumber\":0,\"offerId\":\"x\",\"quantity\":\"2\"}]}");
    CHECK(count(order, "quantity/numeric-string") == 1);  // checked as an order
}

TEST_CASE("container: property tables are read by position, in any language", "[container][doc]") {
    // A table without a Required column whose rows the API requires.
    const LintResult three = lint("# Page\n\n| Property | Type | Description |\n|---|---|---|\n| catalogItemId | string | The item. |\n"
                                  "| quantity | int | How many. |\n| friendlyName | string | A name. |\n", DocumentKind::markdown);
    REQUIRE(count(three, "doc/required-mismatch") == 1);
    CHECK(three.diagnostics[0].begin.line == 3);
    CHECK(three.diagnostics[0].message.find("catalogItemId, quantity") != std::string::npos);
    // Japanese headers and cells: はい is yes, 文字列 a string, 数量 the translation of quantity.
    const LintResult ja = lint("# ページ\n\n| プロパティ | 種類 | 必須 | 説明 |\n|---|---|---|---|\n| catalogItemId | 文字列 | いいえ | 識別子。 |\n"
                               "| 数量 | int | はい | 数。 |\n| billingCycle | オブジェクト | はい | 請求サイクル。 |\n", DocumentKind::markdown);
    CHECK(lines_of(ja, "doc/required-mismatch") == std::vector<std::uint64_t>{5});  // catalogItemId is required
    CHECK(lines_of(ja, "doc/translated-name") == std::vector<std::uint64_t>{6});
    CHECK(lines_of(ja, "doc/type-mismatch") == std::vector<std::uint64_t>{7});      // billingCycle is a string
    CHECK(count(ja, "doc/unknown-property") == 0);
    // A table of path parameters (customer-id, cart-id) is no property table.
    const LintResult uri = lint("# Page\n\n| Name | Type | Required | Description |\n|---|---|---|---|\n| customer-id | string | Yes | A GUID. |\n"
                                "| cart-id | string | Yes | A GUID. |\n", DocumentKind::markdown);
    CHECK(uri.diagnostics.empty());
}

TEST_CASE("container: doc/translated-value: translated values in real pages' tables, named with the API's value", "[container][doc]") {
    auto read = [](const std::string& relative) {
        std::ifstream in(test::source_path(relative), std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    // The Order resources page as published: the OrderStatus table's Value column and the
    // billingCycle default the Order table quotes, translated; the OrderLineItem table's quoted
    // transaction types too (Japanese).
    const std::string ja = read("corpus/pages/ja-jp/order-resources.md");
    const LintResult ja_result = lint(ja, DocumentKind::markdown);
    CHECK(lines_of(ja_result, "doc/translated-value") ==
          std::vector<std::uint64_t>{line_with(ja, "\"毎月\""), line_with(ja, "' 書き換え '"), line_with(ja, "' 書き換え '"), line_with(ja, "| 完了 ")});
    std::set<std::string> ja_messages;
    for (const auto& d : ja_result.diagnostics)
        if (d.rule == "doc/translated-value") ja_messages.insert(d.message);
    CHECK(ja_messages.count("'毎月' is the Japanese page's translation of billingCycle's value 'monthly': values are not translated, the API knows only 'monthly'") == 1);
    CHECK(ja_messages.count("'顧客クレジット' is the Japanese page's translation of transactionType's value 'customerCredit': values are not translated, the API knows only 'customerCredit'") == 1);
    // The finding sits on the quoted value itself, without its quotes and spaces.
    for (const auto& d : ja_result.diagnostics)
        if (d.rule == "doc/translated-value" && d.message.rfind("'書き換え'", 0) == 0) CHECK(ja.substr(d.begin.offset, d.end.offset - d.begin.offset) == "書き換え");

    const std::string pt = read("corpus/pages/pt-pt/order-resources.md");
    CHECK(lines_of(lint(pt, DocumentKind::markdown), "doc/translated-value") ==
          std::vector<std::uint64_t>{line_with(pt, "\"Mensal\""), line_with(pt, "| desconhecido"), line_with(pt, "| concluído"),
                                     line_with(pt, "| pendente"), line_with(pt, "| cancelado")});
    // Hungarian: the row names its property with a translation in parentheses.
    const std::string hu = read("corpus/pages/hu-hu/order-resources.md");
    const LintResult hu_result = lint(hu, DocumentKind::markdown);
    CHECK(lines_of(hu_result, "doc/translated-value") ==
          std::vector<std::uint64_t>{line_with(hu, "\"Havi\""), line_with(hu, "| Ismeretlen"), line_with(hu, "| Befejezett"),
                                     line_with(hu, "| függőben"), line_with(hu, "| Törölt")});
    // The English page quotes and lists the API's own values.
    CHECK(count(lint(read("corpus/pages/en/order-resources.md"), DocumentKind::markdown), "doc/translated-value") == 0);
}

TEST_CASE("container: doc/translated-value: quotes of any script, and only where a value is meant", "[container][doc]") {
    const std::string head = "# Order\n\n| Property | Type | Description |\n|---|---|---|\n| id | string | An id. |\n"
                             "| referenceCustomerId | string | The customer. |\n";
    auto fired = [&](const std::string& description) {
        return count(lint(head + "| billingCycle | string | " + description + " |\n", DocumentKind::markdown), "doc/translated-value");
    };
    CHECK(fired("O padrão é \"Mensal\" ou \"OneTime\".") == 1);
    CHECK(fired("O padrão é « Mensal » ou « OneTime ».") == 1);          // French guillemets, spaces inside
    CHECK(fired("預設值為「每月」或「OneTime」。") == 1);                    // CJK corner brackets
    CHECK(fired("既定値は ' 毎月 ' です。") == 1);
    CHECK(fired("O padrão é \u201cmensal\u201d.") == 1);                  // typographic quotes, any case
    CHECK(fired("O padrão é \"Monthly\" ou \"OneTime\".") == 0);         // the API's value (as the doc names it)
    CHECK(fired("O ciclo Mensal, sem aspas.") == 0);                      // not quoted: a word of the sentence
    CHECK(fired("O \"ciclo Mensal\" e o d'outro.") == 0);                // quoted, but not the value alone
    CHECK(fired("l'élément ' et \"Mensal") == 0);                         // quotes that never close
    CHECK(fired(std::string(100000, '\'') + " \"Mensal\"") == 1);         // many apostrophes: bounded, still found
    // Another property's translation is not this one's: 取消 is a transaction type (cancel) and an
    // order status (cancelled), never a billing cycle.
    CHECK(fired("預設值為「取消」。") == 0);
    // A value table: most rows are the property's values or their translations.
    const LintResult table = lint("# Status\n\n| Valor | Posição | Descrição |\n|---|---|---|\n| unknown | 0 | x |\n| concluído | 1 | x |\n"
                                  "| pending | 2 | x |\n", DocumentKind::markdown);
    CHECK(lines_of(table, "doc/translated-value") == std::vector<std::uint64_t>{6});
    // One translated word among other things is no value table.
    const LintResult other = lint("# Words\n\n| Word | Meaning |\n|---|---|\n| concluído | done |\n| casa | house |\n| gato | cat |\n",
                                  DocumentKind::markdown);
    CHECK(count(other, "doc/translated-value") == 0);
}

TEST_CASE("container: http/header-guid and http/path-guid read a GUID alike", "[container][http]") {
    const std::string path = "PUT /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/";
    auto request = [&](std::string_view cart_id, std::string_view request_id) {
        return lint(path + std::string(cart_id) + " HTTP/1.1\nAuthorization: Bearer <token>\nMS-RequestId: " + std::string(request_id) +
                        "\nContent-Type: application/json\n\n{\"lineItems\":[]}",
                    DocumentKind::http);
    };
    const LintResult good = request("65faf57b-0205-47ee-92b3-08dcf233ea73", "4FA6DAD6-A89F-4875-8247-8294A10AE1CF");  // any case
    CHECK(count(good, "http/path-guid") + count(good, "http/header-guid") == 0);
    // A header may carry .NET's braced form (in a path, {…} is a placeholder and is not checked).
    CHECK(count(request("65faf57b-0205-47ee-92b3-08dcf233ea73", "{4fa6dad6-a89f-4875-8247-8294a10ae1cf}"), "http/header-guid") == 0);
    CHECK(count(request("65faf57b-0205-47ee-92b3-08dcf233ea73", "{4fa6dad6-a89f-4875-8247-8294a10ae1cf"), "http/header-guid") == 1);
    // Neither takes a hyphen out of place or a non-hex digit.
    for (std::string_view bad : {"65faf57b0-205-47ee-92b3-08dcf233ea73", "65faf57b-0205-47ee-92b3-08dcf233ea7g", "65faf57b-0205-47ee-92b3"}) {
        CHECK(count(request(bad, "4fa6dad6-a89f-4875-8247-8294a10ae1cf"), "http/path-guid") == 1);
        CHECK(count(request("65faf57b-0205-47ee-92b3-08dcf233ea73", bad), "http/header-guid") == 1);
    }
}
