// The JSON output: a contract other tools rely on. Add fields; never rename or remove one.

#include <cartlint/report.hpp>

#include "core/json_string.hpp"

namespace cartlint {

using detail::write_json_string;

namespace {

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

void write_diagnostic(std::ostream& out, const Diagnostic& d) {
    out << "{\"rule\":";
    write_json_string(out, d.rule);
    out << ",\"severity\":";
    write_json_string(out, to_string(d.severity));
    out << ",\"message\":";
    write_json_string(out, d.message);
    out << ",\"pointer\":";
    write_json_string(out, d.pointer);
    out << ",\"line\":" << d.begin.line << ",\"column\":" << d.begin.column << ",\"endLine\":" << d.end.line
        << ",\"endColumn\":" << d.end.column << ",\"offset\":" << d.begin.offset
        << ",\"length\":" << (d.end.offset - d.begin.offset);
    if (d.fix) write_fix(out, *d.fix);
    out << '}';
}

}  // namespace

void write_json(std::ostream& out, const std::vector<FileResult>& files) {
    std::size_t errors = 0, warnings = 0, infos = 0;
    out << "{\"files\":[";
    for (std::size_t f = 0; f < files.size(); ++f) {
        const FileResult& file = files[f];
        out << (f ? "," : "") << "{\"path\":";
        write_json_string(out, file.path);
        out << ",\"kind\":";
        write_json_string(out, to_string(file.result.kind));
        out << ",\"diagnostics\":[";
        for (std::size_t i = 0; i < file.result.diagnostics.size(); ++i) {
            if (i) out << ',';
            write_diagnostic(out, file.result.diagnostics[i]);
        }
        out << "]}";
        errors += file.result.count(Severity::error);
        warnings += file.result.count(Severity::warning);
        infos += file.result.count(Severity::info);
    }
    out << "],\"summary\":{\"files\":" << files.size() << ",\"errors\":" << errors << ",\"warnings\":" << warnings
        << ",\"infos\":" << infos << "}}\n";
}

}  // namespace cartlint
