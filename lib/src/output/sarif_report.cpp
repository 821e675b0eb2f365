// SARIF 2.1.0 (OASIS). Checked against the official schema by tests/unit/formats_test.cpp
// (ctest conformance/sarif-official-schema, with the schema from CARTLINT_CONFORMANCE_DIR).

#include "output/format.hpp"
#include <cartlint/rules.hpp>
#include <cartlint/version.hpp>

#include "core/json_string.hpp"
#include "output/fingerprint.hpp"
#include "core/line_index.hpp"

#include <fmt/format.h>

#include <map>
#include <optional>

namespace cartlint::detail {

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

// Written as the run goes: the rules first, then each result as its piece comes, then (when a
// context/… hint was folded into a count) the notes as toolExecutionNotifications, which SARIF
// viewers show as the run's own messages.
class SarifFormat final : public ReportFormatWriter {
public:
    SarifFormat(std::ostream& out, const SarifOptions& options) : out_(out), options_(options) {}

    void begin_file(const ReportProgress& at) override {
        start();
        fingerprints_.begin_file();
        absolute_ = !at.path.empty() && at.path[0] == '/';
        uri_ = absolute_ ? "file://" + uri_encode(at.path) : uri_encode(at.path);
    }

    void piece(const ReportProgress& at, const FileResult& file) override {
        std::optional<detail::LineIndex> lines;
        for (const Diagnostic& d : file.result.diagnostics) {
            out_ << (first_result_ ? "" : ",") << "{\"ruleId\":";
            first_result_ = false;
            write_json_string(out_, d.rule);
            if (auto it = rule_index_.find(d.rule); it != rule_index_.end()) out_ << ",\"ruleIndex\":" << it->second;
            out_ << ",\"level\":\"" << level(d.severity) << "\",";
            write_text_object(out_, "message", d.message);
            out_ << R"(,"locations":[{"physicalLocation":{"artifactLocation":{"uri":)";
            write_json_string(out_, uri_);
            if (!absolute_ && !options_.source_root.empty()) out_ << R"(,"uriBaseId":"%SRCROOT%")";
            out_ << "},\"region\":{\"startLine\":" << d.begin.line << ",\"startColumn\":" << d.begin.column
                 << ",\"endLine\":" << d.end.line << ",\"endColumn\":" << std::max(d.end.column, d.begin.line == d.end.line ? d.begin.column + 1 : 1)
                 << "}}";
            if (!d.pointer.empty()) {
                out_ << R"(,"logicalLocations":[{"fullyQualifiedName":)";
                write_json_string(out_, d.pointer);
                out_ << R"(,"kind":"object"}])";
            }
            // Stable across edits elsewhere in the file (output/fingerprint.hpp).
            out_ << "}],\"partialFingerprints\":{\"cartlint/v1\":\"" << fingerprints_.next(at.path, file, d, lines) << "\"}";
            out_ << '}';
        }
    }

    void finish(const ReportProgress& at) override {
        start();
        out_ << ']';
        const std::vector<ReportNote> notes = report_notes(at.run.missing_context);
        if (!notes.empty()) {
            out_ << R"(,"invocations":[{"executionSuccessful":true,"toolExecutionNotifications":[)";
            for (std::size_t i = 0; i < notes.size(); ++i) {
                out_ << (i ? "," : "") << "{\"level\":\"note\",";
                write_text_object(out_, "message", notes[i].message);
                out_ << ",\"associatedRule\":{\"id\":";
                write_json_string(out_, notes[i].rule);
                if (auto it = rule_index_.find(notes[i].rule); it != rule_index_.end()) out_ << ",\"index\":" << it->second;
                out_ << "},\"properties\":{\"documents\":" << notes[i].documents << "}}";
            }
            out_ << "]}]";
        }
        out_ << "}]}\n";
    }

private:
    // The run's head, once: the tool with every rule, and where relative paths start.
    void start() {
        if (started_) return;
        started_ = true;
        out_ << R"({"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"cartlint","version":)";
        write_json_string(out_, version);
        out_ << R"(,"semanticVersion":)";
        write_json_string(out_, version);
        out_ << R"(,"rules":[)";
        std::size_t i = 0;
        for (const RuleDoc& r : rule_docs()) {
            if (i) out_ << ',';
            write_rule(out_, r);
            rule_index_.emplace(r.id, i++);
        }
        out_ << "]}},";
        if (!options_.source_root.empty()) {
            std::string root = options_.source_root;
            if (root.back() != '/') root += '/';
            out_ << R"("originalUriBaseIds":{"%SRCROOT%":{"uri":)";
            write_json_string(out_, "file://" + uri_encode(root));
            out_ << "}},";
        }
        out_ << R"("columnKind":"unicodeCodePoints","results":[)";
    }

    FileFingerprints fingerprints_;  // the file in hand
    std::ostream& out_;
    SarifOptions options_;
    std::map<std::string_view, std::size_t> rule_index_;
    bool started_ = false;
    bool first_result_ = true;
    bool absolute_ = false;
    std::string uri_;  // the current file's
};

}  // namespace

std::unique_ptr<ReportFormatWriter> sarif_format(std::ostream& out, const ReportSettings& settings) {
    return std::make_unique<SarifFormat>(out, settings.sarif);
}

}  // namespace cartlint::detail
