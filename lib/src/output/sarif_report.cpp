// SARIF 2.1.0 (OASIS). Checked against the official schema by tests/unit/formats_test.cpp
// (ctest conformance/sarif-official-schema, with the schema from CARTLINT_CONFORMANCE_DIR).

#include <cartlint/report.hpp>
#include <cartlint/rules.hpp>
#include <cartlint/version.hpp>

#include "core/json_string.hpp"
#include "output/source_lines.hpp"
#include "core/line_index.hpp"

#include <fmt/format.h>

#include <map>

namespace cartlint {

using detail::write_json_string;

namespace {

std::string_view level(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
    }
    return "error";
}

// RFC 3986: keep unreserved characters and '/', percent-encode the rest.
std::string uri_encode(std::string_view path) {
    std::string out;
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') out += static_cast<char>(c);
        else out += fmt::format("%{:02X}", c);
    }
    return out;
}

// 64-bit FNV-1a, for fingerprints.
std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ULL) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return std::string(s);
}

void write_text_object(std::ostream& out, const char* name, std::string_view text) {
    out << '"' << name << "\":{\"text\":";
    write_json_string(out, text);
    out << '}';
}

void write_rule(std::ostream& out, const RuleDoc& r) {
    out << "{\"id\":";
    write_json_string(out, r.id);
    out << ",\"name\":";
    write_json_string(out, r.id);
    out << ',';
    write_text_object(out, "shortDescription", r.summary);
    out << ',';
    write_text_object(out, "fullDescription", r.explanation);
    std::string help = fmt::format("{}\n\nWhat the service does: {}", r.explanation, r.service_says);
    std::string markdown =
        fmt::format("**{}**: {}\n\n{}\n\n**What the service does** ({}): {}", r.id, r.summary, r.explanation, to_string(r.service), r.service_says);
    if (!r.bad.empty()) {
        help += fmt::format("\n\nReported:\n{}", r.bad);
        markdown += fmt::format("\n\nReported:\n```json\n{}\n```", r.bad);
    }
    if (!r.good.empty()) {
        help += fmt::format("\n\nCorrected:\n{}", r.good);
        markdown += fmt::format("\n\nCorrected:\n```json\n{}\n```", r.good);
    }
    out << ",\"help\":{\"text\":";
    write_json_string(out, help);
    out << ",\"markdown\":";
    write_json_string(out, markdown);
    out << "},\"defaultConfiguration\":{\"level\":\"" << level(r.severity) << "\"},\"properties\":{\"service\":\""
        << to_string(r.service) << "\"}}";
}

}  // namespace

void write_sarif(std::ostream& out, const std::vector<FileResult>& files, const SarifOptions& options) {
    std::map<std::string_view, std::size_t> rule_index;
    out << R"({"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"cartlint","version":)";
    write_json_string(out, version);
    out << R"(,"semanticVersion":)";
    write_json_string(out, version);
    out << R"(,"rules":[)";
    std::size_t i = 0;
    for (const RuleDoc& r : rule_docs()) {
        if (i) out << ',';
        write_rule(out, r);
        rule_index.emplace(r.id, i++);
    }
    out << "]}},";
    if (!options.source_root.empty()) {
        std::string root = options.source_root;
        if (root.back() != '/') root += '/';
        out << R"("originalUriBaseIds":{"%SRCROOT%":{"uri":)";
        write_json_string(out, "file://" + uri_encode(root));
        out << "}},";
    }
    out << R"("columnKind":"unicodeCodePoints","results":[)";
    bool first = true;
    for (const FileResult& file : files) {
        const bool absolute = !file.path.empty() && file.path[0] == '/';
        const std::string uri = absolute ? "file://" + uri_encode(file.path) : uri_encode(file.path);
        detail::LineIndex lines(file.text);
        for (const Diagnostic& d : file.result.diagnostics) {
            out << (first ? "" : ",") << "{\"ruleId\":";
            first = false;
            write_json_string(out, d.rule);
            if (auto it = rule_index.find(d.rule); it != rule_index.end()) out << ",\"ruleIndex\":" << it->second;
            out << ",\"level\":\"" << level(d.severity) << "\",";
            write_text_object(out, "message", d.message);
            out << R"(,"locations":[{"physicalLocation":{"artifactLocation":{"uri":)";
            write_json_string(out, uri);
            if (!absolute && !options.source_root.empty()) out << R"(,"uriBaseId":"%SRCROOT%")";
            out << "},\"region\":{\"startLine\":" << d.begin.line << ",\"startColumn\":" << d.begin.column
                << ",\"endLine\":" << d.end.line << ",\"endColumn\":" << std::max(d.end.column, d.begin.line == d.end.line ? d.begin.column + 1 : 1)
                << "}}";
            if (!d.pointer.empty()) {
                out << R"(,"logicalLocations":[{"fullyQualifiedName":)";
                write_json_string(out, d.pointer);
                out << R"(,"kind":"object"}])";
            }
            // Stable across edits elsewhere in the file: the rule, the file and the JSON pointer,
            // or for findings without one (syntax) the text of their line.
            std::string anchor = d.pointer;
            if (anchor.empty()) {
                const SourceLine* kept = file.text.empty() ? detail::find_line(file.lines, d.begin.line) : nullptr;
                anchor = trimmed(kept ? std::string_view(kept->text) : lines.line_text(d.begin.line));
            }
            out << "}],\"partialFingerprints\":{\"cartlint/v1\":\""
                << fmt::format("{:016x}", fnv1a(anchor, fnv1a(file.path, fnv1a(d.rule)))) << "\"}";
            out << '}';
        }
    }
    out << "]}]}\n";
}

}  // namespace cartlint
