// format/date-time: RFC 3339 date-times, checked natively.

#include "rules/rule.hpp"
#include "rules/support/parsed_date_time.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "format/date-time", Severity::error, "A date-time is not RFC 3339",
    "creationTimestamp, lastModifiedTimestamp, expirationTimestamp, customTermEndDate and an order's creationDate are "
    "date-times (DateTime in both SDKs), written as RFC 3339 with a time zone; the service emits seven fractional "
    "digits (2018-03-15T17:15:02.3840528Z), which is fine. The .NET SDK's unset value is format/unset-date-time.",
    R"({"creationTimestamp":"2018-03-15 17:15","lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    R"({"creationTimestamp":"2018-03-15T17:15:02.3840528Z","lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    ServiceResponse::misreads,
    "Misreads or rejects it: a value no date parser reads fails the request; one that Json.NET's lenient parser does read (no time zone, a space for 'T') is taken in an unstated time zone."};

class DateTimeFormat final : public ValueRule {
public:
    DateTimeFormat() : ValueRule(rules::doc, {.format = "date-time", .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node node, const SchemaNode&) const override {
        if (!node.value->IsString()) return;
        std::string_view s = as_string(node);
        if (is_dotnet_unset_date_time(s)) return;  // format/unset-date-time
        const auto& parsed = parsed_date_time(ctx, node);
        if (parsed.value) return;
        ctx.report(*this, node, fmt::format("{} is not an RFC 3339 date-time: {} (for example 2018-03-15T17:15:02Z)",
                                            json_quote(s), parsed.problem));
    }
};

}  // namespace

CARTLINT_RULE(format_date_time, DateTimeFormat)

}  // namespace cartlint::detail::rules
