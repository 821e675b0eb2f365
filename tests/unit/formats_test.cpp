// The CI formats: SARIF passes the official SARIF 2.1.0 schema and carries what GitHub code
// scanning needs; GitHub workflow commands; JUnit; thresholds, --quiet and --output.

#include "test_support.hpp"

#include <cartlint/exit_codes.hpp>
#include <cartlint/report.hpp>
#include <cartlint/rules.hpp>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <cstdio>
#include <sstream>
#include <filesystem>
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
