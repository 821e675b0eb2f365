#pragma once
// NDJSON: each line of an input is its own document, and every finding keeps the line and offset
// of the stream it comes from. Blank lines (only spaces and tabs) are not linted (a chunk still
// lists them, as blank); a CR before the line break is not part of the document.

#include <cartlint/export.hpp>
#include <cartlint/linter.hpp>
#include <cartlint/source_line.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cartlint {

// A whole stream held in memory (what --fix works on). `kind` is the first document's.
[[nodiscard]] CARTLINT_API LintResult lint_ndjson(const Linter& linter, std::string_view text, const LintOptions& options = {});

struct StreamResult {
    LintResult result;                 // every document's findings, in stream order
    std::vector<SourceLine> lines;     // the lines with findings, in order: FileResult::lines
    std::optional<std::string> error;  // why reading failed; the findings up to there stand
};

// Where a stream's bytes come from: fills up to `capacity` bytes of `buffer` and returns how
// many were read (fewer is fine, as from a pipe); 0 ends the stream. A source that fails says why
// in `error` (empty until then) and returns 0 from then on. Called only from the thread that
// called lint_ndjson_stream, one call at a time.
using StreamSource = std::function<std::size_t(char* buffer, std::size_t capacity, std::string& error)>;

// One line of a stream, as lint_ndjson_chunks hands it over.
struct StreamDocument {
    std::uint64_t line = 0;                   // 1-based, in the stream
    DocumentKind kind = DocumentKind::cart;   // what it was checked as (nothing, when blank)
    bool blank = false;                       // only spaces and tabs, or nothing: not a document
    std::size_t findings = 0;                 // how many of the chunk's diagnostics are its own (in order)
};

// A run of whole lines of a stream, linted, in stream order.
struct StreamChunk {
    std::vector<StreamDocument> documents;  // every line of the run, blank ones too
    LintResult result;                      // their findings in order; kind: the first document's
    std::vector<SourceLine> lines;          // the lines with findings (FileResult::lines)
};

// Takes the chunks of a stream, one call at a time, in stream order; returns false to stop the
// stream there (its output is gone, say). It may move from the chunk.
using StreamConsumer = std::function<bool(StreamChunk& chunk)>;

struct StreamEnd {
    std::optional<std::string> error;  // why reading failed; the chunks handed over stand
    bool stopped = false;              // the consumer returned false
};

// Reads a stream as lint_ndjson_stream does and hands each chunk over as soon as it and every
// chunk before it are linted: memory holds what is in flight (about 2 * jobs chunks of a quarter
// megabyte each, and their findings), never the stream's findings. The consumer is called on the
// calling thread. What can escape is what lint_ndjson_stream says, and what the consumer throws.
// With keep_lines false, chunks carry no StreamChunk::lines (a report that shows no excerpt and
// no line text needs none: a copy of every line with a finding saved).
[[nodiscard]] CARTLINT_API StreamEnd lint_ndjson_chunks(const Linter& linter, const StreamSource& source, const StreamConsumer& consume,
                                                        const LintOptions& options = {}, unsigned jobs = 1, bool keep_lines = true);

// The same, reading `in` (not closed) until its end; a read error is StreamEnd::error.
[[nodiscard]] CARTLINT_API StreamEnd lint_ndjson_chunks(const Linter& linter, std::FILE* in, const StreamConsumer& consume,
                                                        const LintOptions& options = {}, unsigned jobs = 1, bool keep_lines = true);

// Reads a stream piece by piece, so memory holds a bounded window of it (plus every finding and
// the lines they are on: lint_ndjson_chunks keeps none of them), never the whole; a line longer than max_document_bytes is reported as too large
// and the rest of it is skipped unread into memory. With jobs > 1, batches of lines are linted
// on that many threads and their findings merged back in stream order (the same findings as
// with one). `linter` and `options` must outlive the call. Faults in the input are findings;
// what can escape is std::bad_alloc, and std::system_error if jobs > 1 threads cannot start.
[[nodiscard]] CARTLINT_API StreamResult lint_ndjson_stream(const Linter& linter, const StreamSource& source,
                                                           const LintOptions& options = {}, unsigned jobs = 1);

// The same, reading `in` (not closed) until its end; a read error is StreamResult::error.
[[nodiscard]] CARTLINT_API StreamResult lint_ndjson_stream(const Linter& linter, std::FILE* in, const LintOptions& options = {},
                                                           unsigned jobs = 1);

}  // namespace cartlint
