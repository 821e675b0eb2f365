// cart/expired: a cart whose expiry has passed.

#include "rules/cart/cart_times.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "cart/expired", Severity::warning, "The cart has expired",
    "Carts expire seven days after creation (Update a cart); updating or checking out an expired cart fails, so get "
    "or create a fresh one. \"Now\" is the system clock, or --now for reproducible runs.",
    R"({"expirationTimestamp":"2018-03-22T17:15:02Z","lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    R"({"lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    ServiceResponse::unverified,
    "Unverified for this payload: the service refuses to update or check out an expired cart, but it judges by the cart it stores, of which this timestamp is only a copy."};

constexpr std::string_view titles[] = {"Cart"};

class Expired final : public ValueRule {
public:
    Expired() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node cart, const SchemaNode&) const override {
        auto expires = cart_timestamp(ctx, cart, property::expirationTimestamp);
        if (!expires) return;
        std::int64_t now = std::chrono::duration_cast<std::chrono::seconds>(ctx.now().time_since_epoch()).count();
        if (expires->value.seconds > now) return;
        ctx.report(*this, expires->node, fmt::format("the cart expired {} ago; update or check out a current cart instead",
                                                     format_duration(now - expires->value.seconds)));
    }
};

}  // namespace

CARTLINT_RULE(cart_expired, Expired)

}  // namespace cartlint::detail::rules
