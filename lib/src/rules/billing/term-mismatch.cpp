// billing/term-mismatch: a billing cycle and a term that do not go together.

#include "rules/billing/billing_cycle.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "billing/term-mismatch", Severity::warning, "billingCycle and termDuration contradict each other",
    "The usual pairings (domain.md, from the product and cart articles): monthly with P1M, P1Y or P3Y; annual with "
    "P1Y or P3Y; triennial with P3Y. one_time is not checked: Azure reservations and savings plans are bought "
    "one_time with termDuration P1Y or P3Y (create-a-cart request and response examples), perpetual software with "
    "none. An annual bill for a one-month term, or a triennial bill for less than three years, is a mistake the service "
    "rejects or prices unexpectedly.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"triennial","termDuration":"P1Y"}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"triennial","termDuration":"P3Y"}]})",
    ServiceResponse::unverified,
    "Unverified: the pairings come from the product and cart articles; whether the service rejects a contradicting pair or prices it unexpectedly is not documented."};

constexpr std::string_view titles[] = {"CartLineItem"};

class TermMismatch final : public ValueRule {
public:
    TermMismatch() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        Node cycle_node = member(ctx, item, property::billingCycle);
        Node term_node = member(ctx, item, property::termDuration);
        if (!cycle_node || !term_node || !term_node.value->IsString()) return;
        auto cycle = read_billing_cycle(as_string(cycle_node));
        if (!cycle) return;
        std::string_view term = as_string(term_node);
        std::string problem;
        if (*cycle == "triennial" && term != "P3Y") problem = "a triennial billing cycle needs termDuration \"P3Y\"";
        else if (*cycle == "annual" && term == "P1M") problem = "an annual billing cycle cannot bill a one-month term; use \"P1Y\" or \"P3Y\", or bill monthly";
        if (problem.empty()) return;
        ctx.report(*this, term_node, fmt::format("termDuration {} with billingCycle \"{}\": {}", json_quote(term), *cycle, problem));
    }
};

}  // namespace

CARTLINT_RULE(billing_term_mismatch, TermMismatch)

}  // namespace cartlint::detail::rules
