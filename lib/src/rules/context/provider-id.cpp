// context/provider-id: a check that needs the indirect provider's id, run without one.
// Documentation only: the value rules that need it report it (RuleContext::missing_context).

#include "rules/context/needed_context.hpp"

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "context/provider-id", Severity::info, "Resellers were not checked against the indirect provider's own id",
    "A reseller field holds \"the PartnerID of the Additional indirect reseller only (never the ID of the indirect "
    "provider)\" (Update a cart), and the service answers 2072 \"MPN Id of Indirect Provider is not valid as Partner "
    "On Record\". Pass --provider-id so partner/indirect-provider can check it. Said once per document.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "participants":[{"key":"transaction_reseller","value":"517285"}]}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y"}]})",
    ServiceResponse::advice,
    "Advice: the payload may be fine; this run could not check the resellers against the indirect provider's own id because it was not given."};

}  // namespace

const RuleDoc& context_provider_id() noexcept { return doc; }

}  // namespace cartlint::detail::rules
