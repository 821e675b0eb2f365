// billing/invalid-cycle: a billingCycle the service cannot read, or Unknown.

#include "rules/billing/billing_cycle.hpp"
#include "rules/rule.hpp"
#include "core/spelling.hpp"
#include "schema/schema_findings.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "billing/invalid-cycle", Severity::error, "A billingCycle the service would silently read as Unknown",
    "billingCycle is the BillingCycleType enum as a string: monthly, annual, none, one_time, triennial, biennial "
    "(Products/BillingCycleType.cs). The doc table calls it an \"Object\"; it is not. The SDKs' EnumJsonConverter "
    "upper-cases the first letter and each letter after '_' and matches case-sensitively, so a value it cannot read "
    "(monthy, onetime, ONE_TIME) silently becomes Unknown, with no error, and the order fails later. Unknown itself "
    "is never valid on a line item; at order level it is the .NET SDK's default, which the service accepts (it sets "
    "the cycle from the line items).",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthy","termDuration":"P1M"}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::misreads,
    "Misreads it: the SDKs' enum converter turns a value it cannot read (monthy, onetime, ONE_TIME) into Unknown without an error, and a cart line item billed Unknown cannot be ordered, so the checkout fails later, far from the typo."};

constexpr std::string_view titles[] = {"BillingCycle", "OrderBillingCycle"};

class InvalidCycle final : public ValueRule {
public:
    InvalidCycle() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node node, const SchemaNode& schema) const override {
        if (!node.value->IsString()) {
            ctx.report(*this, node, fmt::format("billingCycle must be a string such as \"monthly\", found {} (the doc "
                                                "table's type \"Object\" is wrong)", describe_value(*node.value)));
            return;
        }
        std::string_view value = as_string(node);
        auto read = read_billing_cycle(value);
        // An order's own cycle may be the SDK's default, unknown: the service sets it from the line items.
        const bool order_level = schema.title == "OrderBillingCycle";
        if (read && (*read != "unknown" || order_level)) return;
        if (read) {
            ctx.report(*this, node, "billingCycle \"unknown\" is never valid on a line item: use monthly, annual, none, "
                                    "one_time, triennial or biennial");
            return;
        }
        std::string message = fmt::format("{} is not a billing cycle: the SDKs' converter would silently read it as "
                                          "Unknown and the order would fail later; use monthly, annual, none, one_time, "
                                          "triennial or biennial", json_quote(value));
        if (auto guess = closest_name(value, canonical_billing_cycles)) message += fmt::format(" (did you mean \"{}\"?)", *guess);
        ctx.report(*this, node, std::move(message));
    }
};

}  // namespace

CARTLINT_RULE(billing_invalid_cycle, InvalidCycle)

}  // namespace cartlint::detail::rules
