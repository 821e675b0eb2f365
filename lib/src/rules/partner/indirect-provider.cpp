// partner/indirect-provider: the indirect provider named as a reseller.

#include "rules/partner/resellers.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {

namespace {

constexpr RuleDoc doc{
    "partner/indirect-provider", Severity::error, "The indirect provider's own partner id is used as a reseller",
    "Reseller fields take \"the PartnerID of the Additional indirect reseller only (never the ID of the indirect "
    "provider)\" (Update a cart); as partner of record the service answers 2072 \"MPN Id of Indirect Provider is not "
    "valid as Partner On Record\". Needs --provider-id; without it, context/provider-id says so.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "participants":[{"key":"transaction_reseller","value":"873452"}]}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "participants":[{"key":"transaction_reseller","value":"517285"}]}]})",
    ServiceResponse::rejects,
    "Rejects it: as partner of record the service answers 2072 \"MPN Id of Indirect Provider is not valid as Partner On Record\"; the docs forbid it as an additional reseller too."};

constexpr std::string_view titles[] = {"CartLineItem", "OrderLineItem"};

class IndirectProvider final : public ValueRule {
public:
    IndirectProvider() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces, .needs = NeededContext::provider_id}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        const auto& resellers = gather_resellers(ctx, item);
        if (resellers.primary.empty() && resellers.additional.empty()) return;
        const auto& provider = ctx.options().provider_id;
        if (!provider) {
            Node first = resellers.primary.empty() ? resellers.additional[0].node : resellers.primary[0].node;
            ctx.missing_context(*this, first,
                                "this document names resellers; pass --provider-id to check that none is the indirect provider");
            return;
        }
        for (const auto* list : {&resellers.primary, &resellers.additional})
            for (const auto& r : *list)
                if (r.id == *provider)
                    ctx.report(*this, r.node, fmt::format("{} is the indirect provider's own partner id (--provider-id); "
                                                          "name the indirect reseller here instead (service error 2072)",
                                                          json_quote(r.id)));
    }
};

}  // namespace

CARTLINT_RULE(partner_indirect_provider, IndirectProvider)

}  // namespace cartlint::detail::rules
