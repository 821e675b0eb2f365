#pragma once
// The recovering parse: for text that is not JSON, find every syntax fault in one pass, name
// each where it is, and plan the edits that repair it.
//
// A tolerant scanner walks the original text once with an explicit stack (no recursion, linear
// time) and keeps going after each fault as if its repair were made. A repair is *safe* when it
// changes only syntax (a comma, a bracket, quotes, a comment) and never a value; only safe
// repairs become fixes. The others (closing a truncated document, dropping trailing garbage)
// serve recovery only, so the schema and the rules can still check the rest.

#include "core/finding_limits.hpp"

#include <cartlint/diagnostic.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cartlint::detail {

struct Repair {
    std::string rule;         // syntax/…
    std::string message;
    std::size_t offset = 0;   // where the fault is, in the original text
    std::size_t length = 0;
    std::vector<Edit> edits;  // in the original text
    bool safe = false;
    std::string fix;          // what the edits do, for the user
};

struct Recovery {
    std::vector<Repair> repairs;
    bool usable = false;  // the repaired text is worth parsing (there was a value to recover)
    // By rule, the faults past the cap not in `repairs` (the repair that says how many were left
    // out is the first of them): what the linter's own cap counts on.
    std::vector<std::pair<std::string, std::size_t>> left_out;
};

// The recovering scanner keeps one frame per open container; it stops at the parser's nesting limit.
inline constexpr std::size_t max_recovery_depth = 512;

Recovery recover(std::string_view text);

}  // namespace cartlint::detail
