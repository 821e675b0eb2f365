// cartlint: lint Partner Center cart payloads from the command line.

#include "cli_options.hpp"
#include "fixer.hpp"
#include "unified_diff.hpp"
#include "input.hpp"
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

    Linter linter;
    const LintOptions& lint_options = options.lint;

    std::vector<std::string> texts(options.inputs.size());
    std::vector<FileResult> results;
    bool io_error = false;
    for (std::size_t i = 0; i < options.inputs.size(); ++i) {
        const std::string& path = options.inputs[i];
        auto input = cli::read_input(path);
        FileResult file;
        file.path = path;
        if (input.error) {
            // Report it with the others and go on: one unreadable file never hides the rest.
            io_error = true;
            std::cerr << "cartlint: " << path << ": cannot read: " << *input.error << '\n';
            file.result.diagnostics.push_back({"io/unreadable", Severity::error, "cannot read the file: " + *input.error, "", {}, {}, {}});
        } else if (options.fix || options.fix_dry_run) {
            FixOutcome fixed = apply_safe_fixes(linter, input.bytes, lint_options);
            if (options.fix_dry_run) {
                std::cout << unified_diff(input.bytes, fixed.text, path);
            } else if (fixed.text != input.bytes) {
                if (auto error = write_atomically(path, fixed.text)) {
                    io_error = true;
                    std::cerr << "cartlint: " << path << ": not fixed, the file is unchanged: " << *error << '\n';
                    fixed.text = input.bytes;
                } else {
                    std::cerr << "cartlint: " << path << ": applied " << fixed.applied << " fix" << (fixed.applied == 1 ? "" : "es") << '\n';
                }
            }
            // Report what remains in the file as it now is.
            texts[i] = std::move(fixed.text);
            file.text = texts[i];
            file.result = linter.lint(file.text, lint_options);
        } else {
            texts[i] = std::move(input.bytes);
            file.text = texts[i];
            file.result = linter.lint(file.text, lint_options);
        }
        results.push_back(std::move(file));
    }

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

    if (io_error) return exit_code::usage;
    return failed ? exit_code::findings : exit_code::ok;
}
