// Reading an NDJSON stream piece by piece, in batches of lines linted in order or in parallel.

#include <cartlint/stream.hpp>

#include "stream/ndjson_lines.hpp"
#include "stream/workers.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <future>
#include <iterator>
#include <optional>
#include <utility>

namespace cartlint {

namespace {

// A run of complete lines cut from the stream, and what linting it found.
struct Batch {
    std::string text;
    std::size_t first_offset = 0;
    std::uint64_t line_count = 0;
    StreamChunk chunk;
    bool first_document = true;
};

void lint_batch(const Linter& linter, const LintOptions& options, bool keep_lines, Batch& b) {
    b.line_count = detail::lint_ndjson_lines(linter, b.text, 1, b.first_offset, options, b.chunk.result, b.first_document,
                                             keep_lines ? &b.chunk.lines : nullptr, &b.chunk.documents);
}

}  // namespace

StreamEnd lint_ndjson_chunks(const Linter& linter, const StreamSource& source, const StreamConsumer& consume, const LintOptions& options,
                             unsigned jobs, bool keep_lines) {
    // A quarter megabyte per batch: big enough that handing it to a thread costs nothing next to
    // linting it, small enough that jobs * 2 of them in flight are the whole memory budget.
    constexpr std::size_t batch_bytes = 1 << 18;
    const std::size_t in_flight = jobs > 1 ? 2 * std::size_t{jobs} : 1;

    StreamEnd out;
    std::string read_error;
    auto read = [&](char* buffer, std::size_t capacity) { return source(buffer, capacity, read_error); };
    std::uint64_t lines_before = 0;  // in the batches handed over so far
    // Batch buffers go round, and stay with the calling thread from call to call: a fresh buffer
    // for every batch, or for every call of a caller that lints a stream piece by piece (a Dask
    // worker's partitions), would be mapped and faulted in page by page each time. At most
    // `in_flight + 1` are kept after a call, none grown past a batch's usual size by a long line.
    thread_local std::vector<std::string> spare;
    struct KeepFew {
        std::vector<std::string>& spare;
        std::size_t most;
        ~KeepFew() {
            std::erase_if(spare, [](const std::string& b) { return b.capacity() > 2 * batch_bytes; });
            if (spare.size() > most) spare.resize(most);
        }
    } keep_few{spare, in_flight + 1};
    // Batches are linted with their own line numbers (from 1): where they are in the stream is
    // known only here, in order. Each is handed over and dropped: nothing of it stays.
    auto merge = [&](Batch& b) {
        b.text.clear();
        spare.push_back(std::move(b.text));
        StreamChunk& c = b.chunk;
        for (auto& d : c.result.diagnostics) {
            d.begin.line += lines_before;
            d.end.line += lines_before;
        }
        for (auto& l : c.lines) l.number += lines_before;
        for (auto& d : c.documents) d.line += lines_before;
        lines_before += b.line_count;
        if (!out.stopped && !consume(c)) out.stopped = true;
    };

    std::optional<detail::Workers<Batch>> workers;
    if (jobs > 1) workers.emplace(jobs);
    std::deque<std::future<Batch>> running;
    auto submit = [&](Batch b) {
        if (jobs <= 1) {
            lint_batch(linter, options, keep_lines, b);
            merge(b);
            return;
        }
        if (running.size() >= in_flight) {
            Batch done = running.front().get();
            running.pop_front();
            merge(done);
        }
        running.push_back(workers->submit(std::packaged_task<Batch()>([&linter, &options, keep_lines, b = std::move(b)]() mutable {
            lint_batch(linter, options, keep_lines, b);
            return std::move(b);
        })));
    };

    // The stream is read straight into batch buffers; the partial line at the end of one moves
    // to the start of the next.
    std::string carry;
    std::size_t offset = 0;
    for (bool end = false; !end;) {
        Batch b;
        if (!spare.empty()) {
            b.text = std::move(spare.back());
            spare.pop_back();
        }
        b.text.assign(carry);
        std::size_t last_break = std::string::npos;
        std::size_t scanned = 0;  // b.text before this has no line break: only new bytes are searched
        std::size_t dropped = 0;  // bytes of an over-long line not kept (see below)
        while (!end) {  // until the buffer holds a line break (a line may be longer than a batch)
            const std::size_t have = b.text.size();
            // A line longer than a batch may grow to the size limit: room for that at once, as
            // growing by doubling would reserve twice the limit on the way.
            if (have >= batch_bytes) b.text.reserve(max_document_bytes + 1 + (1 << 16));
            b.text.resize(std::max(have + (1 << 16), batch_bytes));
            const std::size_t n = read(b.text.data() + have, b.text.size() - have);
            b.text.resize(have + n);
            end = n == 0;
            if (end || b.text.size() < batch_bytes) continue;
            const std::size_t found = std::string_view(b.text).substr(scanned).rfind('\n');
            if (found != std::string_view::npos) {
                last_break = scanned + found;
                break;
            }
            scanned = b.text.size();
            // The whole buffer is one line, longer than any document may be: keep its first
            // max_document_bytes + 1 bytes (enough for limit/document-size at its line) and skip
            // the rest of it unread into memory, so one huge line, or /dev/zero, costs a bounded buffer.
            if (b.text.size() > max_document_bytes + 1) {
                dropped += b.text.size() - (max_document_bytes + 1);
                b.text.resize(max_document_bytes + 1);
                char chunk[1 << 16];
                std::size_t got;
                while ((got = read(chunk, sizeof chunk)) > 0) {
                    const void* nl = std::memchr(chunk, '\n', got);
                    if (!nl) {
                        dropped += got;
                        continue;
                    }
                    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(nl) - chunk);
                    dropped += at;
                    last_break = b.text.size();
                    b.text.append(chunk + at, got - at);  // the line break and what follows it
                    break;
                }
                if (last_break == std::string::npos) end = true;
                break;
            }
        }
        if (end) {
            carry.clear();
        } else {
            carry.assign(b.text, last_break + 1);
            b.text.resize(last_break + 1);
        }
        if (b.text.empty() || out.stopped) break;
        b.first_offset = offset;
        offset += b.text.size() + dropped;
        submit(std::move(b));
    }
    if (!read_error.empty()) out.error = std::move(read_error);
    for (auto& f : running) {
        Batch done = f.get();
        merge(done);
    }
    return out;
}

StreamResult lint_ndjson_stream(const Linter& linter, const StreamSource& source, const LintOptions& options, unsigned jobs) {
    StreamResult out;
    bool first_document = true;
    const StreamEnd end = lint_ndjson_chunks(
        linter, source,
        [&](StreamChunk& c) {
            const bool has_document = std::any_of(c.documents.begin(), c.documents.end(), [](const StreamDocument& d) { return !d.blank; });
            if (first_document && has_document) {
                out.result.kind = c.result.kind;
                first_document = false;
            }
            out.result.missing_context += c.result.missing_context;
            std::move(c.result.diagnostics.begin(), c.result.diagnostics.end(), std::back_inserter(out.result.diagnostics));
            std::move(c.lines.begin(), c.lines.end(), std::back_inserter(out.lines));
            return true;
        },
        options, jobs);
    out.error = end.error;
    return out;
}

namespace {

// A read error leaves a short count and the stream's error flag set (sticky): errno says why.
StreamSource file_source(std::FILE* in) {
    return [in](char* buffer, std::size_t capacity, std::string& error) {
        const std::size_t n = std::fread(buffer, 1, capacity, in);
        if (n < capacity && error.empty() && std::ferror(in)) error = std::strerror(errno);
        return n;
    };
}

}  // namespace

StreamResult lint_ndjson_stream(const Linter& linter, std::FILE* in, const LintOptions& options, unsigned jobs) {
    return lint_ndjson_stream(linter, file_source(in), options, jobs);
}

StreamEnd lint_ndjson_chunks(const Linter& linter, std::FILE* in, const StreamConsumer& consume, const LintOptions& options, unsigned jobs,
                             bool keep_lines) {
    return lint_ndjson_chunks(linter, file_source(in), consume, options, jobs, keep_lines);
}

}  // namespace cartlint
