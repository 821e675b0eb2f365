// The JSON output: a contract other tools rely on. Add fields; never rename or remove one.
// Written as the run goes: one document whose arrays grow with each piece, the summary last.

#include "output/format.hpp"
#include "output/json_fields.hpp"

#include "core/json_string.hpp"

namespace cartlint::detail {

namespace {

class JsonFormat final : public ReportFormatWriter {
public:
    explicit JsonFormat(std::ostream& out) : out_(out) {}

    void begin_file(const ReportProgress& at) override {
        buffer_ += at.run.files == 1 ? "{\"files\":[{\"path\":" : ",{\"path\":";
        append_json_string(buffer_, at.path);
        file_started_ = false;
        first_diagnostic_ = true;
        flush();
    }

    void piece(const ReportProgress& at, const FileResult& part) override {
        // "kind" comes before the findings: a stream's is its first document's, known once a
        // piece holds one (pieces before it hold only blank lines, so no finding either).
        // A stream that could not be read at all has a finding and no document.
        if (!file_started_ && (at.kind || !part.result.diagnostics.empty())) start_file(at.kind.value_or(part.result.kind));
        for (const Diagnostic& d : part.result.diagnostics) {
            if (!first_diagnostic_) buffer_ += ',';
            first_diagnostic_ = false;
            append_json_diagnostic(buffer_, d);
        }
        flush();
    }

    void end_file(const ReportProgress& at) override {
        if (!file_started_) start_file(at.kind.value_or(DocumentKind::cart));
        buffer_ += ']';
        append_json_notes(buffer_, at.file.missing_context);
        buffer_ += '}';
        flush();
    }

    void finish(const ReportProgress& at) override {
        if (at.run.files == 0) buffer_ += "{\"files\":[";
        buffer_ += "],\"summary\":{\"files\":";
        append_json_number(buffer_, at.run.files);
        buffer_ += ",\"errors\":";
        append_json_number(buffer_, at.run.errors);
        buffer_ += ",\"warnings\":";
        append_json_number(buffer_, at.run.warnings);
        buffer_ += ",\"infos\":";
        append_json_number(buffer_, at.run.infos);
        append_json_notes(buffer_, at.run.missing_context);
        buffer_ += "}}\n";
        flush();
    }

private:
    void start_file(DocumentKind kind) {
        buffer_ += ",\"kind\":";
        append_json_string(buffer_, to_string(kind));
        buffer_ += ",\"diagnostics\":[";
        file_started_ = true;
    }

    // What each call built, written at once: one stream operation a call, not one a field.
    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

    std::ostream& out_;
    std::string buffer_;
    bool file_started_ = false;
    bool first_diagnostic_ = true;
};

}  // namespace

std::unique_ptr<ReportFormatWriter> json_format(std::ostream& out, const ReportSettings&) { return std::make_unique<JsonFormat>(out); }

}  // namespace cartlint::detail
