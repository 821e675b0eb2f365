#pragma once
// --fix: the safe fixes of every finding, applied until none is left, and written atomically.

#include <cartlint/linter.hpp>

#include <optional>
#include <string>

namespace cartlint::cli {

struct FixOutcome {
    std::string text;         // the fixed text
    std::size_t applied = 0;  // how many fixes were applied
};

// Applies safe fixes in rounds (a repaired document can reveal more, such as names inside a
// body that did not parse), at most a few rounds; overlapping edits wait for the next round.
FixOutcome apply_safe_fixes(const Linter& linter, std::string text, const LintOptions& options);

// Writes `bytes` to `path` through a temporary file beside it (flushed, synced, renamed over the
// original, permissions kept). On any failure the original is untouched; returns the reason.
std::optional<std::string> write_atomically(const std::string& path, const std::string& bytes);

}  // namespace cartlint::cli
