// ReportWriter: the counts every format shares, and the format chosen.

#include <cartlint/report_writer.hpp>

#include "output/format.hpp"

#include <algorithm>
#include <stdexcept>

namespace cartlint {

using detail::ReportFormatWriter;
using detail::ReportProgress;

std::string_view to_string(ReportFormat format) noexcept {
    switch (format) {
    case ReportFormat::text: return "text";
    case ReportFormat::json: return "json";
    case ReportFormat::sarif: return "sarif";
    case ReportFormat::github: return "github";
    case ReportFormat::junit: return "junit";
    case ReportFormat::ndjson: return "ndjson";
    case ReportFormat::gitlab: return "gitlab";
    case ReportFormat::checkstyle: return "checkstyle";
    case ReportFormat::azure: return "azure";
    case ReportFormat::rdjson: return "rdjson";
    }
    return "text";
}

struct ReportWriter::Impl {
    std::unique_ptr<ReportFormatWriter> format;
    ReportProgress at;
    bool in_file = false;
    bool finished = false;
};

namespace {

std::unique_ptr<ReportFormatWriter> make_format(ReportFormat format, std::ostream& out, const ReportSettings& settings) {
    switch (format) {
    case ReportFormat::text: return detail::text_format(out, settings);
    case ReportFormat::json: return detail::json_format(out, settings);
    case ReportFormat::sarif: return detail::sarif_format(out, settings);
    case ReportFormat::github: return detail::github_format(out, settings);
    case ReportFormat::junit: return detail::junit_format(out, settings);
    case ReportFormat::ndjson: return detail::ndjson_format(out, settings);
    case ReportFormat::gitlab: return detail::gitlab_format(out, settings);
    case ReportFormat::checkstyle: return detail::checkstyle_format(out, settings);
    case ReportFormat::azure: return detail::azure_format(out, settings);
    case ReportFormat::rdjson: return detail::rdjson_format(out, settings);
    }
    throw std::invalid_argument("cartlint: no such report format");
}

void count(ReportTotals& totals, const FileResult& part) {
    for (const Diagnostic& d : part.result.diagnostics) {
        totals.errors += d.severity == Severity::error;
        totals.warnings += d.severity == Severity::warning;
        totals.infos += d.severity == Severity::info;
    }
    totals.missing_context += part.result.missing_context;
}

}  // namespace

ReportWriter::ReportWriter(ReportFormat format, std::ostream& out, const ReportSettings& settings) : impl_(std::make_unique<Impl>()) {
    impl_->format = make_format(format, out, settings);
}
ReportWriter::~ReportWriter() = default;
ReportWriter::ReportWriter(ReportWriter&&) noexcept = default;
ReportWriter& ReportWriter::operator=(ReportWriter&&) noexcept = default;

// Calls out of order are a bug of the caller: said loudly rather than written as a broken report.
void ReportWriter::begin_file(std::string_view path, bool stream) {
    if (impl_->in_file || impl_->finished) throw std::logic_error("ReportWriter::begin_file: the previous file is not ended");
    ReportProgress& at = impl_->at;
    at.file = ReportTotals{};
    at.file.files = 1;
    ++at.run.files;
    at.path = path;
    at.stream = stream;
    at.kind.reset();
    impl_->in_file = true;
    impl_->format->begin_file(at);
}

void ReportWriter::piece(const FileResult& part) {
    if (!impl_->in_file) throw std::logic_error("ReportWriter::piece: no file begun");
    ReportProgress& at = impl_->at;
    std::uint64_t documents = 1;
    if (at.stream) {
        documents = static_cast<std::uint64_t>(
            std::count_if(part.documents.begin(), part.documents.end(), [](const StreamDocument& d) { return !d.blank; }));
        if (!at.kind)
            for (const StreamDocument& d : part.documents)
                if (!d.blank) {
                    at.kind = d.kind;
                    break;
                }
    } else if (!at.kind) {
        at.kind = part.result.kind;
    }
    at.run.documents += documents;
    at.file.documents += documents;
    count(at.run, part);
    count(at.file, part);
    impl_->format->piece(at, part);
}

void ReportWriter::end_file() {
    if (!impl_->in_file) throw std::logic_error("ReportWriter::end_file: no file begun");
    impl_->format->end_file(impl_->at);
    impl_->in_file = false;
}

void ReportWriter::finish() {
    if (impl_->in_file || impl_->finished) throw std::logic_error("ReportWriter::finish: a file is not ended, or finished twice");
    impl_->finished = true;
    impl_->format->finish(impl_->at);
}

const ReportTotals& ReportWriter::totals() const noexcept { return impl_->at.run; }

void write_report(ReportWriter& writer, const std::vector<FileResult>& files) {
    for (const FileResult& file : files) {
        writer.begin_file(file.path, !file.documents.empty());
        writer.piece(file);
        writer.end_file();
    }
    writer.finish();
}

void write_text(std::ostream& out, const std::vector<FileResult>& files, const TextStyle& style) {
    ReportWriter writer(ReportFormat::text, out, ReportSettings{style, {}, Severity::error});
    write_report(writer, files);
}

void write_json(std::ostream& out, const std::vector<FileResult>& files) {
    ReportWriter writer(ReportFormat::json, out);
    write_report(writer, files);
}

void write_sarif(std::ostream& out, const std::vector<FileResult>& files, const SarifOptions& options) {
    ReportWriter writer(ReportFormat::sarif, out, ReportSettings{{}, options, Severity::error});
    write_report(writer, files);
}

void write_github(std::ostream& out, const std::vector<FileResult>& files) {
    ReportWriter writer(ReportFormat::github, out);
    write_report(writer, files);
}

void write_junit(std::ostream& out, const std::vector<FileResult>& files, Severity fail_on) {
    ReportWriter writer(ReportFormat::junit, out, ReportSettings{{}, {}, fail_on});
    write_report(writer, files);
}

}  // namespace cartlint
