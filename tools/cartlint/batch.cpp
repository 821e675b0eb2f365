#include "batch.hpp"

#include "atomic_write.hpp"
#include "input.hpp"
#include "platform.hpp"
#include "unified_diff.hpp"

#include <cartlint/document_kind.hpp>
#include <cartlint/fix.hpp>
#include <cartlint/stream.hpp>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <limits>
#include <memory>
#include <mutex>
#include <thread>

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

// What a file says besides its findings (a --fix-dry-run diff on standard output, what --fix did on
// standard error): printed in input order, whichever thread finishes first.
struct Said {
    std::string out, err;
};

// A file linted whole (or a stream read whole, to fix it): its report's pieces and its bytes.
struct Linted {
    std::string text;                // the bytes the pieces' `text` points into
    std::vector<FileResult> pieces;  // one, or a stream's chunks
    bool stream = false;
    Said said;
    double seconds = 0;
};

// A stream held in memory, cut into the same chunks (with their documents) a stream read piece by
// piece gets.
std::vector<FileResult> ndjson_pieces(const Linter& linter, std::string_view text, const LintOptions& options, const std::string& display) {
    std::vector<FileResult> pieces;
    std::size_t read = 0;
    const StreamSource source = [&](char* buffer, std::size_t capacity, std::string&) {
        const std::size_t n = std::min(capacity, text.size() - read);
        if (n) std::memcpy(buffer, text.data() + read, n);
        read += n;
        return n;
    };
    (void)lint_ndjson_chunks(linter, source, [&](StreamChunk& c) {
        FileResult& piece = pieces.emplace_back();
        piece.path = display;
        piece.result = std::move(c.result);
        piece.lines = std::move(c.lines);
        piece.documents = std::move(c.documents);
        return true;
    }, options, 1);
    return pieces;
}

void lint_one(const Linter& linter, const InputSpec& input, const Options& options, Linted& linted, std::atomic<bool>& io_error,
              std::mutex& io) {
    FileResult& file = linted.pieces.emplace_back();
    file.path = input.display;
    if (input.error) return unreadable(input, *input.error, file, io_error, io);
    LintOptions lint_options = options_for_input(input.config, options.lint, input.path, input.display);
    if (lint_options.kind == DocumentKind::automatic && !options.ndjson) lint_options.kind = document_kind_for_path(input.display);
    if (options.fix && input.path != "-") {
        // Only regular files are rewritten; reading a FIFO here would wait for a writer forever.
        if (platform::exists_but_not_regular(input.path)) {
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
    std::string& text = linted.text;
    text = std::move(read.bytes);
    // Past the size limit only the first bytes were read: there is nothing to fix, and writing
    // them back would lose the rest.
    if ((options.fix || options.fix_dry_run) && !read.truncated) {
        FixOutcome fixed = options.ndjson ? apply_safe_fixes_ndjson(linter, text, lint_options) : apply_safe_fixes(linter, text, lint_options);
        Said& said = linted.said;
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
    if (options.ndjson) {
        linted.stream = true;
        linted.pieces = ndjson_pieces(linter, text, lint_options, input.display);
        for (FileResult& piece : linted.pieces) piece.text = text;
        return;
    }
    file.text = text;
    file.result = linter.lint(text, lint_options);
}

// Whether the report shows the source: the text format's excerpts, SARIF's fingerprints of
// findings without a pointer. The others need no copy of a stream's lines.
// Whether a stream's chunks must keep the lines their findings are on: for the text format's
// excerpts, and for what names a finding without a pointer by its line's text (SARIF's and GitLab's
// fingerprints, a baseline's entries). Otherwise no line is copied.
bool excerpts_needed(const Options& options) {
    auto needs = [](OutputFormat f) { return f == OutputFormat::text || f == OutputFormat::sarif || f == OutputFormat::gitlab; };
    if (options.baseline || options.write_baseline) return true;
    for (const FormatFile& file : options.format_files)
        if (needs(file.format)) return true;
    return !options.stats && needs(options.format);
}

// Streams one at a time, each with every thread, its chunks handed over as they are linted.
BatchOutcome lint_streams(const Linter& linter, const std::vector<InputSpec>& inputs, const Options& options, unsigned jobs, ReportSink& sink) {
    BatchOutcome outcome;
    std::atomic<bool> io_error{false};
    std::mutex io;
    for (const InputSpec& input : inputs) {
        const auto start = std::chrono::steady_clock::now();
        sink.begin_file(input.display, true);
        auto said_unreadable = [&](const std::string& error) {
            FileResult piece;
            piece.path = input.display;
            unreadable(input, error, piece, io_error, io);
            return sink.piece(piece);
        };
        bool going = true;
        if (input.error) {
            going = said_unreadable(*input.error);
        } else {
            OpenInput in(input.path);
            if (in.error()) {
                going = said_unreadable(*in.error());
            } else {
                const LintOptions lint_options = options_for_input(input.config, options.lint, input.path, input.display);
                const StreamEnd end = lint_ndjson_chunks(linter, in.file(), [&](StreamChunk& c) {
                    FileResult piece;
                    piece.path = input.display;
                    piece.result = std::move(c.result);
                    piece.lines = std::move(c.lines);
                    piece.documents = std::move(c.documents);
                    return sink.piece(piece);
                }, lint_options, jobs, excerpts_needed(options));
                going = !end.stopped;
                if (going && end.error) going = said_unreadable(*end.error);
            }
        }
        if (!going) {
            outcome.stopped = true;
            break;
        }
        sink.end_file(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    outcome.io_error = io_error;
    return outcome;
}

}  // namespace

BatchOutcome lint_batch(const Linter& linter, const std::vector<InputSpec>& inputs, const Options& options, ReportSink& sink) {
    const std::size_t n = inputs.size();
    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    // Streams read piece by piece: one at a time, each on every thread (its batches are linted in
    // parallel), so its chunks go out as they come and nothing of a stream waits for another.
    if (options.ndjson && !options.fix && !options.fix_dry_run) return lint_streams(linter, inputs, options, jobs, sink);

    // Files: one per thread. A file done before those ahead of it waits, but a thread starts a new
    // file only while fewer than `ahead` files are waiting or being linted, so a slow file holds
    // back a bounded number of reports, not the rest of the run.
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, n)));
    const std::size_t ahead = 4 * std::size_t{jobs};
    std::size_t next = 0, handed = 0;
    std::atomic<std::size_t> done{0};
    std::atomic<bool> io_error{false};
    bool stopped = false;
    std::mutex io;  // the queue below, standard error, and the sink
    std::condition_variable room;
    std::vector<std::unique_ptr<Linted>> waiting(n);
    auto work = [&] {
        for (;;) {
            std::size_t i;
            {
                std::unique_lock lock(io);
                room.wait(lock, [&] { return stopped || next >= n || next < handed + ahead; });
                if (stopped || next >= n) return;
                i = next++;
            }
            auto linted = std::make_unique<Linted>();
            const auto start = std::chrono::steady_clock::now();
            lint_one(linter, inputs[i], options, *linted, io_error, io);
            linted->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::lock_guard lock(io);
            waiting[i] = std::move(linted);
            // What each file says (a --fix-dry-run diff, what --fix did) and its report, in input order.
            for (; handed < n && waiting[handed] && !stopped; ++handed) {
                Linted& l = *waiting[handed];
                std::cout << l.said.out;
                std::cerr << l.said.err;
                sink.begin_file(inputs[handed].display, l.stream);
                for (FileResult& piece : l.pieces)
                    if (!sink.piece(piece)) {
                        stopped = true;
                        break;
                    }
                if (!stopped) sink.end_file(l.seconds);
                waiting[handed].reset();
            }
            ++done;
            room.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);

    // Progress on a terminal, for runs long enough to wonder about.
    std::atomic<bool> finished{false};
    std::thread progress;
    if (platform::is_terminal(platform::Stream::error) && n > 1) {
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
    return {io_error, stopped};
}

}  // namespace cartlint::cli
