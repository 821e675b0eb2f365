// cart/expiration-window: an expiry more than seven days after creation.

#include "rules/cart/cart_times.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "cart/expiration-window", Severity::warning, "expirationTimestamp is more than seven days after creationTimestamp",
    "\"Carts expire seven days from initial creation\" (Update a cart, create-a-cart and checkout-a-cart all say so; "
    "the samples agree). A later expiry is not one the service set: the cart will expire sooner than the payload claims.",
    R"({"creationTimestamp":"2018-03-15T17:15:02Z","expirationTimestamp":"2018-04-15T17:15:02Z",
  "lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    R"({"creationTimestamp":"2018-03-15T17:15:02Z","expirationTimestamp":"2018-03-22T17:15:02Z",
  "lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})"};

constexpr std::string_view titles[] = {"Cart"};
constexpr std::int64_t seven_days = 7 * 86400;

class ExpirationWindow final : public Rule {
public:
    const RuleDoc& doc() const noexcept override { return rules::doc; }
    std::span<const std::string_view> titles() const noexcept override { return rules::titles; }
    void check(RuleContext& ctx, Node cart, const SchemaNode&) const override {
        auto created = cart_timestamp(ctx, cart, "creationTimestamp");
        auto expires = cart_timestamp(ctx, cart, "expirationTimestamp");
        if (!created || !expires) return;
        std::int64_t delta = expires->value.seconds - created->value.seconds;
        if (delta < seven_days || (delta == seven_days && expires->value.nanos <= created->value.nanos)) return;
        ctx.report(doc(), expires->node, fmt::format("the cart expires {} after creation; carts expire seven days after "
                                                     "creation", format_duration(delta)));
    }
};

}  // namespace

const Rule& cart_expiration_window() {
    static const ExpirationWindow rule;
    return rule;
}

}  // namespace cartlint::detail::rules
