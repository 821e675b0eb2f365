// context/customer-country: a check that needs the customer's country, run without one.
// Documentation only: the value rules that need it report it (RuleContext::missing_context).

#include "rules/context/needed_context.hpp"

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "context/customer-country", Severity::info, "Additional resellers were not checked against the customer's country",
    "Additional resellers are \"only applicable [to] partners transacting within EU / EFTA countries/regions\" "
    "(Update a cart, AdditionalPartnerIdsOnRecord). A payload does not say where the customer is: pass "
    "--customer-country (ISO 3166-1 alpha-2) so partner/eu-efta-only can check it. Said once per document.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "participants":[{"key":"additional_transaction_reseller","value":"5357564"}]}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y"}]})",
    ServiceResponse::advice,
    "Advice: the payload may be fine; this run could not check the EU/EFTA rule because it was not told the customer's country."};

}  // namespace

const RuleDoc& context_customer_country() noexcept { return doc; }

}  // namespace cartlint::detail::rules
