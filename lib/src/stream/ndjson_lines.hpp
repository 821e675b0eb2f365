#pragma once
// The lines of one piece of an NDJSON stream, linted in order: what lint_ndjson and each batch
// of lint_ndjson_stream run.

#include <cartlint/linter.hpp>
#include <cartlint/source_line.hpp>
#include <cartlint/stream.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace cartlint::detail {

// Lints the lines of `text`, which starts at stream line `first_line` (1-based) and byte
// `first_offset`; appends the findings and, when `keep` is given, the lines they are on, and when
// `documents` is given, a record of every line (blank ones too). Returns how many lines `text`
// has. `first_document` is true until a document has set out.kind.
std::uint64_t lint_ndjson_lines(const Linter& linter, std::string_view text, std::uint64_t first_line, std::size_t first_offset,
                                const LintOptions& options, LintResult& out, bool& first_document, std::vector<SourceLine>* keep,
                                std::vector<StreamDocument>* documents = nullptr);

}  // namespace cartlint::detail
