// cartlint: lint Partner Center cart payloads from the command line.

#include "cli_options.hpp"
#include "batch.hpp"
#include "input.hpp"
#include "inputs.hpp"
#include "summary.hpp"
#include "rule_listing.hpp"
#include "platform.hpp"

#include <cartlint/cartlint.hpp>

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
            std::cerr << "cartlint: cannot write the report to " << printable(*options.output) << '\n';
            return exit_code::usage;
        }
    }
    // With --fix-dry-run the diff is the output and the report goes to standard error.
    std::ostream& out = options.output ? static_cast<std::ostream&>(file_out) : options.fix_dry_run ? std::cerr : std::cout;
    const bool colour = !options.output && !options.fix_dry_run && use_color(options.color);
    if (options.stats) {
        write_stats(out, results, batch.seconds);
    } else switch (options.format) {
    case cli::OutputFormat::text: write_text(out, results, TextStyle{colour}); break;
    case cli::OutputFormat::json: write_json(out, results); break;
    case cli::OutputFormat::sarif: write_sarif(out, results, SarifOptions{std::filesystem::current_path().string()}); break;
    case cli::OutputFormat::github: write_github(out, results); break;
    case cli::OutputFormat::junit: write_junit(out, results, options.fail_on); break;
    case cli::OutputFormat::markdown: break;  // refused by the option parser: --list-rules only
    }
    out.flush();
    std::cout.flush();
    if (!out || !std::cout) {
        std::cerr << "cartlint: cannot write the report\n";
        return exit_code::usage;
    }

    if (options.format == cli::OutputFormat::text && !options.output && !options.stats) write_summary(std::cerr, results, started);
    if (io_error) return exit_code::usage;
    return failed ? exit_code::findings : exit_code::ok;
}

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
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
