#pragma once
// The cartlint command line: what the user asked for, or why it cannot be understood.

#include <cartlint/document_kind.hpp>
#include <cartlint/config.hpp>
#include <cartlint/linter.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cartlint::cli {

enum class OutputFormat { text, json, sarif, github, junit, ndjson, gitlab, checkstyle, azure, rdjson, markdown };  // markdown: --list-rules only
enum class ColorMode { automatic, always, never };

// --format FORMAT:FILE: a report written to FILE beside the main one (several formats in one run).
struct FormatFile {
    OutputFormat format = OutputFormat::text;
    std::string path;
};

struct Options {
    std::vector<std::string> inputs;  // "-" is standard input
    OutputFormat format = OutputFormat::text;
    LintOptions lint = [] {             // kind and context; context/… hints once per run
        LintOptions o;
        o.context_hints = ContextHints::summary;
        return o;
    }();
    std::optional<std::string> output;  // --output FILE instead of standard output
    std::vector<FormatFile> format_files;  // --format FORMAT:FILE, in command-line order
    Severity fail_on = Severity::error; // the least severity that makes the exit code 1
    std::optional<std::uint64_t> max_warnings;  // exit 1 when the run has more warnings than this
    bool quiet = false;                 // report errors only
    std::optional<std::string> baseline;        // --baseline FILE: report only what it does not hold
    std::optional<std::string> write_baseline;  // --write-baseline FILE: record every finding there
    bool ndjson = false;                // each line of an input is its own document
    bool stats = false;                 // corpus runs: counts and the slowest inputs instead of findings
    unsigned jobs = 0;                  // parallel lints; 0: one per core
    std::vector<std::string> extensions{"json"};  // what a directory contributes
    std::string stdin_filename;         // how reports name standard input
    std::optional<std::string> config_path;  // --config; otherwise each file's nearest .cartlint.json
    bool no_config = false;
    std::vector<std::string> exclude;   // --exclude globs, relative to the working directory
    ColorMode color = ColorMode::automatic;
    bool help = false;
    bool version = false;
    bool list_rules = false;
    bool fix = false;          // rewrite files with every safe fix applied
    bool fix_dry_run = false;  // print the fixes as a unified diff instead
    std::optional<std::string> explain;  // a rule id
};

struct ParseOutcome {
    Options options;
    std::optional<std::string> error;  // a usage error, worded for the user
};

ParseOutcome parse_options(const std::vector<std::string>& args);

extern const std::string usage_text;  // --help

}  // namespace cartlint::cli
