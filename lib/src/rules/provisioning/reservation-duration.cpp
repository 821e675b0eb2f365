// provisioning/reservation-duration: an Azure reservation duration that is not 1Year or 3Years.

#include "rules/provisioning/allowed_value.hpp"

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "provisioning/reservation-duration", Severity::warning, "provisioningContext.duration is not 1Year or 3Years",
    "An Azure reservation's provisioningContext carries duration \"1Year\" or \"3Years\" (create-a-cart; the Update "
    "a cart request example sends \"1Year\"). Some pages write \"3Year\", which is not the value the service uses.",
    R"({"lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time",
  "provisioningContext":{"subscriptionId":"cccc2c2c-dd3d-ee4e-ff5f-aaaaaa6a6a6a","scope":"shared","duration":"3Year"}}]})",
    R"({"lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time",
  "provisioningContext":{"subscriptionId":"cccc2c2c-dd3d-ee4e-ff5f-aaaaaa6a6a6a","scope":"shared","duration":"3Years"}}]})",
    ServiceResponse::unverified,
    "Unverified: the reservation articles write 1Year and 3Years (some pages 3Year); which spellings the service reads is not documented."};

constexpr std::string_view titles[] = {"ProvisioningContext"};
constexpr std::string_view allowed[] = {"1Year", "3Years"};

class ReservationDuration final : public ValueRule {
public:
    ReservationDuration() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node context, const SchemaNode&) const override {
        check_allowed_value(ctx, *this, context, property::duration, "reservation duration", allowed);
    }
};

}  // namespace

CARTLINT_RULE(provisioning_reservation_duration, ReservationDuration)

}  // namespace cartlint::detail::rules
