#pragma once
// The documentation of http/no-message, a finding the container linter reports itself.

#include <cartlint/rules.hpp>

namespace cartlint::detail::rules {

const RuleDoc& http_no_message();

}  // namespace cartlint::detail::rules
