#pragma once
// How the SDKs' EnumJsonConverter reads a billingCycle string (domain.md, "Billing cycles").

#include <optional>
#include <string>
#include <string_view>

namespace cartlint::detail {

// The canonical (lower snake case) form the value is read as, or nothing when the converter
// cannot read it and silently falls back to Unknown. "unknown" itself reads as "unknown".
std::optional<std::string_view> read_billing_cycle(std::string_view value);

// The canonical billing cycles, as the SDKs write them.
inline constexpr std::string_view canonical_billing_cycles[] = {"monthly", "annual", "none", "one_time", "triennial", "biennial"};

}  // namespace cartlint::detail
