#pragma once
// A provisioningContext member that must be one of a few values: the finding lists them and
// suggests the closest one.

#include "rules/rule.hpp"

#include <span>

namespace cartlint::detail {

void check_allowed_value(RuleContext& ctx, const ValueRule& rule, Node context, property::Name member_name, std::string_view what,
                         std::span<const std::string_view> allowed);

}  // namespace cartlint::detail
