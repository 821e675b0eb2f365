#pragma once
// A unified diff of two texts, line by line (Myers' algorithm), for --fix-dry-run.
//
// Written here rather than taken from Debian's libdtl-dev: dtl builds the whole edit script,
// one entry per line with a copy of the line, common lines too, so a dry run over a 100 MB
// NDJSON stream would hold the stream again; this one keeps two diagonals (linear space, see
// unified_diff.cpp) and writes only the hunks. tests/unit/unified_diff_test.cpp holds it to that.

#include <string>
#include <string_view>

namespace cartlint::cli {

// "" when the texts are equal; otherwise ---/+++ headers naming `path` and hunks with 3 lines of context.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& path);

}  // namespace cartlint::cli
