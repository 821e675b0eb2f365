// cartlint: lint Partner Center cart payloads from the command line.

#include "cli_options.hpp"
#include "baseline_files.hpp"
#include "batch.hpp"
#include "input.hpp"
#include "inputs.hpp"
#include "summary.hpp"
#include "rule_listing.hpp"
#include "platform.hpp"

#include <cartlint/cartlint.hpp>
#include <cartlint/report_writer.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <optional>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

using namespace cartlint;
using namespace cartlint::cli;

namespace {

bool use_color(cli::ColorMode mode) {
    if (mode == cli::ColorMode::always) return true;
    if (mode == cli::ColorMode::never) return false;
    const char* no_color = std::getenv("NO_COLOR");
    return platform::is_terminal(platform::Stream::output) && !(no_color && *no_color);
}

ReportFormat report_format(cli::OutputFormat format) {
    switch (format) {
    case cli::OutputFormat::json: return ReportFormat::json;
    case cli::OutputFormat::sarif: return ReportFormat::sarif;
    case cli::OutputFormat::github: return ReportFormat::github;
    case cli::OutputFormat::junit: return ReportFormat::junit;
    case cli::OutputFormat::ndjson: return ReportFormat::ndjson;
    case cli::OutputFormat::gitlab: return ReportFormat::gitlab;
    case cli::OutputFormat::checkstyle: return ReportFormat::checkstyle;
    case cli::OutputFormat::azure: return ReportFormat::azure;
    case cli::OutputFormat::rdjson: return ReportFormat::rdjson;
    case cli::OutputFormat::text:
    case cli::OutputFormat::markdown: break;  // markdown: refused by the option parser, --list-rules only
    }
    return ReportFormat::text;
}

// --quiet: only the errors are shown (counted before, for the exit code). A stream's documents
// keep their own counts.
void keep_errors_only(FileResult& part) {
    auto& all = part.result.diagnostics;
    if (part.documents.empty()) {
        std::erase_if(all, [](const Diagnostic& d) { return d.severity != Severity::error; });
        return;
    }
    std::size_t read = 0, kept = 0;
    for (StreamDocument& doc : part.documents) {
        const std::size_t end = std::min(all.size(), read + doc.findings);
        std::size_t mine = 0;
        for (; read < end; ++read)
            if (all[read].severity == Severity::error) {
                if (kept != read) all[kept] = std::move(all[read]);
                ++kept, ++mine;
            }
        doc.findings = mine;
    }
    all.resize(kept);
}

// Each input's report, in input order: the exit code's verdict, the summary's counts, then the
// report itself (or --stats). A write that fails stops the run.
class Reporting final : public cli::ReportSink {
public:
    Reporting(const cli::Options& options, ReportWriter* writer, std::ostream& out) : options_(options), writer_(writer), out_(out) {}

    void begin_file(const std::string& display, bool stream) override {
        display_ = display;
        if (baseline_out) baseline_out->begin_file(display);
        summary.begin_file();
        for (ReportWriter* w : also) w->begin_file(display, stream);
        if (writer_) writer_->begin_file(display, stream);
        else stats.begin_file(display);
    }

    bool piece(FileResult& part) override {
        // The new baseline records every finding; the old one then takes those it holds.
        if (baseline_out) baseline_out->piece(part);
        if (baseline) in_baseline += baseline->absorb(display_, part);
        for (const Diagnostic& d : part.result.diagnostics) {
            failed |= d.severity >= options_.fail_on;
            warnings += d.severity == Severity::warning;
        }
        summary.count(part);
        if (!writer_) stats.count(part);
        if (options_.quiet) keep_errors_only(part);
        for (ReportWriter* w : also) w->piece(part);
        if (!writer_) return true;
        writer_->piece(part);
        if (out_) return true;
        // errno is this thread's, from the write that failed just now.
        broken_pipe = errno == EPIPE;
        return false;
    }

    void end_file(double seconds) override {
        if (baseline_out) baseline_out->end_file();
        summary.end_file();
        for (ReportWriter* w : also) w->end_file();
        if (writer_) writer_->end_file();
        else stats.end_file(seconds);
    }

    bool failed = false;       // a finding at or above --fail-on
    std::uint64_t warnings = 0;  // every warning, shown or not (--quiet), for --max-warnings
    bool broken_pipe = false;  // the reader of standard output went away
    std::vector<ReportWriter*> also;  // --format FORMAT:FILE: the reports written to files
    Baseline* baseline = nullptr;              // --baseline
    BaselineWriter* baseline_out = nullptr;    // --write-baseline
    std::uint64_t in_baseline = 0;             // findings the baseline took
    cli::RunSummary summary;
    cli::Stats stats;

private:
    const cli::Options& options_;
    ReportWriter* writer_;
    std::ostream& out_;
    std::string display_;  // the file in hand
};

}  // namespace

// What --help, --version, --list-rules and --explain print: exit 2 if standard output could not
// take it (a full disk, /dev/full), as for a report.
int written(int code) {
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "cartlint: cannot write to standard output\n";
        return exit_code::usage;
    }
    return code;
}

int run(int argc, char** argv) {
    auto parsed = cli::parse_options(std::vector<std::string>(argv + 1, argv + argc));
    if (parsed.error) {
        std::cerr << "cartlint: " << printable(*parsed.error) << "\nTry 'cartlint --help'.\n";
        return exit_code::usage;
    }
    if (parsed.options.help) {
        std::cout << cli::usage_text;
        return written(exit_code::ok);
    }
    if (parsed.options.version) {
        std::cout << "cartlint " << cartlint::version << '\n';
        return written(exit_code::ok);
    }

    if (parsed.options.list_rules) {
        list_rules(std::cout, parsed.options.format);
        return written(exit_code::ok);
    }
    if (parsed.options.explain) {
        if (explain_rule(std::cout, *parsed.options.explain)) return written(exit_code::ok);
        std::cerr << "cartlint: no rule '" << printable(*parsed.options.explain) << "' (see cartlint --list-rules)\n";
        return exit_code::usage;
    }

    const auto started = std::chrono::steady_clock::now();
    cli::Options options = parsed.options;
    // Each file's configuration (config_scope.hpp); a broken one stops the run (exit 2).
    ConfigFinder configs(options);
    if (configs.failed()) return exit_code::usage;
    Expansion expansion = expand_inputs(options.inputs, Selection{options.extensions, options.exclude, options.stdin_filename}, configs);
    if (configs.failed()) return exit_code::usage;
    for (const auto& error : expansion.errors) std::cerr << "cartlint: " << printable(error) << '\n';
    // --output naming one of the inputs would replace the payload with the report.
    if (options.output)
        for (const auto& input : expansion.inputs)
            if (input.path != "-" && platform::same_file(input.path, *options.output)) {
                std::cerr << "cartlint: --output " << printable(*options.output) << " is the input " << printable(input.display)
                          << ": the report would overwrite it; nothing was written\n";
                return exit_code::usage;
            }

    // --format FORMAT:FILE: each report to its own file, refused like --output when it is an input.
    std::vector<std::unique_ptr<std::ofstream>> format_outs;
    std::vector<ReportWriter> format_writers;
    format_writers.reserve(options.format_files.size());
    for (const cli::FormatFile& target : options.format_files) {
        for (const auto& input : expansion.inputs)
            if (input.path != "-" && platform::same_file(input.path, target.path)) {
                std::cerr << "cartlint: --format " << printable(target.path) << " is the input " << printable(input.display)
                          << ": the report would overwrite it; nothing was written\n";
                return exit_code::usage;
            }
        auto& file = *format_outs.emplace_back(std::make_unique<std::ofstream>(target.path, std::ios::binary | std::ios::trunc));
        if (!file) {
            std::cerr << "cartlint: cannot write the report to " << printable(target.path) << '\n';
            return exit_code::usage;
        }
        ReportSettings file_settings{TextStyle{false}, SarifOptions{}, options.fail_on};
        if (target.format == cli::OutputFormat::sarif) file_settings.sarif.source_root = std::filesystem::current_path().string();
        format_writers.emplace_back(report_format(target.format), file, file_settings);
    }

    std::optional<Baseline> baseline;
    if (options.baseline) {
        std::string error;
        baseline = read_baseline(*options.baseline, error);
        if (!baseline) {
            std::cerr << "cartlint: " << printable(error) << '\n';
            return exit_code::usage;
        }
    }
    std::optional<BaselineOutput> baseline_out;
    if (options.write_baseline) {
        for (const auto& input : expansion.inputs)
            if (input.path != "-" && platform::same_file(input.path, *options.write_baseline)) {
                std::cerr << "cartlint: --write-baseline " << printable(*options.write_baseline) << " is the input " << printable(input.display)
                          << ": the baseline would overwrite it; nothing was written\n";
                return exit_code::usage;
            }
        std::string error;
        baseline_out.emplace(*options.write_baseline, error);
        if (!error.empty()) {
            std::cerr << "cartlint: " << printable(error) << '\n';
            return exit_code::usage;
        }
    }

    std::ofstream file_out;
    if (options.output) {
        file_out.open(*options.output, std::ios::binary | std::ios::trunc);
        if (!file_out) {
            std::cerr << "cartlint: cannot write the report to " << printable(*options.output) << '\n';
            return exit_code::usage;
        }
    }
    // With --fix-dry-run the diff is the output and the report goes to standard error.
    std::ostream& out = options.output ? static_cast<std::ostream&>(file_out) : options.fix_dry_run ? std::cerr : std::cout;
    const bool colour = !options.output && !options.fix_dry_run && use_color(options.color);
    ReportSettings settings{TextStyle{colour}, SarifOptions{}, options.fail_on};
    if (options.format == cli::OutputFormat::sarif) settings.sarif.source_root = std::filesystem::current_path().string();
    std::optional<ReportWriter> writer;
    if (!options.stats) writer.emplace(report_format(options.format), out, settings);

    Linter linter;
    Reporting reporting(options, writer ? &*writer : nullptr, out);
    for (ReportWriter& w : format_writers) reporting.also.push_back(&w);
    if (baseline) reporting.baseline = &*baseline;
    if (baseline_out) reporting.baseline_out = &baseline_out->writer();
    BatchOutcome outcome = lint_batch(linter, expansion.inputs, options, reporting);
    const bool io_error = outcome.io_error || !expansion.errors.empty();
    if (!outcome.stopped) {
        if (writer) writer->finish();
        else reporting.stats.write(out);
        for (ReportWriter& w : format_writers) w.finish();
    }
    for (std::size_t i = 0; i < format_outs.size(); ++i) {
        format_outs[i]->flush();
        if (!*format_outs[i]) {
            std::cerr << "cartlint: cannot write the report to " << printable(options.format_files[i].path) << '\n';
            return exit_code::usage;
        }
    }
    out.flush();
    std::cout.flush();
    if (outcome.stopped || !out || !std::cout) {
        // A reader that stopped reading (`| head`) has what was written; it needs no message.
        if (!reporting.broken_pipe) std::cerr << "cartlint: cannot write the report\n";
        return exit_code::usage;
    }

    if (!options.output && !options.stats && (options.format == cli::OutputFormat::text || options.format == cli::OutputFormat::ndjson))
        reporting.summary.write(std::cerr, started, options.format == cli::OutputFormat::ndjson ? &writer->totals().missing_context : nullptr);
    if (baseline)
        std::cerr << fmt::format("cartlint: {} finding{} held by the baseline not reported", reporting.in_baseline, reporting.in_baseline == 1 ? "" : "s")
                  << (baseline->unmatched() ? fmt::format("; {} it holds not seen in this run (fixed, or not linted)", baseline->unmatched()) : "")
                  << '\n';
    if (baseline_out && !outcome.stopped) {
        if (auto error = baseline_out->commit()) {
            std::cerr << "cartlint: " << printable(*error) << '\n';
            return exit_code::usage;
        }
        const std::uint64_t n = baseline_out->writer().findings();
        std::cerr << fmt::format("cartlint: wrote the baseline {} ({} finding{})\n", printable(*options.write_baseline), n, n == 1 ? "" : "s");
    }
    if (io_error) return exit_code::usage;
    // Writing a baseline accepts this run's findings: only reading or writing can fail it.
    if (baseline_out) return exit_code::ok;
    const bool too_many_warnings = options.max_warnings && reporting.warnings > *options.max_warnings;
    return reporting.failed || too_many_warnings ? exit_code::findings : exit_code::ok;
}

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    // A closed pipe is a failed write here (EPIPE), not a signal: the run stops, says nothing and
    // exits 2, and what it wrote before stays written (`cartlint ... | head`).
    std::signal(SIGPIPE, SIG_IGN);
    // Nothing escapes as an abort: out of memory, or any other failure, is a message and exit 2.
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc&) {
        std::cerr << "cartlint: out of memory\n";
    } catch (const std::exception& e) {
        std::cerr << "cartlint: " << printable(e.what()) << '\n';
    } catch (...) {
        std::cerr << "cartlint: an unknown failure\n";
    }
    return exit_code::usage;
}
