// quantity/numeric-string: "2" instead of 2.

#include "rules/quantity/quantity_value.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "quantity/numeric-string", Severity::warning, "quantity is a number written as a string",
    "quantity is an int in both SDKs. The service coerces a numeric string such as \"2\", so the request works, but "
    "the payload is not what the API documents and strict tools reject it. The fix removes the quotes.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":"2","billingCycle":"monthly","termDuration":"P1M"}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":2,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::accepts,
    "Accepts it: Json.NET converts a numeric string such as \"2\" to the int the model holds, so the request works; strict tools reject it."};

constexpr std::string_view titles[] = {"CartLineItem", "OrderLineItem"};

class NumericString final : public ValueRule {
public:
    NumericString() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        Node q = member(ctx, item, property::quantity);
        if (!q || !q.value->IsString()) return;
        auto value = read_quantity(q);
        if (!value.numeric || value.problem) return;  // not a number (schema/type), or out of range (quantity/range)
        ctx.report(*this, q, fmt::format("quantity is the string {}; write the number {}", json_quote(as_string(q)), value.text))
            .fix = suggest_value(ctx.document(), q, "write quantity as a number", value.text);
    }
};

}  // namespace

CARTLINT_RULE(quantity_numeric_string, NumericString)

}  // namespace cartlint::detail::rules
