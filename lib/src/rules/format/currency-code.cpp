// format/currency-code: ISO 4217 alphabetic codes.

#include "rules/format/format_checks.hpp"
#include "rules/rule.hpp"
#include "core/ascii.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace cartlint::detail {

bool is_currency_code(std::string_view s) noexcept {
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

namespace rules {
namespace {

constexpr RuleDoc doc{
    "format/currency-code", Severity::warning, "A currency code is not three upper-case letters (ISO 4217)",
    "currencyCode is an ISO 4217 code such as USD or EUR (cart-resources; the samples send \"USD\").",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"currencyCode":"usd","billingCycle":"monthly","termDuration":"P1M"}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"currencyCode":"USD","billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::unverified,
    "Unverified: the service prices the cart in the customer's currency; whether it rejects or ignores a currencyCode that is not ISO 4217 in a request is not documented."};

class CurrencyCode final : public ValueRule {
public:
    CurrencyCode() : ValueRule(rules::doc, {.format = "currency-code", .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node node, const SchemaNode&) const override {
        if (!node.value->IsString()) return;
        std::string_view s = as_string(node);
        if (is_currency_code(s)) return;
        if (s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return ascii::is_alpha(c); })) {
            std::string upper(s);
            for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            ctx.report(*this, node, fmt::format("write the currency code in upper case: \"{}\"", upper))
                .fix = suggest_value(ctx.document(), node, "upper-case the currency code", json_quote(upper));
            return;
        }
        ctx.report(*this, node, fmt::format("{} is not an ISO 4217 currency code such as \"USD\"", json_quote(s)));
    }
};

}  // namespace

CARTLINT_RULE(format_currency_code, CurrencyCode)

}  // namespace rules
}  // namespace cartlint::detail
