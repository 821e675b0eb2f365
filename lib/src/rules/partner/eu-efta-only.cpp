// partner/eu-efta-only: additional resellers outside the EU and EFTA.

#include "rules/partner/resellers.hpp"
#include "rules/support/regions.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {

namespace {

constexpr RuleDoc doc{
    "partner/eu-efta-only", Severity::warning, "Additional resellers for a customer outside the EU and EFTA",
    "Additional resellers are \"only applicable [to] partners transacting within EU / EFTA countries/regions\" "
    "(Update a cart, AdditionalPartnerIdsOnRecord): the EU-27 plus Iceland, Liechtenstein, Norway and Switzerland. "
    "The United Kingdom is in neither. Needs --customer-country; without it, context/customer-country says so.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "participants":[{"key":"transaction_reseller","value":"517285"},{"key":"additional_transaction_reseller","value":"5357564"}]}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "participants":[{"key":"transaction_reseller","value":"517285"}]}]})",
    ServiceResponse::unverified,
    "Unverified: the docs say additional resellers are \"only applicable\" within the EU and EFTA, but not what the service does outside them (reject the line item or ignore the resellers)."};

constexpr std::string_view titles[] = {"CartLineItem", "OrderLineItem"};

class EuEftaOnly final : public ValueRule {
public:
    EuEftaOnly() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces, .needs = NeededContext::customer_country}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        const auto& resellers = gather_resellers(ctx, item);
        if (resellers.additional.empty()) return;
        const auto& country = ctx.options().customer_country;
        if (!country) {
            ctx.missing_context(*this, resellers.additional[0].node,
                                "this document has additional resellers, which only EU/EFTA customers may have; pass "
                                "--customer-country to check them");
            return;
        }
        if (is_eu_or_efta(*country)) return;
        for (const auto& r : resellers.additional)
            ctx.report(*this, r.node, fmt::format("additional reseller {} on an order for a customer in {}: additional "
                                                  "resellers are only allowed for customers in the EU or EFTA",
                                                  json_quote(r.id), *country));
    }
};

}  // namespace

CARTLINT_RULE(partner_eu_efta_only, EuEftaOnly)

}  // namespace cartlint::detail::rules
