// Fuzz target: the whole lint path (bytes -> parse/recover -> validate -> rules -> every output
// format). Any crash, sanitizer report or broken invariant below is a bug.

#include <cartlint/cartlint.hpp>

#include <rapidjson/document.h>

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <utility>
#include <string_view>

namespace {

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const cartlint::Linter linter;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    cartlint::LintOptions options;
    options.now = cartlint::parse_timestamp("2018-03-16T00:00:00Z");
    options.customer_country = "GB";  // exercise the rules that need context
    options.provider_id = "873452";
    const cartlint::LintResult result = linter.lint(text, options);

    auto check_spans = [&](const cartlint::LintResult& r) {
        for (const auto& d : r.diagnostics) {
            require(d.rule != "internal/error", "no internal error");
            require(d.begin.offset <= size && d.end.offset <= size && d.begin.offset <= d.end.offset, "spans inside the text");
            require(d.begin.line >= 1 && d.begin.column >= 1, "1-based positions");
            if (d.fix)
                for (const auto& e : d.fix->edits) require(e.offset + e.length <= size, "fix edits inside the text");
        }
    };
    check_spans(result);
    // The same bytes as an HTTP message (a .http file) and as a doc page, whatever they look like:
    // the message and page parsers, and the payloads they hand on, hold the same invariants.
    for (const auto kind : {cartlint::DocumentKind::http, cartlint::DocumentKind::markdown}) {
        cartlint::LintOptions as = options;
        as.kind = kind;
        const cartlint::LintResult r = linter.lint(text, as);
        require(r.kind == kind, "a container is reported as the kind asked for");
        check_spans(r);
    }
    const bool container = result.kind == cartlint::DocumentKind::http || result.kind == cartlint::DocumentKind::markdown;
    bool parses = true;
    if (!container) {  // a message or a page is not JSON: its bodies are, and are checked above
        rapidjson::Document strict;
        strict.Parse(text.data(), text.size());
        parses = !strict.HasParseError();
    }
    if (!parses) {
        bool syntax = false;
        for (const auto& d : result.diagnostics) syntax |= d.rule.rfind("syntax/", 0) == 0 || d.rule.rfind("limit/", 0) == 0;
        require(syntax, "text RapidJSON rejects gets a syntax or limit finding");
    }

    std::vector<cartlint::FileResult> files{{"fuzz.json", text, result, {}}};
    std::ostringstream json, sarif, text_out, github, junit, ndjson, gitlab, checkstyle, azure, rdjson;
    cartlint::write_json(json, files);
    cartlint::write_sarif(sarif, files, {"/src"});
    cartlint::write_text(text_out, files);
    cartlint::write_github(github, files);
    cartlint::write_junit(junit, files);
    const std::pair<cartlint::ReportFormat, std::ostringstream*> streamed[] = {
        {cartlint::ReportFormat::ndjson, &ndjson},         {cartlint::ReportFormat::gitlab, &gitlab},
        {cartlint::ReportFormat::checkstyle, &checkstyle}, {cartlint::ReportFormat::azure, &azure},
        {cartlint::ReportFormat::rdjson, &rdjson},
    };
    for (const auto& [format, out] : streamed) {
        cartlint::ReportWriter writer(format, *out);
        cartlint::write_report(writer, files);
    }
    for (const std::string& out : {json.str(), sarif.str(), ndjson.str(), gitlab.str(), rdjson.str()}) {
        rapidjson::Document doc;
        doc.Parse<rapidjson::kParseValidateEncodingFlag>(out.c_str(), out.size());
        require(!doc.HasParseError(), "JSON, SARIF, NDJSON, GitLab and rdjson output are valid UTF-8 JSON");
    }
    // One logging command a line, whatever the payload's bytes: none of its own.
    const std::string azure_log = azure.str();
    std::size_t commands = 0;
    std::istringstream azure_lines(azure_log);
    for (std::string line; std::getline(azure_lines, line);) commands += line.rfind("##vso[", 0) == 0;
    require(commands == result.diagnostics.size(), "Azure output: one logging command a finding, none forged");
    return 0;
}
