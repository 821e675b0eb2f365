// --format ndjson: one JSON object a line, written as each document is done. A file read whole
// is one line: {"path","kind","valid","diagnostics"}. A stream is one line per input line, blank
// ones too, so output line N answers input line N: {"path"?,"line","kind","valid","diagnostics"},
// "path" left out for standard input ("-"), "kind" "empty" for a blank line (never valid).
// Schema: schemas/ndjson-report.schema.json. The run's summary is not part of it (see the README:
// a filter writes exactly one line per input line); the command says it on standard error.

#include "output/format.hpp"
#include "output/json_fields.hpp"

#include "core/json_string.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <span>

namespace cartlint::detail {

namespace {

class NdjsonFormat final : public ReportFormatWriter {
public:
    explicit NdjsonFormat(std::ostream& out) : out_(out) {}

    void piece(const ReportProgress& at, const FileResult& part) override {
        const std::span<const Diagnostic> all(part.result.diagnostics);
        if (!at.stream) {
            record(at.path, nullptr, to_string(part.result.kind), all);
            return;
        }
        std::size_t next = 0;
        for (const StreamDocument& doc : part.documents) {
            const std::size_t n = std::min(doc.findings, all.size() - next);
            record(at.path == "-" ? std::string_view() : at.path, &doc.line, doc.blank ? "empty" : to_string(doc.kind), all.subspan(next, n),
                   doc.blank);
            next += n;
        }
        // Findings of no document (io/unreadable: the stream could not be read): a line of the
        // file's own, named even when it is standard input.
        if (next < all.size()) record(at.path, nullptr, to_string(part.result.kind), all.subspan(next));
    }

    void finish(const ReportProgress&) override {}

private:
    // A line built in one string and written at once (json_fields.hpp).
    void record(std::string_view path, const std::uint64_t* line, std::string_view kind, std::span<const Diagnostic> findings,
                bool blank = false) {
        std::string& out = buffer_;
        out.clear();
        out += '{';
        if (!path.empty()) {
            out += "\"path\":";
            append_json_string(out, path);
            out += ',';
        }
        if (line) {
            out += "\"line\":";
            const fmt::format_int digits(*line);
            out.append(digits.data(), digits.size());
            out += ',';
        }
        out += "\"kind\":";
        append_json_string(out, kind);
        const bool valid = !blank && std::none_of(findings.begin(), findings.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
        out += valid ? ",\"valid\":true,\"diagnostics\":[" : ",\"valid\":false,\"diagnostics\":[";
        for (std::size_t i = 0; i < findings.size(); ++i) {
            if (i) out += ',';
            append_json_diagnostic(out, findings[i]);
        }
        out += "]}\n";
        out_.write(out.data(), static_cast<std::streamsize>(out.size()));
    }

    std::ostream& out_;
    std::string buffer_;  // the line in hand
};

}  // namespace

std::unique_ptr<ReportFormatWriter> ndjson_format(std::ostream& out, const ReportSettings&) { return std::make_unique<NdjsonFormat>(out); }

}  // namespace cartlint::detail
