// reviewdog's Diagnostic Format (rdjson): {"source", "diagnostics": [{message, location: {path,
// range}, severity, code, suggestions}]}, which `reviewdog -f=rdjson` posts as review comments,
// with a finding's safe fix as a suggested change. Columns are UTF-8 bytes from 1, as the format
// defines them (reviewdog's proto: "byte count in UTF-8"), not cartlint's code points.
// No schema is published beyond the proto; formats_test.cpp checks its fields one by one.

#include "output/format.hpp"
#include "output/source_lines.hpp"

#include "core/json_string.hpp"
#include "core/line_index.hpp"

#include <optional>

namespace cartlint::detail {
namespace {

const char* rdjson_severity(Severity s) {
    switch (s) {
    case Severity::error: return "ERROR";
    case Severity::warning: return "WARNING";
    case Severity::info: return "INFO";
    }
    return "ERROR";
}

// The piece's byte columns: from the text's line index (built the first time a finding needs
// it), or for a stream from the lines it kept; a code-point column where neither knows the line.
class ByteColumns {
public:
    explicit ByteColumns(const FileResult& part) : part_(part) {}

    std::uint64_t column(const Position& p) {
        if (!part_.text.empty() && p.line <= UINT32_MAX) {
            const std::size_t start = index().line_start(static_cast<std::uint32_t>(p.line));
            if (p.offset >= start) return p.offset - start + 1;
        } else if (const SourceLine* kept = find_line(part_.lines, p.line)) {
            if (p.offset >= kept->offset && p.offset <= kept->offset + kept->text.size()) return p.offset - kept->offset + 1;
        }
        return p.column;
    }

    // A position of the text (fix edits are offsets into it).
    Position at(std::size_t offset) {
        Position p = index().position(offset);
        p.offset = offset;
        p.column = static_cast<std::uint32_t>(column(p));
        return p;
    }

private:
    const LineIndex& index() {
        if (!lines_) lines_.emplace(part_.text);
        return *lines_;
    }

    const FileResult& part_;
    std::optional<LineIndex> lines_;
};

void write_range(std::ostream& out, std::uint64_t line, std::uint64_t column, std::uint64_t end_line, std::uint64_t end_column) {
    out << "{\"start\":{\"line\":" << line << ",\"column\":" << column << "},\"end\":{\"line\":" << end_line << ",\"column\":" << end_column
        << "}}";
}

class RdjsonFormat final : public ReportFormatWriter {
public:
    explicit RdjsonFormat(std::ostream& out) : out_(out) {}

    void piece(const ReportProgress& at, const FileResult& part) override {
        ByteColumns columns(part);
        for (const Diagnostic& d : part.result.diagnostics) {
            start();
            out_ << (first_ ? "" : ",") << "{\"message\":";
            first_ = false;
            write_json_string(out_, d.pointer.empty() ? d.message : d.message + " (at " + d.pointer + ")");
            out_ << ",\"location\":{\"path\":";
            write_json_string(out_, at.path);
            out_ << ",\"range\":";
            write_range(out_, d.begin.line, columns.column(d.begin), d.end.line, columns.column(d.end));
            out_ << "},\"severity\":\"" << rdjson_severity(d.severity) << "\",\"code\":{\"value\":";
            write_json_string(out_, d.rule);
            out_ << '}';
            // A safe fix only (the one --fix applies), and only where the edits' offsets are in
            // the text at hand: a streamed file's pieces keep no text.
            if (d.fix && d.fix->safe && !d.fix->edits.empty() && !part.text.empty()) {
                out_ << ",\"suggestions\":[";
                bool first_edit = true;
                for (const Edit& e : d.fix->edits) {
                    const Position from = columns.at(e.offset), to = columns.at(e.offset + e.length);
                    out_ << (first_edit ? "" : ",") << "{\"range\":";
                    first_edit = false;
                    write_range(out_, from.line, from.column, to.line, to.column);
                    out_ << ",\"text\":";
                    write_json_string(out_, e.text);
                    out_ << '}';
                }
                out_ << ']';
            }
            out_ << '}';
        }
    }

    void finish(const ReportProgress&) override {
        start();
        out_ << "]}\n";
    }

private:
    void start() {
        if (started_) return;
        started_ = true;
        out_ << R"({"source":{"name":"cartlint"},"diagnostics":[)";
    }

    std::ostream& out_;
    bool started_ = false;
    bool first_ = true;
};

}  // namespace

std::unique_ptr<ReportFormatWriter> rdjson_format(std::ostream& out, const ReportSettings&) { return std::make_unique<RdjsonFormat>(out); }

}  // namespace cartlint::detail
