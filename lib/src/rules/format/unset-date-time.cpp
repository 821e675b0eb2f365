// format/unset-date-time: the .NET SDK's DateTime.MinValue stands for "not set".

#include "rules/rule.hpp"
#include "core/date_time.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "format/unset-date-time", Severity::info, "A date-time holds the .NET SDK's placeholder for 'not set'",
    "The .NET SDK's Cart.ExpirationTimestamp is not nullable, so an unset value is serialised as DateTime.MinValue, "
    "\"0001-01-01T00:00:00\" with no time zone (the Update a cart request example sends it). It is not a real date: "
    "leave the property out, or let the service set it.",
    R"({"expirationTimestamp":"0001-01-01T00:00:00","lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    R"({"lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    ServiceResponse::advice,
    "Accepts it: the .NET SDK sends this placeholder in every request that leaves the expiry unset (the Update a cart request example), and the service sets the real value. Advice only: it is not a date."};

class UnsetDateTime final : public ValueRule {
public:
    UnsetDateTime() : ValueRule(rules::doc, {.format = "date-time", .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node node, const SchemaNode&) const override {
        if (!is_dotnet_unset_date_time(as_string(node))) return;
        ctx.report(*this, node, fmt::format("{} is the .NET SDK's value for an unset date (DateTime.MinValue), not a "
                                            "real date; cartlint skips the checks that need it",
                                            json_quote(as_string(node))));
    }
};

}  // namespace

CARTLINT_RULE(format_unset_date_time, UnsetDateTime)

}  // namespace cartlint::detail::rules
