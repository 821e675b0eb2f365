// GitLab Code Quality (a CodeClimate subset): a JSON array of issues, each with a description,
// check_name, fingerprint, severity and location {path, lines: {begin, end}}. GitLab publishes
// no schema; formats_test.cpp checks the documented fields one by one. The notes have no place
// in it (an issue needs a file and a line): the other formats carry them.

#include "output/fingerprint.hpp"
#include "output/format.hpp"

#include "core/json_string.hpp"

namespace cartlint::detail {
namespace {

// GitLab's levels are info, minor, major, critical and blocker; an error is what blocks the
// merge request's payload, as ESLint's GitLab formatter maps it.
const char* gitlab_severity(Severity s) {
    switch (s) {
    case Severity::error: return "major";
    case Severity::warning: return "minor";
    case Severity::info: return "info";
    }
    return "major";
}

class GitlabFormat final : public ReportFormatWriter {
public:
    explicit GitlabFormat(std::ostream& out) : out_(out) {}

    void begin_file(const ReportProgress&) override { fingerprints_.begin_file(); }

    void piece(const ReportProgress& at, const FileResult& part) override {
        std::optional<LineIndex> lines;
        for (const Diagnostic& d : part.result.diagnostics) {
            out_ << (first_ ? "[" : ",") << "{\"description\":";
            first_ = false;
            write_json_string(out_, d.pointer.empty() ? d.message : d.message + " (at " + d.pointer + ")");
            out_ << ",\"check_name\":";
            write_json_string(out_, d.rule);
            out_ << ",\"fingerprint\":\"" << fingerprints_.next(at.path, part, d, lines) << "\",\"severity\":\"" << gitlab_severity(d.severity)
                 << "\",\"location\":{\"path\":";
            write_json_string(out_, at.path);
            out_ << ",\"lines\":{\"begin\":" << d.begin.line << ",\"end\":" << d.end.line << "}}}";
        }
    }

    void finish(const ReportProgress&) override { out_ << (first_ ? "[" : "") << "]\n"; }

private:
    FileFingerprints fingerprints_;  // the file in hand
    std::ostream& out_;
    bool first_ = true;
};

}  // namespace

std::unique_ptr<ReportFormatWriter> gitlab_format(std::ostream& out, const ReportSettings&) { return std::make_unique<GitlabFormat>(out); }

}  // namespace cartlint::detail
