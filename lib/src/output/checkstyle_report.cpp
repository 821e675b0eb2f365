// Checkstyle XML (version 4.3), which Jenkins' warnings plugin, reviewdog and many dashboards
// read: a <file> per input, an <error> per finding. Written as the run goes: a file's element
// opens with it and closes at its end. The notes have no place in it (an error needs a file).

#include "output/format.hpp"
#include "output/xml_text.hpp"

namespace cartlint::detail {
namespace {

class CheckstyleFormat final : public ReportFormatWriter {
public:
    explicit CheckstyleFormat(std::ostream& out) : out_(out) {}

    void begin_file(const ReportProgress& at) override {
        head();
        out_ << "  <file name=\"" << xml(at.path, true) << "\">\n";
    }

    void piece(const ReportProgress&, const FileResult& part) override {
        for (const Diagnostic& d : part.result.diagnostics) {
            out_ << "    <error line=\"" << d.begin.line << "\" column=\"" << d.begin.column << "\" severity=\"" << to_string(d.severity)
                 << "\" message=\"" << xml(d.pointer.empty() ? d.message : d.message + " (at " + d.pointer + ")", true) << "\" source=\""
                 << xml("cartlint." + d.rule, true) << "\"/>\n";
        }
    }

    void end_file(const ReportProgress&) override { out_ << "  </file>\n"; }

    void finish(const ReportProgress&) override {
        head();
        out_ << "</checkstyle>\n";
    }

private:
    void head() {
        if (started_) return;
        started_ = true;
        out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
    }

    std::ostream& out_;
    bool started_ = false;
};

}  // namespace

std::unique_ptr<ReportFormatWriter> checkstyle_format(std::ostream& out, const ReportSettings&) {
    return std::make_unique<CheckstyleFormat>(out);
}

}  // namespace cartlint::detail
