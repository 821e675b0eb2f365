#pragma once
// The one bound every stage applies to its findings, so a document costs the cap, not a finding
// per broken value.

#include <cstddef>

namespace cartlint::detail {

// At most this many findings of one rule are named per document; past it one more finding says
// how many were left out (bounded memory on hostile input). The recovering scanner bounds its
// faults alike, and does not check the repaired text further.
inline constexpr std::size_t findings_per_rule = 100;

}  // namespace cartlint::detail
