// cart/expiration-window: an expiry more than seven days after creation.

#include "rules/cart/cart_times.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "cart/expiration-window", Severity::warning, "expirationTimestamp is more than seven days after creationTimestamp",
    "\"Carts expire seven days from initial creation\" (Update a cart, create-a-cart and checkout-a-cart all say so; "
    "the samples agree). The service stamps the expiry a few seconds after the creation time (published responses show 7 "
    "days plus 2 to 19 seconds), so up to five minutes past seven days is its own; a later expiry is not one the service "
    "set: the cart will expire sooner than the payload claims.",
    R"({"creationTimestamp":"2018-03-15T17:15:02Z","expirationTimestamp":"2018-04-15T17:15:02Z",
  "lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    R"({"creationTimestamp":"2018-03-15T17:15:02Z","expirationTimestamp":"2018-03-22T17:15:02Z",
  "lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    ServiceResponse::unverified,
    "Unverified: the service sets the expiry itself (seven days after creation, plus the seconds the request took) and is not documented to read it in a request; a later expiry was not written by the service."};

constexpr std::string_view titles[] = {"Cart"};
constexpr std::int64_t seven_days = 7 * 86400;
// The service takes the expiry's clock reading after the creation's, while it handles the request.
constexpr std::int64_t service_slack = 5 * 60;

class ExpirationWindow final : public ValueRule {
public:
    ExpirationWindow() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node cart, const SchemaNode&) const override {
        auto created = cart_timestamp(ctx, cart, property::creationTimestamp);
        auto expires = cart_timestamp(ctx, cart, property::expirationTimestamp);
        if (!created || !expires) return;
        if (expires->value <= plus_seconds(created->value, seven_days + service_slack)) return;
        const std::int64_t delta = expires->value.seconds - created->value.seconds;
        ctx.report(*this, expires->node, fmt::format("expirationTimestamp is {} after creationTimestamp, but the service "
                                                     "sets it seven days after", format_duration(delta)));
    }
};

}  // namespace

CARTLINT_RULE(cart_expiration_window, ExpirationWindow)

}  // namespace cartlint::detail::rules
