// billing/non-canonical-cycle: readable, but not how the API writes it.

#include "rules/billing/billing_cycle.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "billing/non-canonical-cycle", Severity::warning, "A billingCycle in PascalCase or another non-canonical spelling",
    "The service writes billing cycles in lower snake case (monthly, one_time). The SDKs' converter also reads "
    "Monthly, OneTime or One_Time, so these work, but other tools (and case-sensitive comparisons in your own code) "
    "see a different value. The fix writes the canonical form.",
    R"({"lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"OneTime"}]})",
    R"({"lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    ServiceResponse::accepts,
    "Accepts it: the converter also reads Monthly, OneTime or One_Time, so the request works; other tools and case-sensitive code see a different value."};

constexpr std::string_view titles[] = {"BillingCycle", "OrderBillingCycle"};

class NonCanonicalCycle final : public ValueRule {
public:
    NonCanonicalCycle() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node node, const SchemaNode&) const override {
        std::string_view value = as_string(node);
        auto read = read_billing_cycle(value);
        if (!node.value->IsString() || !read || *read == "unknown" || *read == value) return;
        ctx.report(*this, node, fmt::format("write billingCycle as \"{}\": {} works, but the API's form is lower snake case",
                                            *read, json_quote(value)))
            .fix = suggest_value(ctx.document(), node, fmt::format("write \"{}\"", *read), json_quote(*read));
    }
};

}  // namespace

CARTLINT_RULE(billing_non_canonical_cycle, NonCanonicalCycle)

}  // namespace cartlint::detail::rules
