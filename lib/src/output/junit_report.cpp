// JUnit XML for test dashboards: a test case per file.

#include "output/format.hpp"

#include "core/json_string.hpp"
#include "output/printable.hpp"
#include "output/xml_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <span>

namespace cartlint::detail {
namespace {

// A line each finding, as the text format writes it: the user's bytes printable (a line break in
// a name would otherwise split a finding's line in the dashboard).
std::string finding_lines(std::string_view path, std::span<const Diagnostic> findings) {
    std::string body;
    for (const Diagnostic& d : findings)
        body += fmt::format("{}:{}:{}: {}: {} [{}]{}\n", detail::printable(path), d.begin.line, d.begin.column, to_string(d.severity),
                            detail::printable(d.message), d.rule, d.pointer.empty() ? "" : " at " + detail::printable(d.pointer));
    return body;
}

// Written as the run goes: test cases (a file read whole, or a document of a stream) are held
// until a thousand of them, or a megabyte, are waiting, then written as a test suite with its own
// counts. A run that fits in one suite is written as it always was, its counts on <testsuites>
// too; a larger one writes <testsuites> without counts (they are optional there: dashboards add
// up the suites). The notes close the last suite, in its <system-out>.
class JunitFormat final : public ReportFormatWriter {
public:
    JunitFormat(std::ostream& out, Severity fail_on) : out_(out), fail_on_(fail_on) {}

    void piece(const ReportProgress& at, const FileResult& part) override {
        const std::span<const Diagnostic> all(part.result.diagnostics);
        if (!at.stream) {
            test_case(at.path, at.path, all);
        } else {
            std::size_t next = 0;
            for (const StreamDocument& doc : part.documents) {
                const std::size_t n = std::min(doc.findings, all.size() - next);
                if (!doc.blank) test_case(fmt::format("{}:{}", at.path, doc.line), at.path, all.subspan(next, n));
                next += n;
            }
            if (next < all.size()) test_case(at.path, at.path, all.subspan(next));  // io/unreadable: no document
        }
    }

    void finish(const ReportProgress& at) override {
        const std::vector<ReportNote> notes = report_notes(at.run.missing_context);
        if (!root_written_) {
            out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
            out_ << fmt::format("<testsuites name=\"cartlint\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n", cases_, failures_);
            root_written_ = true;
        }
        if (cases_ > 0 || !notes.empty() || suites_ == 0) write_suite(&notes);
        out_ << "</testsuites>\n";
    }

private:
    static constexpr std::size_t max_cases = 1000;
    static constexpr std::size_t max_bytes = std::size_t{1} << 20;

    void test_case(std::string_view name, std::string_view file, std::span<const Diagnostic> findings) {
        std::string& x = cases_xml_;
        x += "    <testcase classname=\"cartlint\" name=\"" + xml(name, true) + "\" file=\"" + xml(file, true) + "\"";
        ++cases_;
        const std::size_t failing = static_cast<std::size_t>(
            std::count_if(findings.begin(), findings.end(), [&](const Diagnostic& d) { return d.severity >= fail_on_; }));
        if (findings.empty()) {
            x += "/>\n";
        } else if (failing == 0) {
            x += ">\n      <system-out>" + xml(finding_lines(file, findings)) + "</system-out>\n    </testcase>\n";
        } else {
            ++failures_;
            x += ">\n      <failure type=\"cartlint\" message=\"" +
                 xml(fmt::format("{} finding{} at or above {}", failing, failing == 1 ? "" : "s", to_string(fail_on_))) + "\">" +
                 xml(finding_lines(file, findings)) + "</failure>\n    </testcase>\n";
        }
        if (cases_ >= max_cases || cases_xml_.size() >= max_bytes) write_suite(nullptr);
    }

    void write_suite(const std::vector<ReportNote>* notes) {
        if (!root_written_) {
            out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cartlint\">\n";
            root_written_ = true;
        }
        out_ << fmt::format("  <testsuite name=\"cartlint\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n", cases_, failures_);
        out_ << cases_xml_;
        if (notes && !notes->empty()) {
            std::string said;
            for (const ReportNote& note : *notes) said += "note: " + note.message + " [" + std::string(note.rule) + "]\n";
            out_ << "    <system-out>" << xml(said) << "</system-out>\n";
        }
        out_ << "  </testsuite>\n";
        cases_xml_.clear();
        cases_ = failures_ = 0;
        ++suites_;
    }

    std::ostream& out_;
    Severity fail_on_;
    std::string cases_xml_;  // the test cases waiting for their suite
    std::size_t cases_ = 0, failures_ = 0;
    std::size_t suites_ = 0;
    bool root_written_ = false;
};

}  // namespace

std::unique_ptr<ReportFormatWriter> junit_format(std::ostream& out, const ReportSettings& settings) {
    return std::make_unique<JunitFormat>(out, settings.fail_on);
}

}  // namespace cartlint::detail
