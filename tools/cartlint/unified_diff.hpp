#pragma once
// A unified diff of two texts, line by line (Myers' algorithm), for --fix-dry-run.

#include <string>
#include <string_view>

namespace cartlint::cli {

// "" when the texts are equal; otherwise ---/+++ headers naming `path` and hunks with 3 lines of context.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& path);

}  // namespace cartlint::cli
