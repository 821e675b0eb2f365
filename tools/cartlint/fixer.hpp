#pragma once
// --fix: the safe fixes of every finding, applied until none is left, and written atomically.

#include <cartlint/linter.hpp>

#include <optional>
#include <string>

#include "input.hpp"

namespace cartlint::cli {

struct FixOutcome {
    std::string text;         // the fixed text
    std::size_t applied = 0;  // how many fixes were applied
};

// Applies safe fixes in rounds (a repaired document can reveal more, such as names inside a
// body that did not parse), at most a few rounds; overlapping edits wait for the next round.
FixOutcome apply_safe_fixes(const Linter& linter, std::string text, const LintOptions& options);

// The same for an NDJSON text: each line is its own document and is fixed on its own; a fix
// never adds or removes a line break, so records stay one per line.
FixOutcome apply_safe_fixes_ndjson(const Linter& linter, std::string_view text, const LintOptions& options);

// Writes `bytes` to `path` through a temporary file beside it (flushed, synced, renamed over the
// original, owner, group and permissions kept). A symbolic link is followed to its file. Refuses,
// leaving everything untouched, a file that is not regular (FIFO, device), has other hard links,
// is read-only for the user, or is no longer as it was read (`as_read`, checked again just before
// the rename). On any failure the original is untouched; returns the reason.
std::optional<std::string> write_atomically(const std::string& path, const std::string& bytes,
                                            const std::optional<FileIdentity>& as_read = std::nullopt);

}  // namespace cartlint::cli
