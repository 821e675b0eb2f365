#pragma once
// How a baseline knows a finding: its rule, its file (baseline_path) and its anchor (pointer, or
// line text), as one string. A baseline file is JSON, where bytes that are not UTF-8 became U+FFFD
// when it was written: the live finding's fields are read the same way, so the two still meet.

#include <string>
#include <string_view>

namespace cartlint::detail {

std::string baseline_key(std::string_view rule, std::string_view file, std::string_view anchor);

}  // namespace cartlint::detail
