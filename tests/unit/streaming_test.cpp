// Streamed reports (issue 15): every format written piece by piece equals the report written
// whole; --format ndjson answers each input line with one line that passes its schema; the
// context/… hints are counted once per run; a closed pipe ends the run quietly.

#include "test_support.hpp"

#include <cartlint/cartlint.h>
#include <cartlint/exit_codes.hpp>
#include <cartlint/report_writer.hpp>
#include <cartlint/stream.hpp>

#include <catch2/catch.hpp>
#include <valijson/adapters/rapidjson_adapter.hpp>  // before RapidJSON: it sets RAPIDJSON_ASSERT
#include <rapidjson/document.h>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace cartlint;

namespace {

const std::string broken = R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1W"}]})";
const std::string clean = R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})";
// Names a reseller: the context hints of both needs.
const std::string reseller =
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",)"
    R"("participants":[{"key":"additional_transaction_reseller","value":"5357564"},{"key":"transaction_reseller","value":"517285"}]}]})";

// Every kind of line a stream may hold: findings, clean, blank, not JSON, CRLF, invalid UTF-8,
// context hints; repeated past several chunks (a quarter megabyte each), no final newline.
std::string mixed_stream(std::size_t repeats) {
    std::string s;
    for (std::size_t i = 0; i < repeats; ++i) {
        s += broken + "\n" + clean + "\n\n   \t\nnot json\r\n" + reseller + "\n{\"lineItems\":[\"\xC3\x28\"]}\n";
    }
    return s + clean;
}

StreamSource memory(std::string_view text) {
    auto read = std::make_shared<std::size_t>(0);
    return [text, read](char* buffer, std::size_t capacity, std::string&) {
        const std::size_t n = std::min(capacity, text.size() - *read);
        std::memcpy(buffer, text.data() + *read, n);
        *read += n;
        return n;
    };
}

LintOptions summary_options() {
    LintOptions o;
    o.context_hints = ContextHints::summary;
    o.now = parse_timestamp("2026-11-22T00:00:00Z");
    return o;
}

// The report of the stream written whole (the old way: one FileResult with the kept lines).
std::string whole_report(ReportFormat format, std::string_view text, const LintOptions& options) {
    StreamResult r = lint_ndjson_stream(test::linter(), memory(text), options, 1);
    std::vector<FileResult> files(1);
    files[0].path = "s.ndjson";
    files[0].result = std::move(r.result);
    files[0].lines = std::move(r.lines);
    std::ostringstream out;
    ReportWriter writer(format, out);
    write_report(writer, files);
    return out.str();
}

// The same stream written chunk by chunk as it is linted.
std::string streamed_report(ReportFormat format, std::string_view text, const LintOptions& options, unsigned jobs, std::size_t* chunks = nullptr) {
    std::ostringstream out;
    ReportWriter writer(format, out);
    writer.begin_file("s.ndjson", true);
    std::size_t n = 0;
    const StreamEnd end = lint_ndjson_chunks(test::linter(), memory(text), [&](StreamChunk& c) {
        FileResult piece;
        piece.path = "s.ndjson";
        piece.result = std::move(c.result);
        piece.lines = std::move(c.lines);
        piece.documents = std::move(c.documents);
        writer.piece(piece);
        ++n;
        return true;
    }, options, jobs);
    CHECK_FALSE(end.error);
    CHECK_FALSE(end.stopped);
    writer.end_file();
    writer.finish();
    if (chunks) *chunks = n;
    return out.str();
}

struct Run {
    int code = -1;
    std::string out;
};

Run cli(const std::string& args) {
    const test::Shell done = test::shell(std::string("cd '") + CARTLINT_SOURCE_DIR + "' && " + args);
    return {done.exit_code, done.out};
}

std::string binary() { return std::string("'") + CARTLINT_BINARY + "' --no-config"; }

std::string temp_file(const std::string& name, const std::string& content) {
    const auto path = std::filesystem::temp_directory_path() / ("cartlint-streaming-" + std::to_string(::getpid()) + "-" + name);
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("streaming: each format written chunk by chunk is the report written whole", "[streaming]") {
    const std::string text = mixed_stream(1500);  // ~900 KB: several chunks
    const LintOptions options = summary_options();
    for (ReportFormat format : {ReportFormat::text, ReportFormat::json, ReportFormat::sarif, ReportFormat::github, ReportFormat::gitlab,
                                ReportFormat::checkstyle, ReportFormat::azure, ReportFormat::rdjson}) {
        CAPTURE(to_string(format));
        const std::string whole = whole_report(format, text, options);
        std::size_t chunks = 0;
        CHECK(streamed_report(format, text, options, 1, &chunks) == whole);
        CHECK(chunks > 2);
        CHECK(streamed_report(format, text, options, 3) == whole);  // in stream order whatever the threads
    }
    // JSON and SARIF stay single valid documents, the notes in their summaries.
    rapidjson::Document json;
    const std::string json_text = streamed_report(ReportFormat::json, text, options, 2);
    json.Parse(json_text.c_str(), json_text.size());
    REQUIRE_FALSE(json.HasParseError());
    CHECK(json["summary"]["errors"].GetUint() > 3000);
    REQUIRE(json["summary"].HasMember("notes"));
    CHECK(json["summary"]["notes"].Size() == 2);
    CHECK(json["summary"]["notes"][0]["documents"].GetUint() == 1500);
    CHECK(json["files"][0]["notes"] == json["summary"]["notes"]);
    rapidjson::Document sarif;
    const std::string sarif_text = streamed_report(ReportFormat::sarif, text, options, 2);
    sarif.Parse(sarif_text.c_str(), sarif_text.size());
    REQUIRE_FALSE(sarif.HasParseError());
    const auto& notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    REQUIRE(notes.Size() == 2);
    CHECK(std::string(notes[1]["associatedRule"]["id"].GetString()) == "context/provider-id");
    CHECK(notes[1]["properties"]["documents"].GetUint() == 1500);
}

TEST_CASE("streaming: JUnit stays one valid document, a test case a document, in suites of at most a thousand", "[streaming][junit]") {
    if (std::system("python3 -c 'import xml.dom.minidom' >/dev/null 2>&1") != 0) {
        WARN("skipped: python3 with xml.dom.minidom is not installed");
        return;
    }
    const std::string text = mixed_stream(500);
    const std::string xml = streamed_report(ReportFormat::junit, text, summary_options(), 2);
    const std::string path = temp_file("junit.xml", xml);
    // Test cases are the non-blank lines (5 of the 7 a repeat, and the last); failures, those with an error.
    const test::Shell counted = test::shell(
        "python3 -c 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); s = d.getElementsByTagName(\"testsuite\");"
        "print(len(d.getElementsByTagName(\"testcase\")), sum(int(x.getAttribute(\"tests\")) for x in s),"
        " sum(int(x.getAttribute(\"failures\")) for x in s), len(s), max(int(x.getAttribute(\"tests\")) for x in s))' '" + path + "'");
    std::filesystem::remove(path);
    CHECK(counted.exit_code == 0);
    CHECK(counted.out == "2501 2501 1500 3 1000\n");
    CHECK(xml.find("context/provider-id") != std::string::npos);  // the notes, in the last suite's system-out
    // A small run is written as it always was: its counts on <testsuites> too.
    const std::string small = streamed_report(ReportFormat::junit, broken + "\n" + clean + "\n", summary_options(), 1);
    CHECK_THAT(small, Catch::Contains("<testsuites name=\"cartlint\" tests=\"2\" failures=\"1\" errors=\"0\">"));
}

TEST_CASE("ndjson: one line per input line, in order, each passing the report's schema", "[streaming][ndjson]") {
    const std::string schema_text = test::read_file(test::source_path("schemas/reports/ndjson-report.schema.json"));
    rapidjson::Document schema_doc;
    schema_doc.Parse(schema_text.c_str(), schema_text.size());
    REQUIRE_FALSE(schema_doc.HasParseError());
    valijson::Schema schema;
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::RapidJsonAdapter schema_adapter(schema_doc);
    parser.populateSchema(schema_adapter, schema);
    valijson::Validator validator;

    const std::string text = mixed_stream(40);
    const std::string input = temp_file("in.ndjson", text);
    // The filter: standard input to standard output, nothing else there.
    const Run run = cli("cat '" + input + "' | " + binary() + " --ndjson --format ndjson --jobs 2 - 2>/dev/null");
    CHECK(run.code == exit_code::findings);
    const std::vector<std::string> lines = lines_of(run.out);
    REQUIRE(lines.size() == 40 * 7 + 1);  // the last line has no line break: still a line
    std::size_t blanks = 0, valid = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CAPTURE(i, lines[i]);
        rapidjson::Document record;
        record.Parse(lines[i].c_str(), lines[i].size());
        REQUIRE_FALSE(record.HasParseError());
        valijson::ValidationResults results;
        valijson::adapters::RapidJsonAdapter target(record);
        std::string why;
        const bool ok = validator.validate(schema, target, &results);
        for (const auto& e : results) why += e.description + "\n";
        INFO(why);
        CHECK(ok);
        CHECK(record["line"].GetUint64() == i + 1);
        CHECK_FALSE(record.HasMember("path"));  // standard input
        blanks += std::string(record["kind"].GetString()) == "empty";
        valid += record["valid"].GetBool();
        for (const auto& d : record["diagnostics"].GetArray()) CHECK(d["line"].GetUint64() == i + 1);
        if (i % 7 == 4) CHECK(std::string(record["diagnostics"][0]["rule"].GetString()).rfind("syntax/", 0) == 0);  // CRLF, not JSON
        if (i % 7 == 5) CHECK(record["diagnostics"].Size() == 0);  // the reseller's hints are the summary's
    }
    CHECK(blanks == 80);
    CHECK(valid == 2 * 40 + 1);  // the clean carts and the reseller's
    // The schema can fail: a record without "valid", or with a kind it does not know.
    rapidjson::Document bad;
    bad.Parse(R"({"line":1,"kind":"basket","valid":true,"diagnostics":[]})");
    valijson::adapters::RapidJsonAdapter bad_target(bad);
    CHECK_FALSE(validator.validate(schema, bad_target, nullptr));

    // Files: "path" on each line; a file read whole is one line.
    const Run files = cli(binary() + " --format ndjson corpus/valid/cart-minimal.json corpus/schema/enum-term-duration.json 2>/dev/null");
    const std::vector<std::string> file_lines = lines_of(files.out);
    REQUIRE(file_lines.size() == 2);
    CHECK_THAT(file_lines[0], Catch::StartsWith(R"({"path":"corpus/valid/cart-minimal.json","kind":"cart","valid":true,"diagnostics":[]})"));
    CHECK_THAT(file_lines[1], Catch::Contains(R"("valid":false)"));
    const Run named = cli(binary() + " --ndjson --format ndjson '" + input + "' 2>/dev/null");
    CHECK_THAT(lines_of(named.out).at(3), Catch::StartsWith("{\"path\":"));
    std::filesystem::remove(input);
}

TEST_CASE("ndjson: the summary and the notes go to standard error, --quiet keeps each document's own", "[streaming][ndjson]") {
    const std::string input = temp_file("summary.ndjson", broken + "\n" + reseller + "\n");
    const Run err = cli(binary() + " --ndjson --format ndjson '" + input + "' 2>&1 >/dev/null");
    CHECK_THAT(err.out, Catch::Contains("cartlint: 1 file (1 with findings)"));
    CHECK_THAT(err.out, Catch::Contains("cartlint: note: 1 document names resellers"));
    const Run warnings_too = cli(binary() + " --ndjson --format ndjson --quiet --rule schema/enum=warning '" + input + "' 2>/dev/null");
    CHECK(warnings_too.out.find("schema/enum") == std::string::npos);
    CHECK(lines_of(warnings_too.out).size() == 2);
    std::filesystem::remove(input);
}

TEST_CASE("context hints: once per run by default, per document on request, in every format", "[streaming][context]") {
    const std::string input = temp_file("hints.ndjson", reseller + "\n" + reseller + "\n" + clean + "\n");
    const Run text = cli(binary() + " --ndjson '" + input + "' 2>/dev/null");
    CHECK(text.code == exit_code::ok);
    CHECK(text.out.find("[context/") == text.out.find("[context/customer-country]"));  // only in the notes
    CHECK_THAT(text.out, Catch::Contains("note: 2 documents name additional resellers: pass --customer-country"));
    CHECK_THAT(text.out, Catch::Contains("note: 2 documents name resellers: pass --provider-id"));
    CHECK_THAT(text.out, Catch::Contains("0 infos"));
    const Run per_document = cli(binary() + " --ndjson --context-hints per-document --format json '" + input + "' 2>/dev/null");
    CHECK_THAT(per_document.out, Catch::Contains(R"("infos":4})"));
    CHECK(per_document.out.find("\"notes\"") == std::string::npos);
    const Run github = cli(binary() + " --ndjson --format github '" + input + "' 2>/dev/null");
    CHECK_THAT(github.out, Catch::Contains("::notice title=context/provider-id::2 documents name resellers"));
    // Given the context, there is nothing to note.
    const Run given = cli(binary() + " --ndjson --customer-country DE --provider-id 873452 --format json '" + input + "' 2>/dev/null");
    CHECK(given.out.find("\"notes\"") == std::string::npos);
    // A hint raised above info is a finding that was asked to fail the run: it stays one.
    const Run raised = cli(binary() + " --ndjson --rule context/provider-id=error '" + input + "' 2>/dev/null");
    CHECK(raised.code == exit_code::findings);
    CHECK_THAT(raised.out, Catch::Contains("[context/provider-id]\n"));
    CHECK(cli(binary() + " --context-hints everywhere x.json 2>/dev/null").code == exit_code::usage);
    std::filesystem::remove(input);

    // The library: per document unless asked; the counts add up.
    LintOptions options;
    CHECK(test::with_rule(test::linter().lint(reseller, options), "context/provider-id").size() == 1);
    options.context_hints = ContextHints::summary;
    const LintResult folded = test::linter().lint(reseller, options);
    CHECK(test::with_rule(folded, "context/provider-id").empty());
    CHECK(folded.missing_context.provider_id == 1);
    CHECK(folded.missing_context.customer_country == 1);
    CHECK(lint_ndjson(test::linter(), reseller + "\n" + reseller + "\n", options).missing_context.provider_id == 2);
}

TEST_CASE("context hints: the C ABI counts them as the command does, or per document when asked", "[streaming][context][c-abi]") {
    auto report = [](const char* options) {
        cartlint_linter* l = cartlint_linter_new(options, nullptr);
        REQUIRE(l);
        char* r = cartlint_lint(l, reseller.data(), reseller.size(), "r.json");
        REQUIRE(r);
        std::string out(r);
        cartlint_free(r);
        cartlint_linter_free(l);
        return out;
    };
    const std::string input = temp_file("r.json", reseller);
    const std::string command = cli(binary() + " --format json '" + input + "' 2>/dev/null").out;
    std::filesystem::remove(input);
    std::string c_default = report(nullptr);
    CHECK_THAT(c_default, Catch::Contains(R"("notes":[{"rule":"context/customer-country","documents":1,)"));
    // The same report as the command's, but for the path.
    const std::string named = "\"path\":\"" + input + "\"";
    std::string expected = command;
    expected.replace(expected.find(named), named.size(), "\"path\":\"r.json\"");
    CHECK(c_default == expected);
    const std::string per_document = report(R"({"contextHints":"perDocument"})");
    CHECK_THAT(per_document, Catch::Contains(R"("rule":"context/provider-id","severity":"info")"));
    CHECK(per_document.find("\"notes\"") == std::string::npos);
    char* error = nullptr;
    CHECK(cartlint_linter_new(R"({"contextHints":"sometimes"})", &error) == nullptr);
    REQUIRE(error);
    CHECK_THAT(std::string(error), Catch::Contains("contextHints is \"summary\" or \"perDocument\""));
    cartlint_free(error);
}

TEST_CASE("streaming: a closed pipe ends the run quietly, exit 2, with every line before it whole", "[streaming][pipe]") {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += broken + "\n";
    const std::string input = temp_file("pipe.ndjson", text);
    const std::string err = input + ".err";
    for (const char* format : {"ndjson", "json", "text"}) {
        CAPTURE(format);
        // head takes 3 lines (JSON is one line: 4 KB of it) and leaves, long before the report's
        // megabytes are written; cartlint's exit code comes through PIPESTATUS.
        const bool json = std::string(format) == "json";
        const Run run = cli("bash -c \"" + binary() + " --ndjson --jobs 2 --format " + format + " '" + input + "' 2>'" + err + "' | head " +
                            (json ? "-c 4096" : "-n 3") + "; exit \\${PIPESTATUS[0]}\"");
        CHECK(run.code == exit_code::usage);
        if (json) CHECK(run.out.size() == 4096);
        else CHECK(lines_of(run.out).size() == 3);
        if (std::string(format) == "ndjson")
            for (const std::string& line : lines_of(run.out)) CHECK_THAT(line, Catch::StartsWith("{\"path\"") && Catch::EndsWith("]}"));
        CHECK(test::read_file(err).empty());
    }
    std::filesystem::remove(input);
    std::filesystem::remove(err);
}

TEST_CASE("streaming: a stream that cannot be read is a finding in every format, each report still whole", "[streaming]") {
    // Opened, then every read fails (EIO): the reader's error, reported as the stream's finding.
    const std::string unreadable = "/proc/self/mem";
    const Run ndjson = cli(binary() + " --ndjson --format ndjson " + unreadable + " 2>/dev/null");
    CHECK(ndjson.code == exit_code::usage);
    CHECK_THAT(ndjson.out, Catch::StartsWith(R"({"path":"/proc/self/mem","kind":"cart","valid":false,"diagnostics":[{"rule":"io/unreadable")"));
    for (const char* format : {"json", "sarif"}) {
        CAPTURE(format);
        const Run run = cli(binary() + " --ndjson --format " + format + " " + unreadable + " corpus/valid/cart-minimal.json 2>/dev/null");
        rapidjson::Document doc;
        doc.Parse(run.out.c_str(), run.out.size());
        CHECK_FALSE(doc.HasParseError());
        CHECK_THAT(run.out, Catch::Contains("io/unreadable"));
    }
    const Run junit = cli(binary() + " --ndjson --format junit " + unreadable + " 2>/dev/null");
    CHECK_THAT(junit.out, Catch::Contains(R"(<testcase classname="cartlint" name="/proc/self/mem" file="/proc/self/mem">)"));
}

TEST_CASE("streaming: a consumer that stops ends the stream", "[streaming]") {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += clean + "\n";
    std::size_t chunks = 0;
    const StreamEnd end = lint_ndjson_chunks(test::linter(), memory(text), [&](StreamChunk&) { return ++chunks < 2; }, {}, 2);
    CHECK(end.stopped);
    CHECK(chunks == 2);
}
