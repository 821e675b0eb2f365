// billing/missing-term: a new-commerce offer billed periodically without a termDuration.

#include "rules/billing/billing_cycle.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "billing/missing-term", Severity::warning, "A new-commerce line item billed periodically has no termDuration",
    "New-commerce offers (catalog item ids PRODUCT:SKU:AVAILABILITY) are bought for a term. Without termDuration "
    "the service answers 400039 \"does not support term ''\" (Partner-Center-PowerShell issue #388). Monthly, annual "
    "and triennial cycles need one; one_time (reservations, perpetual software) and none (trials) do not.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly"}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::unverified,
    "Rejects it for offers sold by term: 400039 \"does not support term ''\" (Partner-Center-PowerShell #388). Which offers need a term is in the catalog, not in the payload, so cartlint cannot be sure for a given offer."};

constexpr std::string_view titles[] = {"CartLineItem"};

bool is_new_commerce(std::string_view id) { return id.size() == 30 && id[12] == ':' && id[17] == ':'; }

class MissingTerm final : public ValueRule {
public:
    MissingTerm() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        // "" is no term too: the service's own answer to it is the 400039 below.
        const Node term = member(ctx, item, property::termDuration);
        const bool empty = term && term.value->IsString() && term.value->GetStringLength() == 0;
        if (term && !empty) return;
        Node cycle_node = member(ctx, item, property::billingCycle);
        auto cycle = read_billing_cycle(as_string(cycle_node));
        if (!cycle || (*cycle != "monthly" && *cycle != "annual" && *cycle != "triennial")) return;
        if (!is_new_commerce(as_string(member(ctx, item, property::catalogItemId)))) return;
        std::string_view suggestion = *cycle == "triennial" ? "P3Y" : *cycle == "annual" ? "P1Y" : "P1M or P1Y";
        ctx.report(*this, item, fmt::format("this {} new-commerce line item has {}; the service answers "
                                            "400039 \"does not support term ''\": add termDuration ({})",
                                            *cycle, empty ? "an empty termDuration" : "no termDuration", suggestion));
    }
};

}  // namespace

CARTLINT_RULE(billing_missing_term, MissingTerm)

}  // namespace cartlint::detail::rules
