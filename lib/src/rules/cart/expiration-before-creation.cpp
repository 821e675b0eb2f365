// cart/expiration-before-creation: a cart that expires before it exists.

#include "rules/cart/cart_times.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "cart/expiration-before-creation", Severity::warning, "expirationTimestamp is not after creationTimestamp",
    "\"Carts expire seven days from initial creation\" (Update a cart; create-a-cart, checkout-a-cart): the expiry "
    "follows the creation. An expiry at or before creation means the timestamps were swapped or edited by hand.",
    R"({"creationTimestamp":"2018-03-15T17:15:02Z","expirationTimestamp":"2018-03-14T17:15:02Z",
  "lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    R"({"creationTimestamp":"2018-03-15T17:15:02Z","expirationTimestamp":"2018-03-22T17:15:02Z",
  "lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    ServiceResponse::unverified,
    "Unverified: the service sets both timestamps itself and is not documented to read them in a request; values that contradict each other mean the payload was edited by hand."};

constexpr std::string_view titles[] = {"Cart"};

class ExpirationBeforeCreation final : public ValueRule {
public:
    ExpirationBeforeCreation() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node cart, const SchemaNode&) const override {
        auto created = cart_timestamp(ctx, cart, property::creationTimestamp);
        auto expires = cart_timestamp(ctx, cart, property::expirationTimestamp);
        if (!created || !expires) return;
        if (expires->value > created->value) return;
        const std::int64_t delta = expires->value.seconds - created->value.seconds;
        ctx.report(*this, expires->node, fmt::format("the cart expires {} {} it was created; expirationTimestamp must "
                                                     "come after creationTimestamp (carts expire seven days after creation)",
                                                     delta == 0 ? "the moment" : format_duration(delta), delta == 0 ? "" : "before"));
    }
};

}  // namespace

CARTLINT_RULE(cart_expiration_before_creation, ExpirationBeforeCreation)

}  // namespace cartlint::detail::rules
