// The human format: one line a finding in the form editors and CI logs link to, then where in
// the document it is (pointer) and the source line with a caret under the spot.

#include "output/format.hpp"

#include "core/json_string.hpp"
#include "output/printable.hpp"
#include "output/source_lines.hpp"
#include "core/line_index.hpp"

#include <algorithm>
#include <optional>

namespace cartlint::detail {

namespace {

constexpr std::size_t excerpt_width = 100;  // minified JSON has megabyte lines: show a window

// Fixed SGR codes written straight to the stream. fmt/color.h would format each painted piece
// into a temporary string (three a finding) and write bold-and-red as two escape sequences; the
// bytes here are the ones the formats tests expect, with no allocation per finding.
const char* colour_of(Severity s) {
    switch (s) {
    case Severity::error: return "\x1b[1;31m";
    case Severity::warning: return "\x1b[1;33m";
    case Severity::info: return "\x1b[1;36m";
    }
    return "";
}

// The source line around the finding, printable, and the caret's column within it (both in code
// points). Only a window around the finding is decoded: minified payloads are one long line, and
// a hostile one can carry thousands of findings on it.
struct Excerpt {
    std::string text;
    std::size_t caret = 0;
    std::size_t span = 1;
};

Excerpt make_excerpt(std::string_view text, std::size_t line_start, const Diagnostic& d) {
    auto is_break = [&](std::size_t i) { return text[i] == '\n' || text[i] == '\r'; };
    auto step_back = [&](std::size_t i) {  // start of the code point before i
        do --i;
        while (i > line_start && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80);
        return i;
    };
    const std::size_t at = std::min(d.begin.offset, text.size());
    std::size_t first = at;
    for (std::size_t n = 0; n < excerpt_width / 2 && first > line_start; ++n) first = step_back(first);
    Excerpt e;
    if (first > line_start) e.text += "…";
    std::size_t i = first, shown = 0;
    std::size_t caret = 0, span_end = 0;
    while (i < text.size() && !is_break(i) && shown < excerpt_width) {
        if (i == at) caret = shown;
        std::size_t n = std::max<std::size_t>(1, detail::utf8_sequence_length(text, i));
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (n == 1 && (c < 0x20 || c >= 0x7F)) e.text += c == '\t' ? ' ' : '?';
        else if (detail::is_control_sequence(text, i, n)) e.text += '?';  // C1 controls, U+2028/2029: one column
        else e.text.append(text.substr(i, n));
        i += n;
        ++shown;
        if (i <= d.end.offset) span_end = shown;
    }
    if (at >= i) caret = shown;
    if (i < text.size() && !is_break(i)) e.text += "…";
    e.caret = caret + (first > line_start ? 1 : 0);
    e.span = d.end.line == d.begin.line && span_end > caret ? span_end - caret : 1;
    return e;
}

class TextFormat final : public ReportFormatWriter {
public:
    TextFormat(std::ostream& out, const TextStyle& style) : out_(out), style_(style) {}

    void piece(const ReportProgress& at, const FileResult& file) override {
        auto paint = [&](const char* code) { return style_.color ? code : ""; };
        const char* reset = style_.color ? "\x1b[0m" : "";
        std::ostream& out = out_;
        std::optional<detail::LineIndex> lines;
        for (const Diagnostic& d : file.result.diagnostics) {
            // Names, values and file names are the user's bytes: never raw controls on a terminal or a CI log.
            out << paint("\x1b[1m") << detail::printable(at.path) << ':' << d.begin.line << ':' << d.begin.column << ":" << reset << ' '
                << paint(colour_of(d.severity)) << to_string(d.severity) << reset << ": " << detail::printable(d.message) << ' '
                << paint("\x1b[2m") << '[' << d.rule << ']' << reset << '\n';
            if (!d.pointer.empty()) out << "    at " << detail::printable(d.pointer) << '\n';
            std::optional<Excerpt> excerpt;
            if (!file.text.empty()) {
                if (!lines) lines.emplace(file.text);
                excerpt = make_excerpt(file.text, lines->line_start(d.begin.line), d);
            } else if (const SourceLine* line = detail::find_line(file.lines, d.begin.line)) {
                Diagnostic on_line = d;  // offsets within the kept line
                on_line.begin.offset = d.begin.offset - std::min(d.begin.offset, line->offset);
                on_line.end.offset = d.end.offset - std::min(d.end.offset, line->offset);
                excerpt = make_excerpt(line->text, 0, on_line);
            }
            if (excerpt) {
                const Excerpt& e = *excerpt;
                std::string number = std::to_string(d.begin.line);
                out << ' ' << number << " | " << e.text << '\n';
                out << ' ' << std::string(number.size(), ' ') << " | " << std::string(e.caret, ' ')
                    << paint(colour_of(d.severity)) << '^' << std::string(e.span > 1 ? e.span - 1 : 0, '~') << reset << '\n';
            }
            if (d.fix) out << (d.fix->safe ? "    fix: " : "    suggestion: ") << detail::printable(d.fix->description) << '\n';
        }
    }

    void finish(const ReportProgress& at) override {
        const ReportTotals& t = at.run;
        out_ << t.files << " file" << (t.files == 1 ? "" : "s") << " checked: " << t.errors << " error" << (t.errors == 1 ? "" : "s")
             << ", " << t.warnings << " warning" << (t.warnings == 1 ? "" : "s") << ", " << t.infos << " info" << (t.infos == 1 ? "" : "s")
             << '\n';
        for (const ReportNote& note : report_notes(t.missing_context)) out_ << "note: " << note.message << " [" << note.rule << "]\n";
    }

private:
    std::ostream& out_;
    TextStyle style_;
};

}  // namespace

std::unique_ptr<ReportFormatWriter> text_format(std::ostream& out, const ReportSettings& settings) {
    return std::make_unique<TextFormat>(out, settings.text);
}

}  // namespace cartlint::detail
