// quirk/partner-ids-string: additionalPartnerIdsOnRecord as one string, as the doc table says.

#include "rules/rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "quirk/partner-ids-string", Severity::error, "additionalPartnerIdsOnRecord is a string, as the doc table wrongly says",
    "The Update a cart table types AdditionalPartnerIdsOnRecord as \"String\"; both SDKs declare "
    "additionalPartnerIdsOnRecord an array of strings, one partner id each. A comma-separated string is one invalid id.",
    R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"partnerIdOnRecord":"517285",
  "additionalPartnerIdsOnRecord":"5357564,5357563"}],"attributes":{"objectType":"Order"}})",
    R"({"lineItems":[{"lineItemNumber":0,"offerId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"partnerIdOnRecord":"517285",
  "additionalPartnerIdsOnRecord":["5357564","5357563"]}],"attributes":{"objectType":"Order"}})",
    ServiceResponse::rejects,
    "Rejects it: the model holds a list of strings, and a string cannot be converted to a list (a 400); the ids are not split at commas."};

constexpr std::string_view titles[] = {"CartLineItem", "OrderLineItem"};

class PartnerIdsString final : public ValueRule {
public:
    PartnerIdsString() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        Node ids = member(ctx, item, property::additionalPartnerIdsOnRecord);
        if (!ids || !ids.value->IsString()) return;
        std::string array = "[";
        std::string_view s = as_string(ids);
        std::size_t start = 0;
        while (start <= s.size()) {
            std::size_t end = s.find_first_of(",;", start);
            if (end == std::string_view::npos) end = s.size();
            std::string_view part = s.substr(start, end - start);
            while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
            while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
            if (!part.empty()) array += (array.size() > 1 ? ", " : "") + json_quote(part);
            start = end + 1;
        }
        array += "]";
        ctx.report(*this, ids, fmt::format("additionalPartnerIdsOnRecord is an array of partner ids, not a string: write {}", array))
            .fix = suggest_value(ctx.document(), ids, fmt::format("write {}", array), array);
    }
};

}  // namespace

CARTLINT_RULE(quirk_partner_ids_string, PartnerIdsString)

}  // namespace cartlint::detail::rules
