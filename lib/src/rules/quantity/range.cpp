// quantity/range: fractions, zero, negatives and int32 overflow.

#include "rules/quantity/quantity_value.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "quantity/range", Severity::error, "quantity is not a whole number from 1 to 2147483647",
    "quantity is \"the number of licenses or instances\" (Update a cart), an int in both SDKs: at least 1, at most "
    "2147483647. A fraction, zero, a negative number or anything larger cannot be sent; the offer's own minimum and "
    "maximum are checked by the service.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":0,"billingCycle":"monthly","termDuration":"P1M"}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::rejects,
    "Rejects it: quantity 0, a negative or a fractional quantity cannot be bought, and a number past 2147483647 does not fit the model's int (a 400)."};

constexpr std::string_view titles[] = {"CartLineItem", "OrderLineItem"};

class Range final : public Rule {
public:
    const RuleDoc& doc() const noexcept override { return rules::doc; }
    std::span<const std::string_view> titles() const noexcept override { return rules::titles; }
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        Node q = member(ctx, item, "quantity");
        if (!q) return;
        auto value = read_quantity(q);
        if (!value.numeric || !value.problem) return;
        ctx.report(doc(), q, fmt::format("quantity {}: {}", value.text, *value.problem));
    }
};

}  // namespace

const Rule& quantity_range() {
    static const Range rule;
    return rule;
}

}  // namespace cartlint::detail::rules
