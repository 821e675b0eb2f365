#pragma once
// Renderers of lint results: the human text format and the stable JSON contract. These take a
// run's files at once; cartlint/report_writer.hpp writes the same reports as the run goes.

#include <cartlint/export.hpp>
#include <cartlint/linter.hpp>
#include <cartlint/source_line.hpp>
#include <cartlint/stream.hpp>

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cartlint {

// One file's findings, as every writer below takes them.
struct FileResult {
    std::string path;       // as the user named it; "-" or --stdin-filename for stdin
    // The file's bytes, for source excerpts. Borrowed, not owned: the caller keeps the bytes
    // alive (and unchanged) until the last write_* call given this FileResult returns.
    std::string_view text;
    LintResult result;
    // A file read piece by piece (an NDJSON stream: StreamResult::lines) keeps only the lines its
    // findings are on, in line order, and leaves `text` empty: excerpts come from these (owned).
    std::vector<SourceLine> lines;
    // A piece of a stream (ReportWriter::piece with a file begun as a stream): every line of it,
    // blank ones too, each owning its run of `result.diagnostics` in order. Empty otherwise.
    std::vector<StreamDocument> documents{};
};

struct TextStyle {
    bool color = false;  // ANSI colours (the CLI turns them on for a terminal only)
};

// path:line:col: severity: message [rule], then the pointer and the source line with a caret.
CARTLINT_API void write_text(std::ostream& out, const std::vector<FileResult>& files, const TextStyle& style = {});

// {"files":[{"path","kind","diagnostics":[{rule,severity,message,pointer,line,column,...}]}],
//  "summary":{"files","errors","warnings","infos"}}
CARTLINT_API void write_json(std::ostream& out, const std::vector<FileResult>& files);

// SARIF 2.1.0 for GitHub code scanning and other viewers: every rule with its descriptions and
// help, results with regions (columns in Unicode code points), artifact URIs relative to the
// working directory (%SRCROOT%), and partial fingerprints that survive line shifts.
struct SarifOptions {
    std::string source_root;  // absolute directory the relative paths start from, e.g. the cwd
};
CARTLINT_API void write_sarif(std::ostream& out, const std::vector<FileResult>& files, const SarifOptions& options = {});

// GitHub Actions workflow commands: ::error file=…,line=…,col=…,title=RULE::message
CARTLINT_API void write_github(std::ostream& out, const std::vector<FileResult>& files);

// `text` (a file name, an argument, a message) fit for a terminal or a CI log, as every human
// format writes the user's bytes: C0 controls as \n, \r, \t or \u001b, DEL, C1 controls and
// U+2028/2029 as \u escapes, bytes that are not UTF-8 as U+FFFD. A file named
// "a\n::error file=x::forged" can then neither start a workflow command nor move the cursor.
[[nodiscard]] CARTLINT_API std::string printable(std::string_view text);

// JUnit XML: one test case per file, failed when it has a finding at or above `fail_on`.
CARTLINT_API void write_junit(std::ostream& out, const std::vector<FileResult>& files, Severity fail_on = Severity::error);

}  // namespace cartlint
