// partner/repeated-reseller: the same partner twice among a line item's resellers.

#include "rules/partner/resellers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "partner/repeated-reseller", Severity::warning, "A reseller is listed twice on a line item",
    "Additional resellers are the *other* indirect resellers: the partner of record (transaction reseller) does not "
    "belong in the additional list, and no additional reseller belongs there twice. A localised create-an-order "
    "sample lists the partner of record again among the additional ids; copying it repeats that mistake.",
    R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"partnerIdOnRecord":"517285",
  "additionalPartnerIdsOnRecord":["517285","5357564"]}],"attributes":{"objectType":"Order"}})",
    R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"partnerIdOnRecord":"517285",
  "additionalPartnerIdsOnRecord":["5357564"]}],"attributes":{"objectType":"Order"}})",
    ServiceResponse::unverified,
    "Unverified: the docs do not say whether the service rejects a repeated reseller or takes it once."};

constexpr std::string_view titles[] = {"CartLineItem", "OrderLineItem"};

class RepeatedReseller final : public ValueRule {
public:
    RepeatedReseller() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        const auto& resellers = gather_resellers(ctx, item);
        auto is_primary = [&](std::string_view id) {
            return std::any_of(resellers.primary.begin(), resellers.primary.end(), [&](const Reseller& p) { return p.id == id; });
        };
        // Five additional resellers at most are allowed: sets would cost more than they save,
        // but a payload may list thousands, so large lists get one.
        std::unordered_set<std::string_view> seen;
        const bool small = resellers.additional.size() <= 16;
        for (std::size_t i = 0; i < resellers.additional.size(); ++i) {
            const Reseller& r = resellers.additional[i];
            const bool repeat = small ? std::any_of(resellers.additional.begin(), resellers.additional.begin() + static_cast<long>(i),
                                                    [&](const Reseller& e) { return e.id == r.id; })
                                      : !seen.insert(r.id).second;
            if (is_primary(r.id))
                ctx.report(*this, r.node, fmt::format("{} is already the partner of record (transaction reseller); remove "
                                                      "it from the additional resellers", json_quote(r.id)));
            else if (repeat)
                ctx.report(*this, r.node, fmt::format("additional reseller {} is listed twice; remove the repeat", json_quote(r.id)));
        }
    }
};

}  // namespace

CARTLINT_RULE(partner_repeated_reseller, RepeatedReseller)

}  // namespace cartlint::detail::rules
