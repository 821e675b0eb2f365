// format/partner-id: partner ids are digit strings.

#include "rules/format/format_checks.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail {

bool is_partner_id(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

namespace rules {
namespace {

constexpr RuleDoc doc{
    "format/partner-id", Severity::error, "A partner id is not a string of digits",
    "Partner ids (MPN id, PartnerID, location id) are digit strings in JSON: the samples send \"517285\", "
    "\"5357564\" (Update a cart checkout sample; participants values, partnerIdOnRecord, additionalPartnerIdsOnRecord). "
    "The service answers 800015 \"MPN Id is not found\" for anything else.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "participants":[{"key":"transaction_reseller","value":"MPN-517285"}]}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "participants":[{"key":"transaction_reseller","value":"517285"}]}]})",
    ServiceResponse::rejects,
    "Rejects it: the service answers 800015 \"MPN Id is not found\" for a partner id that is not a known id (digits)."};

class PartnerId final : public ValueRule {
public:
    PartnerId() : ValueRule(rules::doc, {.format = "partner-id", .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node node, const SchemaNode&) const override {
        if (!node.value->IsString()) return;
        std::string_view s = as_string(node);
        if (is_partner_id(s)) return;
        std::size_t first = s.find_first_not_of(" \t"), last = s.find_last_not_of(" \t");
        if (first != std::string_view::npos && is_partner_id(s.substr(first, last - first + 1))) {
            std::string trimmed(s.substr(first, last - first + 1));
            ctx.report(*this, node, fmt::format("{} has spaces around the partner id", json_quote(s)))
                .fix = suggest_value(ctx.document(), node, "remove the spaces", json_quote(trimmed));
            return;
        }
        ctx.report(*this, node, fmt::format("{} is not a partner id: expected digits only, such as \"517285\"", json_quote(s)));
    }
};

}  // namespace

CARTLINT_RULE(format_partner_id, PartnerId)

}  // namespace rules
}  // namespace cartlint::detail
