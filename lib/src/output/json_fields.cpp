#include "output/json_fields.hpp"

#include <cartlint/report_writer.hpp>

#include "core/json_string.hpp"

#include <fmt/format.h>

namespace cartlint::detail {

namespace {

// A number without the stream's locale machinery: a report of a broken stream writes six a finding.
void put(std::ostream& out, std::uint64_t n) {
    const fmt::format_int digits(n);
    out.write(digits.data(), static_cast<std::streamsize>(digits.size()));
}

void write_fix(std::ostream& out, const Fix& fix) {
    out << ",\"fix\":{\"description\":";
    write_json_string(out, fix.description);
    out << ",\"safe\":" << (fix.safe ? "true" : "false") << ",\"edits\":[";
    for (std::size_t i = 0; i < fix.edits.size(); ++i) {
        const Edit& e = fix.edits[i];
        out << (i ? "," : "") << "{\"offset\":" << e.offset << ",\"length\":" << e.length << ",\"text\":";
        write_json_string(out, e.text);
        out << '}';
    }
    out << "]}";
}

}  // namespace

void write_json_diagnostic(std::ostream& out, const Diagnostic& d) {
    out << "{\"rule\":";
    write_json_string(out, d.rule);
    out << ",\"severity\":";
    write_json_string(out, to_string(d.severity));
    out << ",\"message\":";
    write_json_string(out, d.message);
    out << ",\"pointer\":";
    write_json_string(out, d.pointer);
    out << ",\"line\":";
    put(out, d.begin.line);
    out << ",\"column\":";
    put(out, d.begin.column);
    out << ",\"endLine\":";
    put(out, d.end.line);
    out << ",\"endColumn\":";
    put(out, d.end.column);
    out << ",\"offset\":";
    put(out, d.begin.offset);
    out << ",\"length\":";
    put(out, d.end.offset - d.begin.offset);
    if (d.fix) write_fix(out, *d.fix);
    out << '}';
}

void write_json_notes(std::ostream& out, const MissingContext& missing) {
    const std::vector<ReportNote> notes = report_notes(missing);
    if (notes.empty()) return;
    out << ",\"notes\":[";
    for (std::size_t i = 0; i < notes.size(); ++i) {
        out << (i ? "," : "") << "{\"rule\":";
        write_json_string(out, notes[i].rule);
        out << ",\"documents\":" << notes[i].documents << ",\"message\":";
        write_json_string(out, notes[i].message);
        out << '}';
    }
    out << ']';
}

}  // namespace cartlint::detail
