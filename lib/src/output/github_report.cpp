// GitHub Actions workflow commands, which annotate the files of a pull request.

#include "output/format.hpp"
#include "output/printable.hpp"

namespace cartlint::detail {
namespace {

// The escaping the workflow-command parser undoes: %, CR and LF everywhere; ':' and ',' in
// property values too.
std::string escape(std::string_view s, bool property) {
    std::string out;
    for (char c : s) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else if (property && c == ':') out += "%3A";
        else if (property && c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

const char* command(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "notice";
    }
    return "error";
}

class GithubFormat final : public ReportFormatWriter {
public:
    explicit GithubFormat(std::ostream& out) : out_(out) {}

    void begin_file(const ReportProgress& at) override { file_ = escape(at.path, true); }

    void piece(const ReportProgress&, const FileResult& part) override {
        for (const Diagnostic& d : part.result.diagnostics) {
            // The runner undoes its own escapes; printable() first, so no control reaches the log.
            out_ << "::" << command(d.severity) << " file=" << file_ << ",line=" << d.begin.line << ",col=" << d.begin.column
                 << ",endLine=" << d.end.line << ",endColumn=" << d.end.column << ",title=" << escape(d.rule, true)
                 << "::" << escape(printable(d.message), false);
            if (!d.pointer.empty()) out_ << escape(printable(" (at " + d.pointer + ")"), false);
            out_ << '\n';
        }
    }

    // The notes once, as run-wide notices (no file: they are about the run).
    void finish(const ReportProgress& at) override {
        for (const ReportNote& note : report_notes(at.run.missing_context))
            out_ << "::notice title=" << escape(note.rule, true) << "::" << escape(note.message, false) << '\n';
    }

private:
    std::ostream& out_;
    std::string file_;  // the current file, escaped once
};

}  // namespace

std::unique_ptr<ReportFormatWriter> github_format(std::ostream& out, const ReportSettings&) { return std::make_unique<GithubFormat>(out); }

}  // namespace cartlint::detail
