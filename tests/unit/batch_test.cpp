// Batches: directories, many files in every format, a broken and an unreadable file in the
// middle, parallel runs with deterministic output, NDJSON streams.

#include "test_support.hpp"

#include <cartlint/exit_codes.hpp>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>

using namespace cartlint;
namespace fs = std::filesystem;

namespace {

struct Run {
    int code = -1;
    std::string out;
};

Run cli(const std::string& args, const std::string& cwd = CARTLINT_SOURCE_DIR) {
    std::string command = "cd '" + cwd + "' && '" + std::string(CARTLINT_BINARY) + "' --no-config " + args + " 2>/dev/null";
    const test::Shell done = test::shell(command);
    return {done.exit_code, done.out};
}

// 1,000 files: clean carts, carts with schema errors, broken JSON, in nested folders, plus
// files a directory run must skip.
fs::path make_tree() {
    fs::path root = fs::temp_directory_path() / ("cartlint-batch-" + std::to_string(::getpid()));
    fs::remove_all(root);
    const std::string clean = test::read_file(test::source_path("corpus/valid/cart-minimal.json"));
    const std::string invalid = test::read_file(test::source_path("corpus/schema/required-quantity.json"));
    const std::string broken = test::read_file(test::source_path("corpus/docs/en-response-body.json"));
    for (int i = 0; i < 1000; ++i) {
        fs::path dir = root / ("group-" + std::to_string(i % 7)) / (i % 2 ? "a" : "b");
        fs::create_directories(dir);
        std::ofstream(dir / ("cart-" + std::to_string(1000 + i) + ".json")) << (i % 10 == 3 ? invalid : i % 10 == 7 ? broken : clean);
    }
    std::ofstream(root / "notes.txt") << "not json";
    fs::create_directories(root / ".hidden");
    std::ofstream(root / ".hidden" / "skip.json") << "{";
    fs::create_directories(root / "node_modules");
    std::ofstream(root / "node_modules" / "skip.json") << "{";
    return root;
}

}  // namespace

TEST_CASE("batch: a directory of 1,000 mixed files in one command, in every format", "[batch]") {
    fs::path root = make_tree();
    Run json = cli("--format json --jobs 2 .", root.string());
    CHECK(json.code == exit_code::findings);
    rapidjson::Document doc;
    doc.Parse(json.out.c_str(), json.out.size());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(doc["summary"]["files"].GetInt() == 1000);  // .txt, hidden and node_modules skipped
    std::size_t with_errors = 0;
    for (const auto& f : doc["files"].GetArray()) with_errors += f["diagnostics"].Size() > 0;
    CHECK(with_errors == 200);  // 100 invalid + 100 broken
    // Sorted: the order does not depend on the file system or on the threads.
    CHECK(std::string(doc["files"][0]["path"].GetString()) < std::string(doc["files"][1]["path"].GetString()));

    for (const char* format : {"text", "sarif", "github", "junit"}) {
        CAPTURE(format);
        Run run = cli(std::string("--format ") + format + " .", root.string());
        CHECK(run.code == exit_code::findings);
        CHECK(run.out.size() > 1000);
    }
    Run junit = cli("--format junit .", root.string());
    CHECK_THAT(junit.out, Catch::Contains("tests=\"1000\" failures=\"200\""));
    Run sarif = cli("--format sarif .", root.string());
    rapidjson::Document s;
    s.Parse(sarif.out.c_str(), sarif.out.size());
    REQUIRE_FALSE(s.HasParseError());
    CHECK(s["runs"][0]["results"].Size() >= 200);

    // --ext: a directory contributes other extensions only when asked.
    CHECK(cli("--format json --ext txt .", root.string()).out.find("\"files\":1") != std::string::npos);
    fs::remove_all(root);
}

TEST_CASE("batch: --jobs gives the same output as a single job", "[batch]") {
    fs::path root = make_tree();
    Run one = cli("--format json --jobs 1 .", root.string());
    Run four = cli("--format json --jobs 4 .", root.string());
    CHECK(one.out == four.out);
    CHECK(cli("--jobs 0 .", root.string()).code == exit_code::usage);
    fs::remove_all(root);
}

TEST_CASE("batch: a broken and an unreadable file in the middle stop nothing", "[batch]") {
    fs::path root = fs::temp_directory_path() / ("cartlint-middle-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    fs::copy_file(test::source_path("corpus/valid/cart-minimal.json"), root / "a.json");
    fs::copy_file(test::source_path("corpus/docs/en-request-body.json"), root / "b.json");
    fs::copy_file(test::source_path("corpus/schema/required-quantity.json"), root / "d.json");
    Run run = cli("--format json a.json b.json missing.json d.json", root.string());
    CHECK(run.code == exit_code::usage);  // an unreadable input wins over findings
    rapidjson::Document doc;
    doc.Parse(run.out.c_str(), run.out.size());
    REQUIRE_FALSE(doc.HasParseError());
    REQUIRE(doc["files"].Size() == 4);
    CHECK(doc["files"][0]["diagnostics"].Size() == 0);
    CHECK(std::string(doc["files"][1]["diagnostics"][0]["rule"].GetString()) == "syntax/extra-braces");
    CHECK(std::string(doc["files"][2]["diagnostics"][0]["rule"].GetString()) == "io/unreadable");
    CHECK(std::string(doc["files"][3]["diagnostics"][0]["rule"].GetString()) == "schema/required");
    fs::remove_all(root);
}

TEST_CASE("batch: NDJSON findings carry the line of the stream", "[batch][ndjson]") {
    fs::path file = fs::temp_directory_path() / ("cartlint-" + std::to_string(::getpid()) + ".ndjson");
    std::ofstream(file) << test::read_file(test::source_path("corpus/schema/required-quantity.json")) << "\n\n"
                        << "{\"lineItems\":[]}\n"
                        << "{\"lineItems\":[{\"catalogItemId\":\"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P\",\"quantity\":1,\"billingCycle\":\"monthly\",\"termDuration\":\"P1M\"}]}\n"
                        << "{\"lineItems\": [,]}\n";
    Run run = cli("--ndjson --format json --stdin-filename stream.ndjson - < '" + file.string() + "'");
    rapidjson::Document doc;
    doc.Parse(run.out.c_str(), run.out.size());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(std::string(doc["files"][0]["path"].GetString()) == "stream.ndjson");
    std::vector<int> lines;
    for (const auto& d : doc["files"][0]["diagnostics"].GetArray()) lines.push_back(d["line"].GetInt());
    CHECK(lines == std::vector<int>{1, 4, 6, 6});  // the blank line 3 and clean line 5 add nothing
    fs::remove(file);
}

TEST_CASE("batch: --stats counts verdicts and rules and names the slowest inputs", "[batch][stats]") {
    // The context hints as findings, so that some inputs are "info only".
    Run run = cli("--stats --context-hints per-document corpus/valid corpus/docs corpus/syntax/nesting-too-deep.json no-such.json");
    CHECK(run.code == exit_code::usage);  // the unreadable input
    CHECK_THAT(run.out, Catch::Contains("inputs: 15 in"));
    CHECK_THAT(run.out, Catch::Contains("       3  clean"));
    CHECK_THAT(run.out, Catch::Contains("       3  info only"));  // context hints: no --customer-country here
    CHECK_THAT(run.out, Catch::Contains("       1  warnings"));   // cart/expired
    CHECK_THAT(run.out, Catch::Contains("       6  syntax errors"));
    CHECK_THAT(run.out, Catch::Contains("       1  limits"));
    CHECK_THAT(run.out, Catch::Contains("       1  unreadable"));
    CHECK_THAT(run.out, Catch::Contains("       2         2  syntax/missing-open-bracket"));
    CHECK_THAT(run.out, Catch::Contains("slowest inputs:"));
    // By default the hints are the run's notes, counted: those inputs are clean.
    Run noted = cli("--stats corpus/valid corpus/docs corpus/syntax/nesting-too-deep.json no-such.json");
    CHECK_THAT(noted.out, Catch::Contains("       6  clean"));
    CHECK_THAT(noted.out, Catch::Contains("       0  info only"));
    CHECK_THAT(noted.out, Catch::Contains("notes:\n"));
    CHECK_THAT(noted.out, Catch::Contains("documents name resellers: pass --provider-id"));
}
