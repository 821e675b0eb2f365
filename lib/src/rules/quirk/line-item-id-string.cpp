// quirk/line-item-id-string: a cart line item id written as a string, as the doc table says.

#include "rules/rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "quirk/line-item-id-string", Severity::error, "A cart line item id is a string, as the doc table wrongly says",
    "The Update a cart CartLineItem table types id as \"string\", but both SDKs declare it an int and every sample "
    "sends 0, 1, …; a string id does not deserialise. Write the number.",
    R"({"lineItems":[{"id":"0","catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    R"({"lineItems":[{"id":0,"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})"};

constexpr std::string_view titles[] = {"CartLineItem"};

class LineItemIdString final : public Rule {
public:
    const RuleDoc& doc() const noexcept override { return rules::doc; }
    std::span<const std::string_view> titles() const noexcept override { return rules::titles; }
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        Node id = member(ctx, item, "id");
        if (!id || !id.value->IsString()) return;
        std::string_view s = as_string(id);
        bool digits = !s.empty() && s.size() < 10 && s.find_first_not_of("0123456789") == std::string_view::npos;
        auto& d = ctx.report(doc(), id, fmt::format("the line item id is the string {}: the doc table says string, but the "
                                                    "API's id is an integer{}", json_quote(s),
                                                    digits ? fmt::format("; write {}", s) : std::string()));
        if (digits) d.fix = suggest_value(ctx.document(), id, fmt::format("write {}", s), std::string(s));
    }
};

}  // namespace

const Rule& quirk_line_item_id_string() {
    static const LineItemIdString rule;
    return rule;
}

}  // namespace cartlint::detail::rules
