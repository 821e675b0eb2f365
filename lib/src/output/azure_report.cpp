// Azure Pipelines logging commands: ##vso[task.logissue …] lines, which annotate a build's
// summary and its log with the file and line.

#include "output/format.hpp"
#include "output/printable.hpp"

namespace cartlint::detail {
namespace {

// The escaping the agent undoes (azure-pipelines-agent, Command.cs): % as %AZP25, CR and LF
// everywhere; ';' and ']' in property values too, which would otherwise end a property or the
// property list (a name "x;code=forged" must stay one sourcepath). The message went through
// printable() first, so no control character and no line of its own reaches the log: a payload
// cannot start a command of its own.
std::string escape(std::string_view s, bool property) {
    std::string out;
    for (char c : s) {
        if (c == '%') out += "%AZP25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else if (property && c == ';') out += "%3B";
        else if (property && c == ']') out += "%5D";
        else out += c;
    }
    return out;
}

// logissue knows errors and warnings only: an info is a warning there (its message says info).
const char* issue_type(Severity s) { return s == Severity::error ? "error" : "warning"; }

class AzureFormat final : public ReportFormatWriter {
public:
    explicit AzureFormat(std::ostream& out) : out_(out) {}

    void begin_file(const ReportProgress& at) override { file_ = escape(printable(at.path), true); }

    void piece(const ReportProgress&, const FileResult& part) override {
        for (const Diagnostic& d : part.result.diagnostics) {
            out_ << "##vso[task.logissue type=" << issue_type(d.severity) << ";sourcepath=" << file_ << ";linenumber=" << d.begin.line
                 << ";columnnumber=" << d.begin.column << ";code=" << escape(printable(d.rule), true) << "]";
            if (d.severity == Severity::info) out_ << "info: ";
            out_ << escape(printable(d.message), false);
            if (!d.pointer.empty()) out_ << escape(printable(" (at " + d.pointer + ")"), false);
            out_ << '\n';
        }
    }

    // The notes once, as plain log lines: logissue has no level below warning, and a note is
    // not a finding (the run's warnings count must not grow by it).
    void finish(const ReportProgress& at) override {
        for (const ReportNote& note : report_notes(at.run.missing_context))
            out_ << "note: " << printable(note.message) << " [" << note.rule << "]\n";
    }

private:
    std::ostream& out_;
    std::string file_;  // the current file, escaped once
};

}  // namespace

std::unique_ptr<ReportFormatWriter> azure_format(std::ostream& out, const ReportSettings&) { return std::make_unique<AzureFormat>(out); }

}  // namespace cartlint::detail
