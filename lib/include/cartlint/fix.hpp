#pragma once
// Applying fixes: every finding's safe fixes (Fix::safe), in rounds until none is left. What
// `cartlint --fix` writes; reading and writing files is the caller's business.

#include <cartlint/export.hpp>
#include <cartlint/linter.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace cartlint {

struct FixOutcome {
    std::string text;         // the fixed text (owned; the input is not referenced)
    std::size_t applied = 0;  // how many fixes were applied, over every round
};

// Applies safe fixes in rounds (a repaired document can reveal more, such as names inside a
// body that did not parse), at most a few rounds; overlapping edits wait for the next round. The
// result is a fixed point in practice: fixing it again applies nothing (a fuzz target holds it to
// that). Never throws for any input, as Linter::lint; only holding the fixed text itself can
// run out of memory (std::bad_alloc).
[[nodiscard]] CARTLINT_API FixOutcome apply_safe_fixes(const Linter& linter, std::string_view text, const LintOptions& options = {});

// The same for an NDJSON text: each line is its own document and is fixed on its own; a fix
// never adds or removes a line break, so records stay one per line (CRLF breaks are kept).
[[nodiscard]] CARTLINT_API FixOutcome apply_safe_fixes_ndjson(const Linter& linter, std::string_view text,
                                                               const LintOptions& options = {});

}  // namespace cartlint
