#include "rules/provisioning/allowed_value.hpp"

#include "core/spelling.hpp"

#include <fmt/format.h>

namespace cartlint::detail {

void check_allowed_value(RuleContext& ctx, const ValueRule& rule, Node context, property::Name member_name, std::string_view what,
                         std::span<const std::string_view> allowed) {
    Node value = member(ctx, context, member_name);
    if (!value || !value.value->IsString()) return;
    std::string_view s = as_string(value);
    std::string list;
    for (std::string_view a : allowed) {
        if (a == s) return;
        list += (list.empty() ? "" : ", ") + json_quote(a);
    }
    std::string message = fmt::format("{} {} is not one of {}", what, json_quote(s), list);
    auto guess = closest_name(s, allowed);
    if (!guess) {
        ctx.report(rule, value, std::move(message));
        return;
    }
    message += fmt::format(" (did you mean \"{}\"?)", *guess);
    ctx.report(rule, value, std::move(message)).fix = suggest_value(ctx.document(), value, fmt::format("write \"{}\"", *guess), json_quote(*guess));
}

}  // namespace cartlint::detail
