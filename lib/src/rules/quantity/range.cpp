// quantity/range: fractions, zero, negatives and int32 overflow.

#include "rules/quantity/quantity_value.hpp"
#include "document/order_shape.hpp"
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

// The order an order line item belongs to (item -> lineItems -> order) is the service's answer.
bool in_order_response(const RuleContext& ctx, Node item) {
    const JsonDocument& doc = ctx.document();
    const std::uint32_t items = doc.map[item.id].parent;
    if (items == no_node) return false;
    const std::uint32_t order = doc.map[items].parent;
    if (order == no_node) return false;
    const Node node = doc.node(order);
    return node && order_shape(*node.value) == OrderShape::response;
}

class Range final : public ValueRule {
public:
    Range() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode& schema) const override {
        Node q = member(ctx, item, property::quantity);
        if (!q) return;
        auto value = read_quantity(q);
        if (!value.numeric || !value.problem) return;
        // The service answers with quantity 0 on an order line it cancelled (cancel-software-purchases).
        if (value.text == "0" && schema.title == "OrderLineItem" && in_order_response(ctx, item)) return;
        ctx.report(*this, q, fmt::format("quantity {}: {}", value.text, *value.problem));
    }
};

}  // namespace

CARTLINT_RULE(quantity_range, Range)

}  // namespace cartlint::detail::rules
