// order/checkout-error: an order group that failed at checkout.

#include "rules/rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "order/checkout-error", Severity::warning, "A checkout result reports an order group that failed",
    "A CartCheckoutResult lists the order groups it could not place in orderErrors ({ orderGroupId, code, "
    "description }; checkout-a-cart). Each is a purchase that did not happen. Known codes are explained from the "
    "error-codes article.",
    R"({"orders":[],"orderErrors":[{"orderGroupId":"0","code":800016,"description":"MPN Id is not a valid Indirect Reseller"}],
  "attributes":{"objectType":"CartCheckoutResult"}})",
    R"({"orders":[],"attributes":{"objectType":"CartCheckoutResult"}})",
    ServiceResponse::reports,
    "The document is the service's own answer: it refused the order group named here (the orderErrors entry gives its code and description)."};

constexpr std::string_view titles[] = {"OrderError"};

std::string_view explain(std::int64_t code) {
    switch (code) {
    case 2072: return "the indirect provider's MPN id was given as partner of record";
    case 800015: return "an MPN id was not found";
    case 800016: return "an MPN id is not a valid indirect reseller";
    case 900142: return "a line item has no catalogItemId";
    case 400039: return "the offer needs a termDuration";
    default: return {};
    }
}

class CheckoutError final : public ValueRule {
public:
    CheckoutError() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node error, const SchemaNode&) const override {
        Node code = member(ctx, error, property::code);
        std::string group(as_string(member(ctx, error, property::orderGroupId)));
        std::string description(as_string(member(ctx, error, property::description)));
        std::int64_t c = code && code.value->IsInt64() ? code.value->GetInt64() : 0;
        std::string message = fmt::format("order group {} failed at checkout", json_quote(group));
        if (code) message += fmt::format(" with error {}", c);
        if (!description.empty()) message += fmt::format(": {}", description);
        if (auto why = explain(c); !why.empty() && description.empty()) message += fmt::format(": {}", why);
        ctx.report(*this, error, std::move(message));
    }
};

}  // namespace

CARTLINT_RULE(order_checkout_error, CheckoutError)

}  // namespace cartlint::detail::rules
