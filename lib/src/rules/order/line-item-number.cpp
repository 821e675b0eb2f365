// order/line-item-number: line item numbers that are not 0 … n-1.

#include "rules/rule.hpp"

#include <fmt/format.h>

#include <vector>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "order/line-item-number", Severity::warning, "An order's lineItemNumber values are not 0 to n-1, each once",
    "lineItemNumber is \"a unique line item number\", numbered 0 to n-1 in the order (order-resources; the samples "
    "number 0, 1). A gap or a repeat means line items were copied or removed by hand.",
    R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1},
  {"lineItemNumber":0,"offerId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":2}],"attributes":{"objectType":"Order"}})",
    R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1},
  {"lineItemNumber":1,"offerId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":2}],"attributes":{"objectType":"Order"}})",
    ServiceResponse::unverified,
    "Unverified: the service numbers order line items 0 to n-1; what it does with a gap or a repeat in a request is not documented."};

constexpr std::string_view titles[] = {"Order"};

class LineItemNumber final : public ValueRule {
public:
    LineItemNumber() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node order, const SchemaNode&) const override {
        Node items = member(ctx, order, property::lineItems);
        if (!items || !items.value->IsArray()) return;
        const std::uint64_t n = items.value->Size();
        std::vector<bool> seen(n, false);
        ctx.document().for_each_child(items, [&](std::uint32_t, Node item) {
            Node number = member(ctx, item, property::lineItemNumber);
            if (!number || !number.value->IsUint64()) return;  // absent or not a number: schema's business
            std::uint64_t v = number.value->GetUint64();
            if (v >= n)
                ctx.report(*this, number, fmt::format("lineItemNumber {} is out of range: an order with {} line item{} "
                                                      "numbers them 0 to {}", v, n, n == 1 ? "" : "s", n - 1));
            else if (seen[v])
                ctx.report(*this, number, fmt::format("lineItemNumber {} is used twice; number the line items 0 to {}", v, n - 1));
            else
                seen[v] = true;
        });
    }
};

}  // namespace

CARTLINT_RULE(order_line_item_number, LineItemNumber)

}  // namespace cartlint::detail::rules
