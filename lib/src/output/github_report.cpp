// GitHub Actions workflow commands, which annotate the files of a pull request.

#include <cartlint/report.hpp>

#include "output/printable.hpp"

namespace cartlint {
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

}  // namespace

void write_github(std::ostream& out, const std::vector<FileResult>& files) {
    for (const FileResult& file : files) {
        for (const Diagnostic& d : file.result.diagnostics) {
            // The runner undoes its own escapes; printable() first, so no control reaches the log.
            out << "::" << command(d.severity) << " file=" << escape(file.path, true) << ",line=" << d.begin.line
                << ",col=" << d.begin.column << ",endLine=" << d.end.line << ",endColumn=" << d.end.column
                << ",title=" << escape(d.rule, true) << "::" << escape(detail::printable(d.message), false);
            if (!d.pointer.empty()) out << escape(detail::printable(" (at " + d.pointer + ")"), false);
            out << '\n';
        }
    }
}

}  // namespace cartlint
