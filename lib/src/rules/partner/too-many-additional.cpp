// partner/too-many-additional: more than five additional resellers.

#include "rules/partner/resellers.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "partner/too-many-additional", Severity::error, "More than five additional resellers on a line item",
    "\"Only a maximum of five Indirect Resellers can be entered\" (Update a cart, AdditionalPartnerIdsOnRecord). "
    "Counted across additional_transaction_reseller participants and additionalPartnerIdsOnRecord.",
    R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"partnerIdOnRecord":"517285",
  "additionalPartnerIdsOnRecord":["1000001","1000002","1000003","1000004","1000005","1000006"]}],"attributes":{"objectType":"Order"}})",
    R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"partnerIdOnRecord":"517285",
  "additionalPartnerIdsOnRecord":["1000001","1000002","1000003","1000004","1000005"]}],"attributes":{"objectType":"Order"}})",
    ServiceResponse::rejects,
    "Rejects it: \"Only a maximum of five Indirect Resellers can be entered\" (Update a cart)."};

constexpr std::string_view titles[] = {"CartLineItem", "OrderLineItem"};

class TooManyAdditional final : public ValueRule {
public:
    TooManyAdditional() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        const auto& resellers = gather_resellers(ctx, item);
        if (resellers.additional.size() <= 5) return;
        Node where = resellers.additional_list ? resellers.additional_list : resellers.participants;
        ctx.report(*this, where, fmt::format("{} additional resellers on one line item; at most five are allowed",
                                             resellers.additional.size()));
    }
};

}  // namespace

CARTLINT_RULE(partner_too_many_additional, TooManyAdditional)

}  // namespace cartlint::detail::rules
