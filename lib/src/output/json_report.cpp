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
        out_ << (at.run.files == 1 ? "{\"files\":[" : ",") << "{\"path\":";
        write_json_string(out_, at.path);
        file_started_ = false;
        first_diagnostic_ = true;
    }

    void piece(const ReportProgress& at, const FileResult& part) override {
        // "kind" comes before the findings: a stream's is its first document's, known once a
        // piece holds one (pieces before it hold only blank lines, so no finding either).
        // A stream that could not be read at all has a finding and no document.
        if (!file_started_ && (at.kind || !part.result.diagnostics.empty())) start_file(at.kind.value_or(part.result.kind));
        // The piece's findings built in one string and written at once (json_fields.hpp).
        buffer_.clear();
        for (const Diagnostic& d : part.result.diagnostics) {
            if (!first_diagnostic_) buffer_ += ',';
            first_diagnostic_ = false;
            append_json_diagnostic(buffer_, d);
        }
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    }

    void end_file(const ReportProgress& at) override {
        if (!file_started_) start_file(at.kind.value_or(DocumentKind::cart));
        out_ << ']';
        write_json_notes(out_, at.file.missing_context);
        out_ << '}';
    }

    void finish(const ReportProgress& at) override {
        if (at.run.files == 0) out_ << "{\"files\":[";
        out_ << "],\"summary\":{\"files\":" << at.run.files << ",\"errors\":" << at.run.errors << ",\"warnings\":" << at.run.warnings
             << ",\"infos\":" << at.run.infos;
        write_json_notes(out_, at.run.missing_context);
        out_ << "}}\n";
    }

private:
    void start_file(DocumentKind kind) {
        out_ << ",\"kind\":";
        write_json_string(out_, to_string(kind));
        out_ << ",\"diagnostics\":[";
        file_started_ = true;
    }

    std::ostream& out_;
    std::string buffer_;  // the piece in hand's findings
    bool file_started_ = false;
    bool first_diagnostic_ = true;
};

}  // namespace

std::unique_ptr<ReportFormatWriter> json_format(std::ostream& out, const ReportSettings&) { return std::make_unique<JsonFormat>(out); }

}  // namespace cartlint::detail
