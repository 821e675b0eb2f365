#pragma once
// Reports written as the run goes: file by file, and a stream's documents chunk by chunk, in
// input order. A writer keeps counts between calls, never findings, so a report of any size costs
// the memory of the piece in hand. Every format the command offers is one of these.

#include <cartlint/export.hpp>
#include <cartlint/linter.hpp>
#include <cartlint/report.hpp>

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cartlint {

enum class ReportFormat {
    text,    // write_text
    json,    // write_json: one JSON document, its arrays written as they grow, the summary last
    sarif,   // write_sarif: the same, with the notes as invocations[].toolExecutionNotifications
    github,  // write_github
    junit,   // write_junit: test suites of at most a thousand cases, each written when full
    ndjson,  // one JSON object a line: a file read whole, or a document of a stream (blank lines too)
    gitlab,      // GitLab Code Quality: a JSON array of issues, fingerprinted as SARIF's results
    checkstyle,  // Checkstyle XML 4.3: a <file> per input, an <error> per finding
    azure,       // Azure Pipelines logging commands (##vso[task.logissue …])
    rdjson,      // reviewdog's Diagnostic Format, safe fixes as suggestions
};

// "text", "json", "sarif", "github", "junit", "ndjson", "gitlab", "checkstyle", "azure", "rdjson"
[[nodiscard]] CARTLINT_API std::string_view to_string(ReportFormat format) noexcept;

struct ReportSettings {
    TextStyle text;                      // text: colours
    SarifOptions sarif;                  // sarif: where relative paths start
    Severity fail_on = Severity::error;  // junit: a test case fails with a finding at or above it
};

// What a run has counted so far.
struct ReportTotals {
    std::uint64_t files = 0;
    std::uint64_t documents = 0;  // a file read whole is one; a stream's non-blank lines
    std::uint64_t errors = 0, warnings = 0, infos = 0;
    MissingContext missing_context;  // the context/… hints folded into counts (ContextHints::summary)
};

// A note of a run's summary: a context/… hint said once, with how many documents needed it.
struct ReportNote {
    std::string_view rule;       // "context/provider-id"
    std::uint64_t documents = 0;
    std::string message;         // "3 documents name resellers: pass --provider-id (providerId) to check them"
};

// The notes of these counts, in rule order; none for a need no document had.
[[nodiscard]] CARTLINT_API std::vector<ReportNote> report_notes(const MissingContext& missing);

class ReportWriter {
public:
    // `out` must outlive the writer. Nothing is written before the first call below.
    CARTLINT_API ReportWriter(ReportFormat format, std::ostream& out, const ReportSettings& settings = {});
    CARTLINT_API ~ReportWriter();
    CARTLINT_API ReportWriter(ReportWriter&&) noexcept;
    CARTLINT_API ReportWriter& operator=(ReportWriter&&) noexcept;

    // For each file, in input order: begin_file, then piece for each part of it (a file read
    // whole is one piece; a stream, one piece a chunk, in stream order, each with its
    // FileResult::documents), then end_file. After the last file, finish, once: the summary.
    // A piece is only read during the call.
    CARTLINT_API void begin_file(std::string_view path, bool stream = false);
    CARTLINT_API void piece(const FileResult& part);
    CARTLINT_API void end_file();
    CARTLINT_API void finish();

    [[nodiscard]] CARTLINT_API const ReportTotals& totals() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Each file as one piece, then finish: what write_text, write_json and the others do.
CARTLINT_API void write_report(ReportWriter& writer, const std::vector<FileResult>& files);

}  // namespace cartlint
