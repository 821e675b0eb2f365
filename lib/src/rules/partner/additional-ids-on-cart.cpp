// partner/additional-ids-on-cart: the doc table's AdditionalPartnerIdsOnRecord on a cart line item.

#include "rules/rule.hpp"

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "partner/additional-ids-on-cart", Severity::warning, "additionalPartnerIdsOnRecord on a cart line item",
    "The Update a cart table lists AdditionalPartnerIdsOnRecord (\"String\") on the cart line item, but neither SDK "
    "has it there: on a cart line item the SDKs send additional resellers as participants with the key "
    "additional_transaction_reseller, and additionalPartnerIdsOnRecord (an array of strings) belongs to the order "
    "line item. cartlint checks the ids either way.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "additionalPartnerIdsOnRecord":["5357564"]}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "participants":[{"key":"additional_transaction_reseller","value":"5357564"}]}]})",
    ServiceResponse::unverified,
    "Unverified: the doc table lists the property on the cart line item but neither SDK's model has it there, so the service may drop the ids silently; participants is the way both SDKs send additional resellers on a cart."};

constexpr std::string_view titles[] = {"CartLineItem"};

class AdditionalIdsOnCart final : public ValueRule {
public:
    AdditionalIdsOnCart() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        Node list = member(ctx, item, property::additionalPartnerIdsOnRecord);
        if (!list) return;
        ctx.report_key(*this, list, "neither SDK sends additionalPartnerIdsOnRecord on a cart line item; the SDKs send "
                                    "additional resellers as participants with key \"additional_transaction_reseller\"");
    }
};

}  // namespace

CARTLINT_RULE(partner_additional_ids_on_cart, AdditionalIdsOnCart)

}  // namespace cartlint::detail::rules
