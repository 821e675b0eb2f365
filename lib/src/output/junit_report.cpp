// JUnit XML for test dashboards: a test case per file.

#include <cartlint/report.hpp>

#include "core/json_string.hpp"
#include "output/printable.hpp"

#include <fmt/format.h>

namespace cartlint {
namespace {

// XML 1.0 text: escape markup, drop characters XML cannot carry, replace bytes that are not UTF-8.
std::string xml(std::string_view s, bool attribute = false) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t n = detail::utf8_sequence_length(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '"') out += "&quot;";
        else if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') out += "?";
        // U+FFFE and U+FFFF are not XML characters either.
        else if (n == 3 && c == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBF && static_cast<unsigned char>(s[i + 2]) >= 0xBE)
            out += "\xEF\xBF\xBD";
        // In an attribute a raw line break would be read back as a space.
        else if (attribute && (c == '\n' || c == '\r' || c == '\t')) out += fmt::format("&#{};", static_cast<int>(c));
        else out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

}  // namespace

void write_junit(std::ostream& out, const std::vector<FileResult>& files, Severity fail_on) {
    std::size_t failures = 0;
    for (const auto& f : files)
        for (const auto& d : f.result.diagnostics)
            if (d.severity >= fail_on) {
                ++failures;
                break;
            }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format("<testsuites name=\"cartlint\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n", files.size(), failures);
    out << fmt::format("  <testsuite name=\"cartlint\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n", files.size(), failures);
    for (const FileResult& file : files) {
        out << "    <testcase classname=\"cartlint\" name=\"" << xml(file.path, true) << "\" file=\"" << xml(file.path, true) << "\"";
        std::string body;
        std::size_t failing = 0;
        for (const Diagnostic& d : file.result.diagnostics) {
            // A line each, as the text format writes it: the user's bytes printable (a line break
            // in a name would otherwise split a finding's line in the dashboard).
            body += fmt::format("{}:{}:{}: {}: {} [{}]{}\n", detail::printable(file.path), d.begin.line, d.begin.column, to_string(d.severity),
                                detail::printable(d.message), d.rule, d.pointer.empty() ? "" : " at " + detail::printable(d.pointer));
            failing += d.severity >= fail_on;
        }
        if (failing == 0) {
            if (body.empty()) out << "/>\n";
            else out << ">\n      <system-out>" << xml(body) << "</system-out>\n    </testcase>\n";
            continue;
        }
        out << ">\n      <failure type=\"cartlint\" message=\""
            << xml(fmt::format("{} finding{} at or above {}", failing, failing == 1 ? "" : "s", to_string(fail_on))) << "\">" << xml(body)
            << "</failure>\n    </testcase>\n";
    }
    out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace cartlint
