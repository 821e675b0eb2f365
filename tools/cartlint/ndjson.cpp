#include "ndjson.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <future>

namespace cartlint::cli {

void lint_ndjson_lines(const Linter& linter, std::string_view text, std::uint32_t first_line, std::size_t first_offset,
                       const LintOptions& options, LintResult& out, bool& first_document, std::vector<SourceLine>* keep) {
    std::uint32_t line = first_line;
    for (std::size_t start = 0; start < text.size(); ++line) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view doc = text.substr(start, end - start);
        if (!doc.empty() && doc.back() == '\r') doc.remove_suffix(1);
        if (doc.find_first_not_of(" \t") != std::string_view::npos) {
            LintResult r = linter.lint(doc, options);
            if (first_document) out.kind = r.kind;
            first_document = false;
            if (!r.diagnostics.empty() && keep) keep->push_back({line, first_offset + start, std::string(doc)});
            for (auto& d : r.diagnostics) {
                // A document is one line, unless a repair spans it: keep positions in the stream.
                d.begin.line += line - 1;
                d.end.line += line - 1;
                d.begin.offset += first_offset + start;
                d.end.offset += first_offset + start;
                out.diagnostics.push_back(std::move(d));
            }
        }
        start = end + 1;
    }
}

LintResult lint_ndjson(const Linter& linter, std::string_view text, const LintOptions& options) {
    LintResult out;
    bool first = true;
    lint_ndjson_lines(linter, text, 1, 0, options, out, first, nullptr);
    return out;
}

namespace {

// A run of complete lines cut from the stream, and what linting it found.
struct Batch {
    std::string text;
    std::uint32_t first_line = 1;
    std::size_t first_offset = 0;
    LintResult result;
    std::vector<SourceLine> lines;
    bool first_document = true;
};

void lint_batch(const Linter& linter, const LintOptions& options, Batch& b) {
    lint_ndjson_lines(linter, b.text, b.first_line, b.first_offset, options, b.result, b.first_document, &b.lines);
}

std::uint32_t count_lines(std::string_view s) { return static_cast<std::uint32_t>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

StreamResult lint_ndjson_stream(const Linter& linter, std::FILE* in, const LintOptions& options, unsigned jobs) {
    // About a megabyte per batch: big enough that handing it to a thread costs nothing next to
    // linting it, small enough that jobs * 2 of them in flight are the whole memory budget.
    constexpr std::size_t batch_bytes = 1 << 20;
    const std::size_t in_flight = jobs > 1 ? 2 * std::size_t{jobs} : 1;

    StreamResult out;
    bool first_document = true;
    auto merge = [&](Batch& b) {
        if (first_document && !b.first_document) {
            out.result.kind = b.result.kind;
            first_document = false;
        }
        for (auto& d : b.result.diagnostics) out.result.diagnostics.push_back(std::move(d));
        for (auto& l : b.lines) out.lines.push_back(std::move(l));
    };

    std::deque<std::future<Batch>> running;
    auto submit = [&](Batch b) {
        if (jobs <= 1) {
            lint_batch(linter, options, b);
            merge(b);
            return;
        }
        if (running.size() >= in_flight) {
            Batch done = running.front().get();
            running.pop_front();
            merge(done);
        }
        running.push_back(std::async(std::launch::async, [&linter, &options, b = std::move(b)]() mutable {
            lint_batch(linter, options, b);
            return std::move(b);
        }));
    };

    std::string pending;  // the stream's bytes not yet handed out: always the start of a line
    std::uint32_t line = 1;
    std::size_t offset = 0;
    std::vector<char> buffer(1 << 20);
    auto cut = [&](std::size_t upto) {  // hands out pending[0, upto) as a batch
        Batch b;
        b.text.assign(pending, 0, upto);
        b.first_line = line;
        b.first_offset = offset;
        line += count_lines(b.text);
        offset += upto;
        pending.erase(0, upto);
        submit(std::move(b));
    };
    for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), in)) > 0;) {
        pending.append(buffer.data(), n);
        if (pending.size() < batch_bytes) continue;
        const std::size_t last_break = pending.rfind('\n');
        if (last_break != std::string::npos) cut(last_break + 1);
        // A single line longer than a batch simply waits for its end.
    }
    if (std::ferror(in)) out.error = std::strerror(errno);
    if (!pending.empty()) cut(pending.size());
    for (auto& f : running) {
        Batch done = f.get();
        merge(done);
    }
    return out;
}

}  // namespace cartlint::cli
