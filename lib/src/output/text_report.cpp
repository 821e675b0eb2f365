// The human format: one line a finding in the form editors and CI logs link to, then where in
// the document it is (pointer) and the source line with a caret under the spot.

#include <cartlint/report.hpp>

#include "output/json_string.hpp"
#include "parse/line_index.hpp"

#include <optional>

namespace cartlint {

namespace {

constexpr std::size_t excerpt_width = 100;  // minified JSON has megabyte lines: show a window

const char* colour_of(Severity s) {
    switch (s) {
    case Severity::error: return "\x1b[1;31m";
    case Severity::warning: return "\x1b[1;33m";
    case Severity::info: return "\x1b[1;36m";
    }
    return "";
}

// The source line around `column`, printable, and the caret's column within it (both in code points).
struct Excerpt {
    std::string text;
    std::size_t caret = 0;
    std::size_t span = 1;
};

Excerpt make_excerpt(std::string_view line, std::uint32_t column, std::uint32_t end_column, bool same_line) {
    // Split the line into code points so the window and the caret agree with the column.
    std::vector<std::string_view> points;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t n = detail::utf8_sequence_length(line, i);
        if (n == 0) n = 1;
        points.push_back(line.substr(i, n));
        i += n;
    }
    std::size_t caret = column ? column - 1 : 0;
    std::size_t first = caret > excerpt_width / 2 ? caret - excerpt_width / 2 : 0;
    std::size_t last = std::min(points.size(), first + excerpt_width);
    Excerpt e;
    if (first > 0) e.text += "…";
    for (std::size_t i = first; i < last; ++i) {
        std::string_view p = points[i];
        unsigned char c = static_cast<unsigned char>(p[0]);
        if (p.size() == 1 && (c < 0x20 || c == 0x7F || c >= 0x80)) e.text += c == '\t' ? ' ' : '?';
        else e.text += p;
    }
    if (last < points.size()) e.text += "…";
    e.caret = caret - first + (first > 0 ? 1 : 0);
    if (same_line && end_column > column) e.span = std::min<std::size_t>(end_column - column, last > caret ? last - caret : 1);
    return e;
}

}  // namespace

void write_text(std::ostream& out, const std::vector<FileResult>& files, const TextStyle& style) {
    auto paint = [&](const char* code) { return style.color ? code : ""; };
    const char* reset = style.color ? "\x1b[0m" : "";
    std::size_t errors = 0, warnings = 0, infos = 0;
    for (const FileResult& file : files) {
        std::optional<detail::LineIndex> lines;
        for (const Diagnostic& d : file.result.diagnostics) {
            out << paint("\x1b[1m") << file.path << ':' << d.begin.line << ':' << d.begin.column << ":" << reset << ' '
                << paint(colour_of(d.severity)) << to_string(d.severity) << reset << ": " << d.message << ' '
                << paint("\x1b[2m") << '[' << d.rule << ']' << reset << '\n';
            if (!d.pointer.empty()) out << "    at " << d.pointer << '\n';
            if (!lines) lines.emplace(file.text);
            std::string_view line = lines->line_text(d.begin.line);
            if (!file.text.empty()) {
                Excerpt e = make_excerpt(line, d.begin.column, d.end.column, d.end.line == d.begin.line);
                std::string number = std::to_string(d.begin.line);
                out << ' ' << number << " | " << e.text << '\n';
                out << ' ' << std::string(number.size(), ' ') << " | " << std::string(e.caret, ' ')
                    << paint(colour_of(d.severity)) << '^' << std::string(e.span > 1 ? e.span - 1 : 0, '~') << reset << '\n';
            }
            if (d.fix) out << (d.fix->safe ? "    fix: " : "    suggestion: ") << d.fix->description << '\n';
        }
        errors += file.result.count(Severity::error);
        warnings += file.result.count(Severity::warning);
        infos += file.result.count(Severity::info);
    }
    out << files.size() << " file" << (files.size() == 1 ? "" : "s") << " checked: " << errors << " error"
        << (errors == 1 ? "" : "s") << ", " << warnings << " warning" << (warnings == 1 ? "" : "s") << ", " << infos
        << " info" << (infos == 1 ? "" : "s") << '\n';
}

}  // namespace cartlint
