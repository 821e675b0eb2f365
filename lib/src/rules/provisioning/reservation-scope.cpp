// provisioning/reservation-scope: an Azure reservation scope that is not shared or single.

#include "rules/provisioning/allowed_value.hpp"

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "provisioning/reservation-scope", Severity::warning, "provisioningContext.scope is not shared or single",
    "An Azure reservation's provisioningContext carries scope \"shared\" or \"single\" (create-a-cart, the Update a "
    "cart request example). Other values are not reservation scopes.",
    R"({"lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time",
  "provisioningContext":{"subscriptionId":"cccc2c2c-dd3d-ee4e-ff5f-aaaaaa6a6a6a","scope":"global","duration":"1Year"}}]})",
    R"({"lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time",
  "provisioningContext":{"subscriptionId":"cccc2c2c-dd3d-ee4e-ff5f-aaaaaa6a6a6a","scope":"shared","duration":"1Year"}}]})",
    ServiceResponse::unverified,
    "Unverified: the reservation articles list shared and single; what the service does with another scope is not documented."};

constexpr std::string_view titles[] = {"ProvisioningContext"};
constexpr std::string_view allowed[] = {"shared", "single"};

class ReservationScope final : public ValueRule {
public:
    ReservationScope() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node context, const SchemaNode&) const override {
        check_allowed_value(ctx, *this, context, property::scope, "reservation scope", allowed);
    }
};

}  // namespace

CARTLINT_RULE(provisioning_reservation_scope, ReservationScope)

}  // namespace cartlint::detail::rules
