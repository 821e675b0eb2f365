#include "output/json_fields.hpp"

#include <cartlint/report_writer.hpp>

#include "core/json_string.hpp"

#include <fmt/format.h>

namespace cartlint::detail {

namespace {

void put(std::string& out, std::uint64_t n) {
    const fmt::format_int digits(n);
    out.append(digits.data(), digits.size());
}

void append_fix(std::string& out, const Fix& fix) {
    out += ",\"fix\":{\"description\":";
    append_json_string(out, fix.description);
    out += fix.safe ? ",\"safe\":true,\"edits\":[" : ",\"safe\":false,\"edits\":[";
    for (std::size_t i = 0; i < fix.edits.size(); ++i) {
        const Edit& e = fix.edits[i];
        out += i ? ",{\"offset\":" : "{\"offset\":";
        put(out, e.offset);
        out += ",\"length\":";
        put(out, e.length);
        out += ",\"text\":";
        append_json_string(out, e.text);
        out += '}';
    }
    out += "]}";
}

}  // namespace

void append_json_diagnostic(std::string& out, const Diagnostic& d) {
    out += "{\"rule\":";
    append_json_string(out, d.rule);
    out += ",\"severity\":";
    append_json_string(out, to_string(d.severity));
    out += ",\"message\":";
    append_json_string(out, d.message);
    out += ",\"pointer\":";
    append_json_string(out, d.pointer);
    out += ",\"line\":";
    put(out, d.begin.line);
    out += ",\"column\":";
    put(out, d.begin.column);
    out += ",\"endLine\":";
    put(out, d.end.line);
    out += ",\"endColumn\":";
    put(out, d.end.column);
    out += ",\"offset\":";
    put(out, d.begin.offset);
    out += ",\"length\":";
    put(out, d.end.offset - d.begin.offset);
    if (d.fix) append_fix(out, *d.fix);
    out += '}';
}

void append_json_notes(std::string& out, const MissingContext& missing) {
    const std::vector<ReportNote> notes = report_notes(missing);
    if (notes.empty()) return;
    out += ",\"notes\":[";
    for (std::size_t i = 0; i < notes.size(); ++i) {
        out += i ? ",{\"rule\":" : "{\"rule\":";
        append_json_string(out, notes[i].rule);
        out += ",\"documents\":";
        put(out, notes[i].documents);
        out += ",\"message\":";
        append_json_string(out, notes[i].message);
        out += '}';
    }
    out += ']';
}

void append_json_number(std::string& out, std::uint64_t n) { put(out, n); }

}  // namespace cartlint::detail
