#pragma once
// The explicit, ordered list of checked rules. A rule exists once it is listed here.

#include "rules/rule.hpp"

#include <span>

namespace cartlint::detail {

std::span<const Rule* const> checked_rules() noexcept;

}  // namespace cartlint::detail
