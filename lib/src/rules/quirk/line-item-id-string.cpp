// quirk/line-item-id-string: a cart line item id written as a string, as the doc table says.

#include "rules/rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "quirk/line-item-id-string", Severity::warning, "A cart line item id is a string, as the doc table wrongly says",
    "The Update a cart CartLineItem table types id as \"string\", but both SDKs declare it an int and every sample "
    "sends 0, 1, …. Json.NET converts a numeric string to the int, so \"0\" works; write the number all the same. A "
    "string that is not a whole number cannot be converted: that is schema/type, an error.",
    R"({"lineItems":[{"id":"0","catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    R"({"lineItems":[{"id":0,"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::accepts,
    "Accepts it: Json.NET converts a numeric string such as \"0\" to the int the SDK model holds, so the request works; a string that is not a number is a schema/type error instead."};

constexpr std::string_view titles[] = {"CartLineItem"};

class LineItemIdString final : public ValueRule {
public:
    LineItemIdString() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        Node id = member(ctx, item, property::id);
        if (!id || !id.value->IsString()) return;
        std::string_view s = as_string(id);
        // Only what the service converts: a whole number the int holds. Anything else stays the
        // schema's type error.
        const bool digits = !s.empty() && s.size() < 10 && s.find_first_not_of("0123456789") == std::string_view::npos;
        if (!digits) return;
        auto& d = ctx.report(*this, id, fmt::format("the line item id is the string {}: the doc table says string, but the "
                                                    "API's id is an integer (the service converts it); write {}",
                                                    json_quote(s), s));
        d.fix = suggest_value(ctx.document(), id, fmt::format("write {}", s), std::string(s));
    }
};

}  // namespace

CARTLINT_RULE(quirk_line_item_id_string, LineItemIdString)

}  // namespace cartlint::detail::rules
