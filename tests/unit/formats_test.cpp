// The CI formats: SARIF passes the official SARIF 2.1.0 schema and carries what GitHub code
// scanning needs; GitHub workflow commands; JUnit; thresholds, --quiet and --output.

#include "test_support.hpp"

#include <cartlint/exit_codes.hpp>
#include <cartlint/report.hpp>
#include <cartlint/report_writer.hpp>
#include <cartlint/rules.hpp>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <tuple>
#include <sstream>
#include <filesystem>
#include <fstream>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace cartlint;

namespace {

struct Run {
    int code = -1;
    std::string out;
};

Run cli(const std::string& args) {
    std::string command = std::string("cd '") + CARTLINT_SOURCE_DIR + "' && '" + CARTLINT_BINARY + "' --no-config " + args + " 2>/dev/null";
    const test::Shell done = test::shell(command);
    return {done.exit_code, done.out};
}

const char* const mixed = "corpus/valid/cart-minimal.json corpus/docs/en-checkout-sample.json corpus/docs/en-request-body.json "
                          "corpus/rules/billing/non-canonical-cycle.json corpus/rules/context/customer-country.json "
                          "corpus/syntax/invalid-utf8.json corpus/schema/unknown-property.json";

}  // namespace

TEST_CASE("sarif: the output passes the official SARIF 2.1.0 schema", "[formats][sarif][conformance][sarif-schema]") {
    Run run = cli(std::string("--format sarif ") + mixed);
    CHECK(run.code == exit_code::findings);
    rapidjson::Document sarif;
    sarif.Parse(run.out.c_str(), run.out.size());
    REQUIRE_FALSE(sarif.HasParseError());

    const std::string schema_text = test::read_file(test::conformance_path("third_party/sarif/sarif-schema-2.1.0.json"));
    rapidjson::Document schema_doc;
    schema_doc.Parse(schema_text.c_str(), schema_text.size());
    REQUIRE_FALSE(schema_doc.HasParseError());
    valijson::Schema schema;
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);  // the SARIF schema is draft-04
    valijson::adapters::RapidJsonAdapter schema_adapter(schema_doc);
    parser.populateSchema(schema_adapter, schema);
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::RapidJsonAdapter target(sarif);
    bool valid = validator.validate(schema, target, &results);
    std::string errors;
    for (const auto& e : results) {
        for (const auto& c : e.context) errors += c;
        errors += ": " + e.description + "\n";
    }
    INFO(errors);
    CHECK(valid);

    // The check can fail: the same output with a wrong version or a result without a message is rejected.
    sarif["version"].SetString("2.0.0");
    CHECK_FALSE(validator.validate(schema, target, nullptr));
    sarif["version"].SetString("2.1.0");
    REQUIRE(validator.validate(schema, target, nullptr));
    sarif["runs"][0]["results"][0].RemoveMember("message");
    CHECK_FALSE(validator.validate(schema, target, nullptr));
}

TEST_CASE("sarif: what GitHub code scanning needs", "[formats][sarif]") {
    Run run = cli(std::string("--format sarif ") + mixed);
    rapidjson::Document sarif;
    sarif.Parse(run.out.c_str(), run.out.size());
    REQUIRE_FALSE(sarif.HasParseError());
    const auto& run0 = sarif["runs"][0];
    const auto& rules = run0["tool"]["driver"]["rules"];
    REQUIRE(rules.Size() == rule_docs().size());
    for (const auto& rule : rules.GetArray()) {
        CHECK(rule["id"].IsString());
        CHECK(rule["shortDescription"]["text"].GetStringLength() > 0);
        CHECK(rule["fullDescription"]["text"].GetStringLength() > 0);
        CHECK(rule["help"]["text"].GetStringLength() > 0);
    }
    const auto& results = run0["results"];
    REQUIRE(results.Size() > 10);
    std::set<std::string> fingerprints;
    for (const auto& r : results.GetArray()) {
        CAPTURE(r["ruleId"].GetString());
        CHECK(std::string(rules[r["ruleIndex"].GetUint()]["id"].GetString()) == r["ruleId"].GetString());
        CHECK(r["message"]["text"].GetStringLength() > 0);
        std::string level = r["level"].GetString();
        CHECK((level == "error" || level == "warning" || level == "note"));
        const auto& location = r["locations"][0]["physicalLocation"];
        std::string uri = location["artifactLocation"]["uri"].GetString();
        CHECK(uri.rfind("corpus/", 0) == 0);  // relative to the working directory
        CHECK(std::string(location["artifactLocation"]["uriBaseId"].GetString()) == "%SRCROOT%");
        const auto& region = location["region"];
        CHECK(region["startLine"].GetUint() >= 1);
        CHECK(region["startColumn"].GetUint() >= 1);
        CHECK(region["endLine"].GetUint() >= region["startLine"].GetUint());
        CHECK(region["endColumn"].GetUint() >= 1);
        fingerprints.insert(r["partialFingerprints"]["cartlint/v1"].GetString());
    }
    CHECK(fingerprints.size() == results.Size());  // distinct findings, distinct fingerprints
    CHECK(std::string(run0["columnKind"].GetString()) == "unicodeCodePoints");
}

TEST_CASE("github: workflow commands with escaped properties", "[formats][github]") {
    // The context hints as findings: an info per document is a ::notice on its file.
    Run run = cli("--format github --context-hints per-document corpus/schema/enum-term-duration.json corpus/rules/context/customer-country.json");
    CHECK(run.code == exit_code::findings);
    CHECK_THAT(run.out, Catch::Contains("::error file=corpus/schema/enum-term-duration.json,line=7,col=23,endLine=7,endColumn=28,title=schema/enum::"));
    CHECK_THAT(run.out, Catch::Contains("::notice file=corpus/rules/context/customer-country.json,"));
    for (std::size_t at = 0; (at = run.out.find('\n', at)) != std::string::npos; ++at)
        if (at + 1 < run.out.size()) CHECK(run.out.compare(at + 1, 2, "::") == 0);  // one command a line
}

TEST_CASE("junit: one test case per file, failed at the threshold", "[formats][junit]") {
    Run run = cli("--format junit corpus/valid/cart-minimal.json corpus/schema/enum-term-duration.json corpus/rules/billing/non-canonical-cycle.json");
    CHECK_THAT(run.out, Catch::StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    CHECK_THAT(run.out, Catch::Contains("tests=\"3\" failures=\"1\""));
    Run strict = cli("--format junit --fail-on warning corpus/valid/cart-minimal.json corpus/schema/enum-term-duration.json "
                     "corpus/rules/billing/non-canonical-cycle.json");
    CHECK_THAT(strict.out, Catch::Contains("tests=\"3\" failures=\"2\""));
    CHECK(strict.out.find("&quot;P1W&quot;") != std::string::npos);
}

TEST_CASE("thresholds: --fail-on decides exit 1 and --quiet shows errors only", "[formats][cli]") {
    const char* warning_only = "corpus/rules/billing/non-canonical-cycle.json";
    const char* info_only = "--context-hints per-document corpus/rules/context/customer-country.json";  // its hints as findings
    CHECK(cli(warning_only).code == exit_code::ok);
    CHECK(cli(std::string("--fail-on warning ") + warning_only).code == exit_code::findings);
    CHECK(cli(std::string("--fail-on warning ") + info_only).code == exit_code::ok);
    CHECK(cli(std::string("--fail-on info ") + info_only).code == exit_code::findings);
    CHECK(cli("--fail-on fatal x.json").code == exit_code::usage);
    Run quiet = cli(std::string("--quiet --fail-on warning --format json ") + warning_only);
    CHECK(quiet.code == exit_code::findings);  // hidden, but still counted
    CHECK_THAT(quiet.out, Catch::Contains("\"diagnostics\":[]"));
}

TEST_CASE("output: --output writes the report to a file", "[formats][cli]") {
    auto path = std::filesystem::temp_directory_path() / ("cartlint-output-" + std::to_string(::getpid()) + ".sarif");
    Run run = cli("--format sarif --output '" + path.string() + "' corpus/schema/enum-term-duration.json");
    CHECK(run.code == exit_code::findings);
    CHECK(run.out.empty());
    CHECK_THAT(test::read_file(path.string()), Catch::Contains("\"ruleId\":\"schema/enum\""));
    std::filesystem::remove(path);
    CHECK(cli("--output /no/such/dir/out.txt corpus/valid/cart-minimal.json").code == exit_code::usage);
}

// A payload's own bytes (property names, values, file names) reach the human formats escaped:
// a raw newline there would let a payload print its own GitHub workflow command, an ESC would
// drive the terminal.
TEST_CASE("formats: control characters from the payload are escaped in text, GitHub and JUnit output", "[formats][escape]") {
    const std::string text = "{\"lineItems\":[],\"\\n::error file=README.md,line=1::forged\\u001b[31m\\u0085\\u2028\":1}";
    const std::string path = "evil\nname\xEF\xBF\xBF.json";
    std::vector<FileResult> files{{path, text, test::linter().lint(text), {}}};
    REQUIRE_FALSE(files[0].result.diagnostics.empty());
    for (int format = 0; format < 2; ++format) {
        std::ostringstream out;
        if (format == 0) write_text(out, files, TextStyle{false});
        else write_github(out, files);
        const std::string report = out.str();
        CAPTURE(format, report);
        std::istringstream lines(report);
        std::string line;
        std::size_t commands = 0;
        while (std::getline(lines, line)) commands += line.rfind("::", 0) == 0;
        CHECK(commands == (format == 0 ? 0 : files[0].result.diagnostics.size()));  // only the report's own
        CHECK(report.find("\n::error file=README.md") == std::string::npos);  // never at the start of a line
        CHECK(report.find('\x1b') == std::string::npos);
        CHECK(report.find("\xC2\x85") == std::string::npos);
        CHECK(report.find("\xE2\x80\xA8") == std::string::npos);
    }
    std::ostringstream junit;
    write_junit(junit, files);
    CHECK(junit.str().find("\xEF\xBF\xBF") == std::string::npos);  // not an XML character
    CHECK(junit.str().find("evil&#10;name") != std::string::npos);  // a newline in an attribute survives
    // The findings' lines in the body: one line each, the name's line break escaped as in text.
    CHECK(junit.str().find("evil\\nname\xEF\xBF\xBD.json:1:") != std::string::npos);
    CHECK(junit.str().find("\n::error") == std::string::npos);
    CHECK(junit.str().find('\x1b') == std::string::npos);
}

// The JUnit report must be well-formed XML for any file name and payload: parsed here by Python's
// expat (the attribute read back keeps its line break).
TEST_CASE("formats: JUnit output is well-formed XML whatever the names", "[formats][junit][escape]") {
    if (std::system("python3 -c 'import xml.dom.minidom' >/dev/null 2>&1") != 0) {
        WARN("skipped: python3 with xml.dom.minidom is not installed");
        return;
    }
    const std::string text = "{\"lineItems\":[],\"\\uffff\\ufffe\\u0000\\u001b]]>\\r\\n<&'\\\"\":1}";
    const std::string path = "evil\nname\r\t\xEF\xBF\xBE\x01<&>\".json";
    std::vector<FileResult> files{{path, text, test::linter().lint(text), {}}};
    REQUIRE_FALSE(files[0].result.diagnostics.empty());
    std::ostringstream junit;
    write_junit(junit, files);
    char name[] = "/tmp/cartlint-junit-XXXXXX";
    const int fd = ::mkstemp(name);
    REQUIRE(fd >= 0);
    const std::string xml = junit.str();
    REQUIRE(::write(fd, xml.data(), xml.size()) == static_cast<ssize_t>(xml.size()));
    ::close(fd);
    // Prints the test case's name attribute as Python reads it, with its controls escaped.
    const std::string command = std::string("python3 -c 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); "
                                            "print(ascii(d.getElementsByTagName(\"testcase\")[0].getAttribute(\"name\")))' ") +
                                name + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    const int status = ::pclose(pipe);
    ::unlink(name);
    CAPTURE(xml, out);
    CHECK(status == 0);
    CHECK(out == "'evil\\nname\\r\\t\\ufffd?<&>\".json'\n");
}

TEST_CASE("formats: a streamed file's excerpt is found past 2^32 lines", "[formats][ndjson]") {
    // Line numbers are 64-bit: a lookup that cut them to 32 bits would find line 5 for 2^32 + 5.
    FileResult file;
    file.path = "big.ndjson";
    file.lines = {{5, 10, "{\"five\":1}"}, {(std::uint64_t{1} << 32) + 5, 99, "{\"far\":2}"}};
    Diagnostic d;
    d.rule = "schema/type";
    d.message = "m";
    d.begin = {99 + 1, (std::uint64_t{1} << 32) + 5, 2};
    d.end = {99 + 2, (std::uint64_t{1} << 32) + 5, 3};
    file.result.diagnostics.push_back(d);
    std::ostringstream out;
    write_text(out, {file});
    CHECK(out.str().find("{\"far\":2}") != std::string::npos);
    CHECK(out.str().find("five") == std::string::npos);
}

// ---- The CI formats of issue 18: GitLab, Checkstyle, Azure Pipelines, reviewdog ----------------

namespace {

// Directories of the corpus with every kind of finding: syntax (safe fixes), schema, rules,
// invalid UTF-8, context hints.
const char* const ci_corpus = "corpus/syntax corpus/schema corpus/rules corpus/docs corpus/valid";

// A finding as --format json reports it, with where its line starts (for byte columns).
struct JsonFinding {
    std::string path, rule, severity;
    std::uint64_t line = 0, column = 0, end_line = 0, end_column = 0, offset = 0, end_offset = 0;
    std::string pointer;
    std::vector<std::tuple<std::uint64_t, std::uint64_t, std::string>> safe_edits;  // offset, length, text
};

std::vector<JsonFinding> json_findings(const std::string& args) {
    Run run = cli("--format json " + args);
    rapidjson::Document doc;
    doc.Parse(run.out.c_str(), run.out.size());
    REQUIRE_FALSE(doc.HasParseError());
    std::vector<JsonFinding> all;
    for (const auto& file : doc["files"].GetArray())
        for (const auto& d : file["diagnostics"].GetArray()) {
            JsonFinding f{file["path"].GetString(), d["rule"].GetString(), d["severity"].GetString()};
            f.line = d["line"].GetUint64(), f.column = d["column"].GetUint64();
            f.end_line = d["endLine"].GetUint64(), f.end_column = d["endColumn"].GetUint64();
            f.offset = d["offset"].GetUint64(), f.end_offset = f.offset + d["length"].GetUint64();
            f.pointer = d["pointer"].GetString();
            if (d.HasMember("fix") && d["fix"]["safe"].GetBool())
                for (const auto& e : d["fix"]["edits"].GetArray())
                    f.safe_edits.emplace_back(e["offset"].GetUint64(), e["length"].GetUint64(), e["text"].GetString());
            all.push_back(std::move(f));
        }
    return all;
}

// A byte offset's 1-based line and byte column in a text, as reviewdog counts them.
std::pair<std::uint64_t, std::uint64_t> byte_position(const std::string& text, std::uint64_t offset) {
    std::uint64_t line = 1, start = 0;
    for (std::uint64_t i = 0; i < offset && i < text.size(); ++i)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++line, start = i + 1;
    return {line, offset - start + 1};
}

// What the Azure Pipelines agent reads from a line (azure-pipelines-agent, Command.TryParse and
// its unescaping): the command, its properties and the message.
struct AzureCommand {
    std::string name;
    std::map<std::string, std::string> properties;
    std::string message;
};

std::string azure_unescape(std::string s) {
    for (auto [from, to] : {std::pair{"%3B", ";"}, {"%0D", "\r"}, {"%0A", "\n"}, {"%5D", "]"}, {"%AZP25", "%"}}) {
        for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += std::strlen(to)) s.replace(at, std::strlen(from), to);
    }
    return s;
}

std::optional<AzureCommand> azure_parse(const std::string& line) {
    const std::size_t prefix = line.find("##vso[");
    if (prefix == std::string::npos) return std::nullopt;
    const std::size_t close = line.find(']', prefix);
    if (close == std::string::npos) return std::nullopt;
    const std::string info = line.substr(prefix + 6, close - prefix - 6);
    AzureCommand c;
    const std::size_t space = info.find(' ');
    c.name = info.substr(0, space);
    if (space != std::string::npos) {
        std::istringstream props(info.substr(space + 1));
        for (std::string p; std::getline(props, p, ';');) {
            const std::size_t eq = p.find('=');
            if (eq != std::string::npos) c.properties[p.substr(0, eq)] = azure_unescape(p.substr(eq + 1));
        }
    }
    c.message = azure_unescape(line.substr(close + 1));
    return c;
}

std::string azure_type(const std::string& severity) { return severity == "error" ? "error" : "warning"; }

// The unescaped XML attribute values Python's expat reads from a Checkstyle report, a line per
// <error>: path, line, column, severity, source, message (controls escaped by ascii()).
std::string checkstyle_read_by_python(const std::string& xml) {
    char name[] = "/tmp/cartlint-checkstyle-XXXXXX";
    const int fd = ::mkstemp(name);
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, xml.data(), xml.size()) == static_cast<ssize_t>(xml.size()));
    ::close(fd);
    const std::string command =
        std::string("python3 -c 'import sys, xml.dom.minidom as m\nd = m.parse(sys.argv[1])\n"
                    "assert d.documentElement.tagName == \"checkstyle\" and d.documentElement.getAttribute(\"version\") == \"4.3\"\n"
                    "for f in d.getElementsByTagName(\"file\"):\n"
                    "  for e in f.getElementsByTagName(\"error\"):\n"
                    "    print(ascii(f.getAttribute(\"name\")), e.getAttribute(\"line\"), e.getAttribute(\"column\"), e.getAttribute(\"severity\"), "
                    "e.getAttribute(\"source\"), ascii(e.getAttribute(\"message\")))' ") +
        name + " 2>&1";
    const test::Shell done = test::shell(command);
    ::unlink(name);
    CHECK(done.exit_code == 0);
    return done.out;
}

bool have_python_xml() { return std::system("python3 -c 'import xml.dom.minidom' >/dev/null 2>&1") == 0; }

const std::string hostile_text = "{\"lineItems\":[],\"\\n::error x\\r##vso[task.complete result=Failed;]done]]>;%AZP25%0A<&'\\\"\":1}";
const std::string hostile_path = "evil;code=x]%3B%AZP25\nname<&>\".json";

std::string report_of(ReportFormat format, const std::vector<FileResult>& files) {
    std::ostringstream out;
    {
        ReportWriter writer(format, out);
        write_report(writer, files);
    }
    return out.str();
}

}  // namespace

TEST_CASE("gitlab: Code Quality issues, field by field, fingerprinted as SARIF's results", "[formats][gitlab]") {
    Run run = cli(std::string("--format gitlab ") + ci_corpus);
    CHECK(run.code == exit_code::findings);
    rapidjson::Document issues;
    issues.Parse(run.out.c_str(), run.out.size());
    REQUIRE_FALSE(issues.HasParseError());
    REQUIRE(issues.IsArray());
    const std::vector<JsonFinding> expected = json_findings(ci_corpus);
    REQUIRE(issues.Size() == expected.size());
    REQUIRE(expected.size() > 50);
    Run sarif_run = cli(std::string("--format sarif ") + ci_corpus);
    rapidjson::Document sarif;
    sarif.Parse(sarif_run.out.c_str(), sarif_run.out.size());
    const auto& results = sarif["runs"][0]["results"];
    REQUIRE(results.Size() == expected.size());
    const std::map<std::string, std::string> severity{{"error", "major"}, {"warning", "minor"}, {"info", "info"}};
    for (rapidjson::SizeType i = 0; i < issues.Size(); ++i) {
        const auto& issue = issues[i];
        const JsonFinding& f = expected[i];
        CAPTURE(f.path, f.rule, f.line);
        REQUIRE(issue.IsObject());
        CHECK(issue.MemberCount() == 5);  // exactly the documented fields
        CHECK(issue["description"].GetStringLength() > 0);
        CHECK(std::string(issue["check_name"].GetString()) == f.rule);
        CHECK(std::string(issue["severity"].GetString()) == severity.at(f.severity));
        CHECK(std::string(issue["fingerprint"].GetString()) == results[i]["partialFingerprints"]["cartlint/v1"].GetString());
        CHECK(std::string(issue["location"]["path"].GetString()) == f.path);
        CHECK(issue["location"]["lines"]["begin"].GetUint64() == f.line);
        CHECK(issue["location"]["lines"]["end"].GetUint64() == f.end_line);
    }
    Run clean = cli("--format gitlab corpus/valid/cart-minimal.json");
    CHECK(clean.code == exit_code::ok);
    CHECK(clean.out == "[]\n");  // GitLab reads an empty report as no issues, not as a broken one
}

TEST_CASE("gitlab: a stream's documents with one fault are distinct issues, in SARIF too", "[formats][gitlab][sarif]") {
    // GitLab takes a fingerprint for one issue: 30 documents with the same finding must give 30.
    std::string stream;
    for (int i = 0; i < 30; ++i) stream += R"({"id":"x","lineItems":[]})" "\n";
    char name[] = "/tmp/cartlint-fp-XXXXXX";
    const int fd = ::mkstemp(name);
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, stream.data(), stream.size()) == static_cast<ssize_t>(stream.size()));
    ::close(fd);
    Run gitlab = cli(std::string("--ndjson --format gitlab ") + name);
    Run sarif_run = cli(std::string("--ndjson --format sarif ") + name);
    ::unlink(name);
    rapidjson::Document issues, sarif;
    issues.Parse(gitlab.out.c_str(), gitlab.out.size());
    sarif.Parse(sarif_run.out.c_str(), sarif_run.out.size());
    REQUIRE(issues.IsArray());
    const auto& results = sarif["runs"][0]["results"];
    REQUIRE(issues.Size() == results.Size());
    REQUIRE(issues.Size() >= 60);  // format/guid and schema/min-items in each document
    std::set<std::string> distinct;
    for (rapidjson::SizeType i = 0; i < issues.Size(); ++i) {
        distinct.insert(issues[i]["fingerprint"].GetString());
        CHECK(std::string(issues[i]["fingerprint"].GetString()) == results[i]["partialFingerprints"]["cartlint/v1"].GetString());
    }
    CHECK(distinct.size() == issues.Size());
}

TEST_CASE("gitlab: valid JSON whatever the names and messages", "[formats][gitlab][escape]") {
    std::vector<FileResult> files{{hostile_path, hostile_text, test::linter().lint(hostile_text), {}}};
    REQUIRE_FALSE(files[0].result.diagnostics.empty());
    const std::string report = report_of(ReportFormat::gitlab, files);
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(report.c_str(), report.size());
    REQUIRE_FALSE(doc.HasParseError());
    REQUIRE(doc.Size() == files[0].result.diagnostics.size());
    CHECK(std::string(doc[0]["location"]["path"].GetString()) == hostile_path);  // the name as it is, JSON-escaped
}

TEST_CASE("checkstyle: one <error> per finding, the same as --format json", "[formats][checkstyle]") {
    if (!have_python_xml()) {
        WARN("skipped: python3 with xml.dom.minidom is not installed");
        return;
    }
    Run run = cli(std::string("--format checkstyle ") + ci_corpus);
    CHECK(run.code == exit_code::findings);
    CHECK_THAT(run.out, Catch::StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">"));
    std::string expected;
    for (const JsonFinding& f : json_findings(ci_corpus))
        expected += "'" + f.path + "' " + std::to_string(f.line) + " " + std::to_string(f.column) + " " + f.severity + " cartlint." + f.rule + " \n";
    // The message (last) is checked apart: strip it from what Python read.
    std::string read;
    std::istringstream lines(checkstyle_read_by_python(run.out));
    for (std::string line; std::getline(lines, line);) {
        const std::size_t source = line.find(" cartlint.");
        REQUIRE(source != std::string::npos);
        const std::size_t message = line.find(' ', source + 1);
        read += line.substr(0, message + 1) + "\n";
        CHECK(line.size() > message + 3);  // a message
    }
    CHECK(read == expected);
    CHECK(cli("--format checkstyle corpus/valid/cart-minimal.json").out ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n  <file name=\"corpus/valid/cart-minimal.json\">\n"
          "  </file>\n</checkstyle>\n");
}

TEST_CASE("checkstyle: well-formed XML whatever the names and messages", "[formats][checkstyle][escape]") {
    if (!have_python_xml()) {
        WARN("skipped: python3 with xml.dom.minidom is not installed");
        return;
    }
    std::vector<FileResult> files{{hostile_path, hostile_text, test::linter().lint(hostile_text), {}}};
    REQUIRE_FALSE(files[0].result.diagnostics.empty());
    const std::string read = checkstyle_read_by_python(report_of(ReportFormat::checkstyle, files));
    CAPTURE(read);
    std::size_t errors = 0;
    std::istringstream lines(read);
    for (std::string line; std::getline(lines, line);) {
        ++errors;
        // The name read back whole, its line break kept (a character reference in the attribute).
        CHECK(line.rfind("'evil;code=x]%3B%AZP25\\nname<&>\".json' ", 0) == 0);
    }
    CHECK(errors == files[0].result.diagnostics.size());
    CHECK_THAT(read, Catch::Contains("##vso[task.complete"));  // the payload's text kept, as text
}

TEST_CASE("azure: one logging command per finding, read back as the agent reads it", "[formats][azure]") {
    Run run = cli(std::string("--format azure ") + ci_corpus);
    CHECK(run.code == exit_code::findings);
    const std::vector<JsonFinding> expected = json_findings(ci_corpus);
    std::vector<AzureCommand> commands;
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("note: ", 0) == 0) continue;  // the run's notes, plain log lines
        CAPTURE(line);
        REQUIRE(line.rfind("##vso[task.logissue ", 0) == 0);
        commands.push_back(*azure_parse(line));
    }
    REQUIRE(commands.size() == expected.size());
    for (std::size_t i = 0; i < commands.size(); ++i) {
        const AzureCommand& c = commands[i];
        const JsonFinding& f = expected[i];
        CAPTURE(f.path, f.rule, f.line);
        CHECK(c.name == "task.logissue");
        CHECK(c.properties.size() == 5);
        CHECK(c.properties.at("type") == azure_type(f.severity));
        CHECK(c.properties.at("sourcepath") == f.path);
        CHECK(c.properties.at("linenumber") == std::to_string(f.line));
        CHECK(c.properties.at("columnnumber") == std::to_string(f.column));
        CHECK(c.properties.at("code") == f.rule);
        CHECK_FALSE(c.message.empty());
    }
}

// A payload's names and messages cannot end a property, add one, or start a command of their own.
TEST_CASE("azure: escaped properties and messages, no forged command", "[formats][azure][escape]") {
    std::vector<FileResult> files{{hostile_path, hostile_text, test::linter().lint(hostile_text), {}}};
    REQUIRE_FALSE(files[0].result.diagnostics.empty());
    const std::string report = report_of(ReportFormat::azure, files);
    CAPTURE(report);
    std::istringstream lines(report);
    std::size_t commands = 0;
    bool saw_payload_text = false;
    for (std::string line; std::getline(lines, line);) {
        REQUIRE(line.rfind("##vso[task.logissue ", 0) == 0);  // every line is the report's own command
        ++commands;
        const AzureCommand c = *azure_parse(line);
        CHECK(c.properties.size() == 5);
        CHECK(c.properties.at("sourcepath") == "evil;code=x]%3B%AZP25\\nname<&>\".json");  // printable: \n as text
        CHECK(c.properties.at("code") == files[0].result.diagnostics[commands - 1].rule);
        CHECK(c.message.find('\n') == std::string::npos);
        CHECK(c.message.find('\r') == std::string::npos);
        saw_payload_text |= c.message.find("##vso[task.complete result=Failed;]done]]>;%AZP25%0A") != std::string::npos;
    }
    CHECK(commands == files[0].result.diagnostics.size());
    CHECK(saw_payload_text);  // the payload's name reaches the message whole, unescaped by the agent
}

TEST_CASE("rdjson: reviewdog diagnostics, byte columns and safe fixes as suggestions", "[formats][rdjson]") {
    Run run = cli(std::string("--format rdjson ") + ci_corpus);
    CHECK(run.code == exit_code::findings);
    rapidjson::Document doc;
    doc.Parse(run.out.c_str(), run.out.size());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(std::string(doc["source"]["name"].GetString()) == "cartlint");
    const auto& diagnostics = doc["diagnostics"];
    const std::vector<JsonFinding> expected = json_findings(ci_corpus);
    REQUIRE(diagnostics.Size() == expected.size());
    const std::map<std::string, std::string> severity{{"error", "ERROR"}, {"warning", "WARNING"}, {"info", "INFO"}};
    std::map<std::string, std::string> texts;
    std::size_t suggested = 0;
    for (rapidjson::SizeType i = 0; i < diagnostics.Size(); ++i) {
        const auto& d = diagnostics[i];
        const JsonFinding& f = expected[i];
        CAPTURE(f.path, f.rule, f.line, f.column);
        if (!texts.count(f.path)) texts[f.path] = test::read_file(test::source_path(f.path));
        const std::string& text = texts[f.path];
        CHECK(d["message"].GetStringLength() > 0);
        CHECK(std::string(d["severity"].GetString()) == severity.at(f.severity));
        CHECK(std::string(d["code"]["value"].GetString()) == f.rule);
        CHECK(std::string(d["location"]["path"].GetString()) == f.path);
        const auto& range = d["location"]["range"];
        CHECK(range["start"]["line"].GetUint64() == f.line);
        CHECK(range["end"]["line"].GetUint64() == f.end_line);
        CHECK(std::pair{range["start"]["line"].GetUint64(), range["start"]["column"].GetUint64()} == byte_position(text, f.offset));
        CHECK(std::pair{range["end"]["line"].GetUint64(), range["end"]["column"].GetUint64()} == byte_position(text, f.end_offset));
        // The safe fix's edits, each as a suggestion over the same bytes.
        REQUIRE(d.HasMember("suggestions") == !f.safe_edits.empty());
        if (f.safe_edits.empty()) continue;
        ++suggested;
        REQUIRE(d["suggestions"].Size() == f.safe_edits.size());
        for (rapidjson::SizeType e = 0; e < d["suggestions"].Size(); ++e) {
            const auto& s = d["suggestions"][e];
            const auto& [offset, length, replacement] = f.safe_edits[e];
            CHECK(std::string(s["text"].GetString(), s["text"].GetStringLength()) == replacement);
            CHECK(std::pair{s["range"]["start"]["line"].GetUint64(), s["range"]["start"]["column"].GetUint64()} == byte_position(text, offset));
            CHECK(std::pair{s["range"]["end"]["line"].GetUint64(), s["range"]["end"]["column"].GetUint64()} ==
                  byte_position(text, offset + length));
        }
    }
    CHECK(suggested > 5);  // the syntax corpus has safe fixes
    CHECK(cli("--format rdjson corpus/valid/cart-minimal.json").out == "{\"source\":{\"name\":\"cartlint\"},\"diagnostics\":[]}\n");
}

TEST_CASE("rdjson: valid JSON whatever the names and messages", "[formats][rdjson][escape]") {
    std::vector<FileResult> files{{hostile_path, hostile_text, test::linter().lint(hostile_text), {}}};
    const std::string report = report_of(ReportFormat::rdjson, files);
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(report.c_str(), report.size());
    REQUIRE_FALSE(doc.HasParseError());
    REQUIRE(doc["diagnostics"].Size() == files[0].result.diagnostics.size());
    CHECK(std::string(doc["diagnostics"][0]["location"]["path"].GetString()) == hostile_path);
}

TEST_CASE("thresholds: --max-warnings N fails a run with more than N warnings", "[formats][cli]") {
    const char* warning_only = "corpus/rules/billing/non-canonical-cycle.json";  // one warning, no error
    CHECK(cli(warning_only).code == exit_code::ok);
    CHECK(cli(std::string("--max-warnings 0 ") + warning_only).code == exit_code::findings);
    CHECK(cli(std::string("--max-warnings 1 ") + warning_only).code == exit_code::ok);
    CHECK(cli(std::string("--max-warnings 0 --quiet ") + warning_only).code == exit_code::findings);  // hidden, still counted
    CHECK(cli(std::string("--max-warnings 1 ") + warning_only + " " + warning_only).code == exit_code::findings);  // counted over the run
    CHECK(cli("--max-warnings 0 corpus/valid/cart-minimal.json").code == exit_code::ok);
    CHECK(cli("--max-warnings 5 corpus/schema/enum-term-duration.json").code == exit_code::findings);  // errors still fail
    for (const char* bad : {"-1", "x", "", "1.5"}) CHECK(cli(std::string("--max-warnings '") + bad + "' " + warning_only).code == exit_code::usage);
}

TEST_CASE("formats: --format FORMAT:FILE writes several reports in one run, each as if alone", "[formats][cli]") {
    const auto dir = std::filesystem::temp_directory_path() / ("cartlint-formats-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string sarif = (dir / "out.sarif").string(), json = (dir / "out.json").string(), rdjson = (dir / "out.rdjson").string();
    const std::string inputs = std::string(" ") + mixed;
    Run both = cli("--format sarif:'" + sarif + "' --format github --format json:'" + json + "' --format rdjson:'" + rdjson + "'" + inputs);
    Run github = cli("--format github" + inputs);
    CHECK(both.code == github.code);
    CHECK(both.out == github.out);
    CHECK(test::read_file(sarif) == cli("--format sarif" + inputs).out);
    CHECK(test::read_file(json) == cli("--format json" + inputs).out);
    CHECK(test::read_file(rdjson) == cli("--format rdjson" + inputs).out);
    // --quiet holds for every report.
    cli("--quiet --format json:'" + json + "'" + inputs);
    CHECK(test::read_file(json) == cli("--quiet --format json" + inputs).out);
    // Refused: no file, an unknown format, markdown, a report that would overwrite an input.
    CHECK(cli("--format sarif: corpus/valid/cart-minimal.json").code == exit_code::usage);
    CHECK(cli("--format nope:x.txt corpus/valid/cart-minimal.json").code == exit_code::usage);
    CHECK(cli("--format markdown:x.md corpus/valid/cart-minimal.json").code == exit_code::usage);
    const std::string payload = (dir / "payload.json").string();
    { std::ofstream(payload) << "{\"lineItems\":[]}"; }
    CHECK(cli("--format json:'" + payload + "' '" + payload + "'").code == exit_code::usage);
    CHECK(test::read_file(payload) == "{\"lineItems\":[]}");
    CHECK(cli("--format json:/no/such/dir/out.json corpus/valid/cart-minimal.json").code == exit_code::usage);
    std::filesystem::remove_all(dir);
}
