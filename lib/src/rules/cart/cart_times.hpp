#pragma once
// The timestamps of a cart, parsed; unset (.NET placeholder) or malformed ones are absent
// (format/date-time and format/unset-date-time report those).

#include "rules/rule.hpp"
#include "core/date_time.hpp"

namespace cartlint::detail {

struct Timestamp {
    Node node;
    DateTime value;
};

// `name`: creationTimestamp, lastModifiedTimestamp or expirationTimestamp (each read once per cart).
std::optional<Timestamp> cart_timestamp(const RuleContext& ctx, Node cart, property::Name name);

std::string format_duration(std::int64_t seconds);  // "7 days 2 hours", "35 minutes"

}  // namespace cartlint::detail
