#pragma once
// What a report format implements: ReportWriter (report_writer.cpp) counts and checks the order
// of the calls, and hands each format the piece in hand with where the run is. A format keeps
// nothing of a piece after the call: that is what keeps a report's memory flat.
// Adding a format: CONTRIBUTING.md, "Adding a report format".

#include <cartlint/report_writer.hpp>

#include <memory>
#include <optional>
#include <ostream>
#include <string_view>

namespace cartlint::detail {

struct ReportProgress {
    ReportTotals run;                  // the run's, the piece in hand counted
    ReportTotals file;                 // the current file's
    std::string_view path;             // the current file's, as the user named it
    bool stream = false;               // the current file is a stream: its pieces list documents
    std::optional<DocumentKind> kind;  // the current file's: its first document's, once one is seen
};

class ReportFormatWriter {
public:
    virtual ~ReportFormatWriter() = default;
    virtual void begin_file(const ReportProgress&) {}
    virtual void piece(const ReportProgress& at, const FileResult& part) = 0;
    virtual void end_file(const ReportProgress&) {}
    virtual void finish(const ReportProgress& at) = 0;
};

std::unique_ptr<ReportFormatWriter> text_format(std::ostream& out, const ReportSettings& settings);
std::unique_ptr<ReportFormatWriter> json_format(std::ostream& out, const ReportSettings& settings);
std::unique_ptr<ReportFormatWriter> sarif_format(std::ostream& out, const ReportSettings& settings);
std::unique_ptr<ReportFormatWriter> github_format(std::ostream& out, const ReportSettings& settings);
std::unique_ptr<ReportFormatWriter> junit_format(std::ostream& out, const ReportSettings& settings);
std::unique_ptr<ReportFormatWriter> ndjson_format(std::ostream& out, const ReportSettings& settings);
std::unique_ptr<ReportFormatWriter> gitlab_format(std::ostream& out, const ReportSettings& settings);
std::unique_ptr<ReportFormatWriter> checkstyle_format(std::ostream& out, const ReportSettings& settings);
std::unique_ptr<ReportFormatWriter> azure_format(std::ostream& out, const ReportSettings& settings);
std::unique_ptr<ReportFormatWriter> rdjson_format(std::ostream& out, const ReportSettings& settings);

}  // namespace cartlint::detail
