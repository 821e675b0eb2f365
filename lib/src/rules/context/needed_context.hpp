#pragma once
// The context/… findings: a value rule needs part of the run's context (ValueRule::needs) and
// was not given it. They check nothing themselves: each is a RuleDoc, one file a need.

#include "rules/rule.hpp"

namespace cartlint::detail {

namespace rules {
const RuleDoc& context_customer_country() noexcept;
const RuleDoc& context_provider_id() noexcept;
}  // namespace rules

// The finding of a need (never NeededContext::none).
const RuleDoc& context_doc(NeededContext need) noexcept;

}  // namespace cartlint::detail
