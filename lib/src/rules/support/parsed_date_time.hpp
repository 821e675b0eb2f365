#pragma once
// A date-time value of the document, parsed once per run however many rules read it (the
// format check and the four cart timestamp rules all do).

#include "rules/rule.hpp"
#include "core/date_time.hpp"

namespace cartlint::detail {

// parse_date_time of a string node's value; the reference holds until the next call.
const DateTimeParse& parsed_date_time(const RuleContext& ctx, Node node);

}  // namespace cartlint::detail
