// Pre-flights carts through the public API only, as a C++17 client: one good and one bad cart,
// the bad one fixed, and an NDJSON stream from the client's own source.
#include <cartlint/cartlint.hpp>

#include <algorithm>
#include <iostream>
#include <string>

static_assert(__cplusplus == 201703L, "the consumer checks that the public headers are C++17");
static_assert(CARTLINT_VERSION == CARTLINT_VERSION_MAJOR * 10000 + CARTLINT_VERSION_MINOR * 100 + CARTLINT_VERSION_PATCH);

namespace {

int fail(const char* what) {
    std::cerr << what << '\n';
    return 1;
}

}  // namespace

int main() {
    cartlint::Linter linter;
    auto good = linter.lint(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly"}]})");
    auto bad = linter.lint(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","billingCycle":"monthly"}]})");
    if (good.count(cartlint::Severity::error) != 0) return fail("a valid cart was rejected");
    if (bad.diagnostics.empty() || bad.diagnostics[0].rule != "schema/required" || bad.diagnostics[0].pointer != "/lineItems/0")
        return fail("a cart without quantity was not reported at /lineItems/0");

    // cartlint/fix.hpp: a missing comma and a trailing one are safe fixes.
    const std::string broken = R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P" "quantity":1,"billingCycle":"monthly",}]})";
    const cartlint::FixOutcome fixed = cartlint::apply_safe_fixes(linter, broken);
    if (fixed.applied < 2 || linter.lint(fixed.text).count(cartlint::Severity::error) != 0) return fail("the safe fixes did not repair the cart");

    // cartlint/stream.hpp: the client's source hands out the stream a few bytes at a time.
    const std::string stream = "{\"lineItems\":[]}\n[1 2]\n";
    std::size_t at = 0;
    const cartlint::StreamResult streamed = cartlint::lint_ndjson_stream(
        linter,
        [&](char* buffer, std::size_t capacity, std::string&) {
            const std::size_t n = std::min({std::size_t{4}, capacity, stream.size() - at});
            std::copy_n(stream.data() + at, n, buffer);
            at += n;
            return n;
        },
        {}, 2);
    if (streamed.error || streamed.result.diagnostics.empty() || streamed.result.diagnostics.back().begin.line != 2 ||
        streamed.lines.empty() || streamed.lines.back().number != 2)
        return fail("the stream's second line was not reported as line 2");

    std::size_t rules = 0;
    for (const cartlint::RuleDoc& rule : cartlint::rule_docs()) rules += !rule.id.empty();
    if (rules < 50 || !cartlint::find_rule_doc("schema/required")) return fail("the rule documentation is missing");
    if (!cartlint::has_schema_engine(cartlint::SchemaEngine::native)) return fail("no native engine");

    std::cout << "consumer ok: cartlint " << cartlint::version << " (" << CARTLINT_VERSION_STRING << "), " << rules << " rules\n";
    return 0;
}
