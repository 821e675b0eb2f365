#include "batch.hpp"

#include "atomic_write.hpp"
#include "file_kind.hpp"
#include "input.hpp"
#include "unified_diff.hpp"

#include <cartlint/fix.hpp>
#include <cartlint/stream.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <limits>
#include <mutex>
#include <thread>
#include <sys/stat.h>
#include <unistd.h>

namespace cartlint::cli {

namespace {

// Messages on standard error name files with printable(): a CI runner reads workflow commands
// from standard error too, and a file name is as much the user's bytes as a payload.
void unreadable(const InputSpec& input, const std::string& error, FileResult& file, std::atomic<bool>& io_error, std::mutex& io) {
    io_error = true;
    {
        std::lock_guard lock(io);
        std::cerr << "cartlint: " << printable(input.display) << ": cannot read: " << printable(error) << '\n';
    }
    file.result.diagnostics.push_back(
        {"io/unreadable", Severity::error, error.rfind("cannot read", 0) == 0 ? error : "cannot read the file: " + error, "", {}, {}, {}});
}

// The path override globs match: relative to the configuration's directory and normalised, so
// `sub/c.json`, `sub//c.json`, `./sub/c.json`, an absolute path and a run from sub/ agree.
std::string config_relative(const InputSpec& input, const Options& options) {
    if (options.config_directory.empty()) return input.display;
    const std::string& named = input.path == "-" ? input.display : input.path;
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(named, ec).lexically_normal();
    if (ec) return input.display;
    return absolute.lexically_relative(options.config_directory).generic_string();
}

// What a file says besides its findings (a --fix-dry-run diff on standard output, what --fix did on
// standard error): printed in input order, whichever thread finishes first.
struct Said {
    std::string out, err;
};

void lint_one(const Linter& linter, const InputSpec& input, const Options& options, unsigned jobs, FileResult& file,
              std::string& text, Said& said, std::atomic<bool>& io_error, std::mutex& io) {
    file.path = input.display;
    if (input.error) return unreadable(input, *input.error, file, io_error, io);
    LintOptions lint_options = options_for(options.config, options.lint, config_relative(input, options));
    if (lint_options.kind == DocumentKind::automatic && !options.ndjson) lint_options.kind = kind_for_path(input.display);
    if (options.ndjson && !options.fix && !options.fix_dry_run) {
        // A stream may be far larger than memory: read it piece by piece.
        OpenInput in(input.path);
        if (in.error()) return unreadable(input, *in.error(), file, io_error, io);
        StreamResult stream = lint_ndjson_stream(linter, in.file(), lint_options, jobs);
        file.result = std::move(stream.result);
        file.lines = std::move(stream.lines);
        if (stream.error) unreadable(input, *stream.error, file, io_error, io);
        return;
    }
    if (options.fix && input.path != "-") {
        // Only regular files are rewritten; reading a FIFO here would wait for a writer forever.
        struct stat st{};
        if (::stat(input.path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
            io_error = true;
            std::lock_guard lock(io);
            std::cerr << "cartlint: " << printable(input.display) << ": not fixed: not a regular file (a FIFO, a device or a directory)\n";
            file.result.diagnostics.push_back({"io/unreadable", Severity::error, "--fix rewrites regular files only", "", {}, {}, {}});
            return;
        }
    }
    // A stream to fix is read whole (it is rewritten whole); anything else only up to the limit.
    const bool whole = options.ndjson && (options.fix || options.fix_dry_run);
    auto read = whole ? read_input(input.path, std::numeric_limits<std::size_t>::max() - 1) : read_input(input.path);
    if (read.error) return unreadable(input, *read.error, file, io_error, io);
    text = std::move(read.bytes);
    // Past the size limit only the first bytes were read: there is nothing to fix, and writing
    // them back would lose the rest.
    if ((options.fix || options.fix_dry_run) && !read.truncated) {
        FixOutcome fixed = options.ndjson ? apply_safe_fixes_ndjson(linter, text, lint_options) : apply_safe_fixes(linter, text, lint_options);
        if (options.fix_dry_run) {
            said.out = unified_diff(text, fixed.text, input.display);
        } else if (fixed.text != text) {
            if (auto error = write_atomically(input.path, fixed.text, read.identity, WriteChecks{std::string_view(text), {}})) {
                io_error = true;
                said.err = "cartlint: " + printable(input.display) + ": not fixed, the file is unchanged: " + printable(*error) + '\n';
                fixed.text = text;
            } else {
                said.err = "cartlint: " + printable(input.display) + ": applied " + std::to_string(fixed.applied) + " fix" +
                           (fixed.applied == 1 ? "" : "es") + '\n';
            }
        }
        text = std::move(fixed.text);  // report what remains in the file as it now is
    }
    file.text = text;
    file.result = options.ndjson ? lint_ndjson(linter, text, lint_options) : linter.lint(text, lint_options);
}

}  // namespace

Batch lint_batch(const Linter& linter, const std::vector<InputSpec>& inputs, const Options& options) {
    Batch batch;
    const std::size_t n = inputs.size();
    batch.results.resize(n);
    batch.seconds.assign(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) batch.texts.push_back(std::make_unique<std::string>());

    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    // One stream alone gets the threads itself (its batches are linted in parallel); several
    // inputs share them out one input per thread.
    const unsigned stream_jobs = n == 1 ? jobs : 1;
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, n)));
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<bool> io_error{false};
    std::mutex io;
    // What each file says, held only until every file before it has said its own.
    std::vector<Said> said(n);
    std::vector<char> finished_file(n, 0);
    std::size_t printed = 0;
    auto work = [&] {
        for (std::size_t i; (i = next++) < n;) {
            const auto start = std::chrono::steady_clock::now();
            Said mine;
            lint_one(linter, inputs[i], options, stream_jobs, batch.results[i], *batch.texts[i], mine, io_error, io);
            batch.seconds[i] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::lock_guard lock(io);
            said[i] = std::move(mine);
            finished_file[i] = 1;
            for (; printed < n && finished_file[printed]; ++printed) {
                std::cout << said[printed].out;
                std::cerr << said[printed].err;
                said[printed] = Said{};
            }
            ++done;
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);

    // Progress on a terminal, for runs long enough to wonder about.
    std::atomic<bool> finished{false};
    std::thread progress;
    if (::isatty(STDERR_FILENO) && n > 1) {
        progress = std::thread([&] {
            auto start = std::chrono::steady_clock::now();
            bool shown = false;
            while (!finished) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                if (std::chrono::steady_clock::now() - start < std::chrono::seconds(1)) continue;
                std::lock_guard lock(io);
                std::cerr << "\rcartlint: " << done << '/' << n << " files" << std::flush;
                shown = true;
            }
            if (shown) std::cerr << "\r\x1b[K" << std::flush;
        });
    }
    work();
    for (auto& t : threads) t.join();
    finished = true;
    if (progress.joinable()) progress.join();
    batch.io_error = io_error;
    return batch;
}

}  // namespace cartlint::cli
