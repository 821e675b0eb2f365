#pragma once
// NDJSON: each line of an input is its own document, and every finding keeps the line and offset
// of the stream it comes from. Blank lines are skipped.

#include <cartlint/linter.hpp>
#include <cartlint/report.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cartlint::cli {

// Lints the lines of `text`, which starts at stream line `first_line` (1-based) and byte
// `first_offset`; appends the findings and, when `keep` is given, the lines they are on. Returns
// how many lines `text` has.
std::uint64_t lint_ndjson_lines(const Linter& linter, std::string_view text, std::uint64_t first_line, std::size_t first_offset,
                                const LintOptions& options, LintResult& out, bool& first_document, std::vector<SourceLine>* keep);

// A whole stream held in memory (what --fix works on).
LintResult lint_ndjson(const Linter& linter, std::string_view text, const LintOptions& options);

struct StreamResult {
    LintResult result;
    std::vector<SourceLine> lines;  // the lines with findings
    std::optional<std::string> error;  // a read error
};

// Reads a stream piece by piece, so memory holds a bounded window of it (plus the lines with
// findings), never the whole. With jobs > 1, batches of lines are linted in parallel and their
// findings merged back in stream order.
StreamResult lint_ndjson_stream(const Linter& linter, std::FILE* in, const LintOptions& options, unsigned jobs);

}  // namespace cartlint::cli
