// format/guid: a GUID in 8-4-4-4-12 hex form where the docs say GUID.

#include "rules/format/format_checks.hpp"
#include "rules/rule.hpp"
#include "core/ascii.hpp"

#include <fmt/format.h>

namespace cartlint::detail {

bool is_guid(std::string_view s) noexcept {
    if (s.size() != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-') return false;
    bool hex = true;  // no early exit: a branch per digit costs more than it saves
    for (std::size_t i = 0; i < s.size(); ++i)
        hex &= ascii::is_hex(s[i]) | (i == 8) | (i == 13) | (i == 18) | (i == 23);
    return hex;
}

namespace rules {
namespace {

constexpr RuleDoc doc{
    "format/guid", Severity::error, "A value the docs define as a GUID is not one",
    "The cart id, lastModifiedUser, a reservation's subscriptionId, an order's referenceCustomerId and "
    "subscriptionId are GUIDs (\"A GUID formatted cart-id\", Update a cart; CartLineItem and Order in both SDKs). "
    "The service rejects other shapes.",
    R"({"lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time",
  "provisioningContext":{"subscriptionId":"cccc2c2c-dd3d-ee4e-ff5f"}}]})",
    R"({"lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time",
  "provisioningContext":{"subscriptionId":"cccc2c2c-dd3d-ee4e-ff5f-aaaaaa6a6a6a"}}]})",
    ServiceResponse::rejects,
    "Rejects it: cart ids, subscription ids and customer ids are GUIDs to the service (\"A GUID formatted cart-id\", Update a cart); any other shape is not found or fails conversion."};

class Guid final : public ValueRule {
public:
    Guid() : ValueRule(rules::doc, {.format = "guid", .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node node, const SchemaNode&) const override {
        if (!node.value->IsString()) return;
        std::string_view s = as_string(node);
        if (is_guid(s)) return;
        if (s.size() == 38 && s.front() == '{' && s.back() == '}' && is_guid(s.substr(1, 36))) {
            ctx.report(*this, node, "write the GUID without braces")
                .fix = suggest_value(ctx.document(), node, "remove the braces", json_quote(s.substr(1, 36)));
            return;
        }
        // The docs write placeholders such as "<customer-tenant-id>" where a real id belongs.
        if (s.size() > 2 && s.front() == '<' && s.back() == '>') {
            ctx.report(*this, node, fmt::format("{} is a placeholder copied from the docs, not a GUID: put the real id "
                                                "(8-4-4-4-12 hexadecimal digits)", json_quote(s)));
            return;
        }
        ctx.report(*this, node, fmt::format("{} is not a GUID: expected 8-4-4-4-12 hexadecimal digits, "
                                            "such as b4c8fdea-cbe4-4d17-9576-13fcacbf9605", json_quote(s)));
    }
};

}  // namespace

CARTLINT_RULE(format_guid, Guid)

}  // namespace rules
}  // namespace cartlint::detail
