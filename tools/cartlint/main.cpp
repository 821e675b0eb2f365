// cartlint: lint Partner Center cart payloads from the command line.

#include "cli_options.hpp"
#include "batch.hpp"
#include "inputs.hpp"
#include "summary.hpp"
#include "rule_listing.hpp"

#include <cartlint/cartlint.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

using namespace cartlint;
using namespace cartlint::cli;

namespace {

bool use_color(cli::ColorMode mode) {
    if (mode == cli::ColorMode::always) return true;
    if (mode == cli::ColorMode::never) return false;
    const char* no_color = std::getenv("NO_COLOR");
    return ::isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    auto parsed = cli::parse_options(std::vector<std::string>(argv + 1, argv + argc));
    if (parsed.error) {
        std::cerr << "cartlint: " << *parsed.error << "\nTry 'cartlint --help'.\n";
        return exit_code::usage;
    }
    const cli::Options& options = parsed.options;
    if (options.help) {
        std::cout << cli::usage_text;
        return exit_code::ok;
    }
    if (options.version) {
        std::cout << "cartlint " << cartlint::version << '\n';
        return exit_code::ok;
    }

    if (options.list_rules) {
        list_rules(std::cout, options.format);
        return exit_code::ok;
    }
    if (options.explain) {
        if (explain_rule(std::cout, *options.explain)) return exit_code::ok;
        std::cerr << "cartlint: no rule '" << *options.explain << "' (see cartlint --list-rules)\n";
        return exit_code::usage;
    }

    const auto started = std::chrono::steady_clock::now();
    Expansion expansion = expand_inputs(options.inputs, options.extensions, options.stdin_filename);
    for (const auto& error : expansion.errors) std::cerr << "cartlint: " << error << '\n';

    Linter linter;
    Batch batch = lint_batch(linter, expansion.inputs, options);
    std::vector<FileResult>& results = batch.results;
    bool io_error = batch.io_error || !expansion.errors.empty();

    bool failed = false;
    for (const auto& r : results)
        for (const auto& d : r.result.diagnostics) failed |= d.severity >= options.fail_on;
    if (options.quiet)
        for (auto& r : results)
            std::erase_if(r.result.diagnostics, [](const Diagnostic& d) { return d.severity != Severity::error; });

    std::ofstream file_out;
    if (options.output) {
        file_out.open(*options.output, std::ios::binary | std::ios::trunc);
        if (!file_out) {
            std::cerr << "cartlint: cannot write the report to " << *options.output << '\n';
            return exit_code::usage;
        }
    }
    // With --fix-dry-run the diff is the output and the report goes to standard error.
    std::ostream& out = options.output ? static_cast<std::ostream&>(file_out) : options.fix_dry_run ? std::cerr : std::cout;
    const bool colour = !options.output && !options.fix_dry_run && use_color(options.color);
    switch (options.format) {
    case cli::OutputFormat::text: write_text(out, results, TextStyle{colour}); break;
    case cli::OutputFormat::json: write_json(out, results); break;
    case cli::OutputFormat::sarif: write_sarif(out, results, SarifOptions{std::filesystem::current_path().string()}); break;
    case cli::OutputFormat::github: write_github(out, results); break;
    case cli::OutputFormat::junit: write_junit(out, results, options.fail_on); break;
    }
    out.flush();
    std::cout.flush();
    if (!out || !std::cout) {
        std::cerr << "cartlint: cannot write the report\n";
        return exit_code::usage;
    }

    if (options.format == cli::OutputFormat::text && !options.output) write_summary(std::cerr, results, started);
    if (io_error) return exit_code::usage;
    return failed ? exit_code::findings : exit_code::ok;
}
