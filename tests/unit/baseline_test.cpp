// Baselines (cartlint/baseline.hpp, --baseline, --write-baseline): a run's findings recorded, and
// a later run reporting only what is new; known findings survive edits elsewhere in the file.

#include "test_support.hpp"

#include <cartlint/baseline.hpp>
#include <cartlint/exit_codes.hpp>
#include <cartlint/stream.hpp>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace cartlint;
namespace fs = std::filesystem;

namespace {

const char* const broken_cart = R"({
  "id": "not-a-guid",
  "lineItems": [
    {"id": 0, "catalogItemId": "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", "quantity": 1, "billingCycle": "Monthly", "termDuration": "P1M"}
  ]
})";

const char* const clean_cart =
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})";

FileResult linted(std::string path, std::string_view text) {
    FileResult f;
    f.path = std::move(path);
    f.text = text;
    f.result = test::linter().lint(text);
    return f;
}

std::string baseline_of(const std::vector<FileResult>& files) {
    std::ostringstream out;
    BaselineWriter writer(out);
    for (const FileResult& f : files) {
        writer.begin_file(f.path);
        writer.piece(f);
        writer.end_file();
    }
    writer.finish();
    return out.str();
}

Baseline parsed(const std::string& text) {
    std::string error;
    auto b = Baseline::parse(text, "baseline.json", error);
    INFO(error);
    REQUIRE(b);
    return *b;
}

std::set<std::string> rules_of(const FileResult& f) {
    std::set<std::string> out;
    for (const Diagnostic& d : f.result.diagnostics) out.insert(d.rule);
    return out;
}

struct Scratch {
    Scratch() {
        char name[] = "/tmp/cartlint-baseline-XXXXXX";
        REQUIRE(::mkdtemp(name));
        root = name;
    }
    ~Scratch() { fs::remove_all(root); }
    void write(const std::string& name, const std::string& text) const { std::ofstream(root / name, std::ios::binary) << text; }
    fs::path root;
};

test::Shell cli(const Scratch& at, const std::string& args) {
    return test::shell("cd '" + at.root.string() + "' && '" + CARTLINT_BINARY + "' --no-config --format json " + args + " 2>&1");
}

}  // namespace

TEST_CASE("baseline: what it holds is taken out, nothing else", "[baseline]") {
    const FileResult before = linted("carts/a.json", broken_cart);
    REQUIRE(rules_of(before) == std::set<std::string>{"format/guid", "billing/non-canonical-cycle"});
    Baseline baseline = parsed(baseline_of({before}));
    CHECK(baseline.held() == 2);

    // The same findings, two lines further down and under another spelling of the path: known.
    const std::string moved = std::string("\n\n") + broken_cart;
    FileResult again = linted("./carts//a.json", moved);
    CHECK(baseline.absorb(again.path, again) == 2);
    CHECK(again.result.diagnostics.empty());
    CHECK(baseline.unmatched() == 0);

    // A new finding at another pointer is reported; the known one is not (each is taken once).
    Baseline fresh = parsed(baseline_of({before}));
    std::string worse = broken_cart;
    worse.replace(worse.find("\"quantity\": 1"), 13, "\"quantity\": 0");
    FileResult changed = linted("carts/a.json", worse);
    CHECK(fresh.absorb(changed.path, changed) == 2);
    CHECK(rules_of(changed) == std::set<std::string>{"quantity/range"});

    // Another file with the same findings is not in the baseline.
    Baseline other = parsed(baseline_of({before}));
    FileResult elsewhere = linted("carts/b.json", broken_cart);
    CHECK(other.absorb(elsewhere.path, elsewhere) == 0);
    CHECK(elsewhere.result.diagnostics.size() == 2);
    CHECK(other.unmatched() == 2);
}

TEST_CASE("baseline: a count takes that many, a stream's documents keep their own", "[baseline]") {
    const std::string line = R"({"id":"x","lineItems":[]})";
    const std::string two = line + "\n" + line + "\n";
    auto stream_piece = [](const std::string& text) {
        FileResult part;
        part.path = "s.ndjson";
        (void)lint_ndjson_chunks(test::linter(), [&, done = false](char* buffer, std::size_t capacity, std::string&) mutable -> std::size_t {
            if (done) return 0;
            done = true;
            REQUIRE(text.size() <= capacity);
            std::copy(text.begin(), text.end(), buffer);
            return text.size();
        }, [&](StreamChunk& c) {
            part.documents = std::move(c.documents);
            part.result = std::move(c.result);
            part.lines = std::move(c.lines);
            return true;
        });
        return part;
    };
    const FileResult recorded = stream_piece(two);
    REQUIRE(recorded.documents.size() == 2);
    const std::string text = baseline_of({recorded});
    CHECK(text.find("\"count\":2") != std::string::npos);

    // Three documents with the finding, a baseline of two: the third is reported, in its document.
    Baseline baseline = parsed(text);
    FileResult three = stream_piece(two + line + "\n");
    REQUIRE(three.documents.size() == 3);
    const std::size_t per_document = three.documents[0].findings;
    REQUIRE(per_document > 0);
    CHECK(baseline.absorb("s.ndjson", three) == 2 * per_document);
    CHECK(three.result.diagnostics.size() == per_document);
    CHECK(three.documents[0].findings == 0);
    CHECK(three.documents[1].findings == 0);
    CHECK(three.documents[2].findings == per_document);
}

TEST_CASE("baseline: a finding without a pointer is known by its line's text, bytes that are not UTF-8 too", "[baseline]") {
    const std::string text = "{\"id\": \"\xff\xfe\", \"lineItems\": [] ,}";
    const FileResult before = linted("bad.json", text);
    REQUIRE_FALSE(before.result.diagnostics.empty());
    bool line_anchored = false;
    for (const Diagnostic& d : before.result.diagnostics) line_anchored |= d.pointer.empty();
    REQUIRE(line_anchored);
    const std::string written = baseline_of({before});
    CHECK(written.find("\"line\":") != std::string::npos);
    Baseline baseline = parsed(written);
    const std::string indented = "  " + text;  // trimmed, still the same line
    FileResult again = linted("bad.json", indented);
    CHECK(baseline.absorb("bad.json", again) == before.result.diagnostics.size());
    CHECK(again.result.diagnostics.empty());
}

TEST_CASE("baseline: the file passes its schema; a broken one is refused with where and why", "[baseline]") {
    const std::string written = baseline_of({linted("a.json", broken_cart), linted("b.json", "{\"lineItems\": [}")});
    rapidjson::Document doc, schema_doc;
    doc.Parse(written.c_str(), written.size());
    REQUIRE_FALSE(doc.HasParseError());
    const std::string schema_text = test::read_file(test::source_path("schemas/reports/baseline.schema.json"));
    schema_doc.Parse(schema_text.c_str(), schema_text.size());
    REQUIRE_FALSE(schema_doc.HasParseError());
    valijson::Schema schema;
    valijson::SchemaParser(valijson::SchemaParser::kDraft7).populateSchema(valijson::adapters::RapidJsonAdapter(schema_doc), schema);
    CHECK(valijson::Validator().validate(schema, valijson::adapters::RapidJsonAdapter(doc), nullptr));
    // One entry a line, for readable diffs.
    CHECK(std::count(written.begin(), written.end(), '\n') == static_cast<long>(doc["findings"].Size()) + 2);

    for (const auto& [text, says] : std::vector<std::pair<std::string, std::string>>{
             {"{\n  \"version\": 1,\n  \"findings\": [\n", "baseline.json:4:1: not JSON"},
             {"[]", "a JSON object"},
             {R"({"version":2,"findings":[]})", "\"version\" is 1"},
             {R"({"version":1})", "\"findings\" is an array"},
             {R"({"version":1,"findings":[],"extra":0})", "no member \"extra\""},
             {R"({"version":1,"findings":[{"file":"a","rule":"r"}]})", "findings[0]: an entry has a \"pointer\" or a \"line\""},
             {R"({"version":1,"findings":[{"file":"a","rule":"r","pointer":"","line":""}]})", "one of them"},
             {R"({"version":1,"findings":[{"file":"a","rule":"r","pointer":"/x","count":0}]})", "\"count\" is a whole number of at least 1"},
             {R"({"version":1,"findings":[{"file":"","rule":"r","pointer":"/x"}]})", "\"file\" is a non-empty string"},
             {R"({"version":1,"findings":[{"file":"a","rule":"r","pointer":"/x","why":"ok"}]})", "no member \"why\""}}) {
        CAPTURE(text);
        std::string error;
        CHECK_FALSE(Baseline::parse(text, "baseline.json", error));
        CHECK_THAT(error, Catch::StartsWith("baseline.json") && Catch::Contains(says));
    }
    // Hand-written, with the count left out (one) and the same finding twice (their sum).
    std::string error;
    auto hand = Baseline::parse(R"({"version":1,"findings":[{"file":"a","rule":"r","pointer":"/x"},{"file":"./a","rule":"r","pointer":"/x","count":2}]})",
                                "b", error);
    REQUIRE(hand);
    CHECK(hand->held() == 3);
}

TEST_CASE("baseline: paths are normal, relative and '/'-separated", "[baseline]") {
    CHECK(baseline_path("./payloads//a.json") == "payloads/a.json");
    CHECK(baseline_path("payloads/x/../a.json") == "payloads/a.json");
    CHECK(baseline_path("a.json") == "a.json");
    CHECK(baseline_path("-") == "-");
}

TEST_CASE("cli: --write-baseline, then --baseline reports only new findings", "[baseline][cli]") {
    Scratch at;
    at.write("a.json", broken_cart);
    at.write("ok.json", clean_cart);

    // Writing the baseline accepts the run: exit 0 even with errors, the report as usual.
    test::Shell wrote = cli(at, "--write-baseline base.json a.json ok.json");
    CHECK(wrote.exit_code == exit_code::ok);
    CHECK_THAT(wrote.out, Catch::Contains("format/guid") && Catch::Contains("wrote the baseline base.json (2 findings)"));
    REQUIRE(fs::exists(at.root / "base.json"));
    for (const auto& entry : fs::directory_iterator(at.root)) CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);

    test::Shell same = cli(at, "--baseline base.json ./a.json ok.json");
    CHECK(same.exit_code == exit_code::ok);
    CHECK_THAT(same.out, Catch::Contains("\"errors\":0") && Catch::Contains("2 findings held by the baseline not reported"));

    // A new error fails the run, and only it is reported.
    std::string worse = broken_cart;
    worse.replace(worse.find("\"quantity\": 1"), 13, "\"quantity\": 0");
    at.write("a.json", "\n" + worse);
    test::Shell newer = cli(at, "--baseline base.json a.json ok.json");
    CHECK(newer.exit_code == exit_code::findings);
    CHECK_THAT(newer.out, Catch::Contains("quantity/range") && !Catch::Contains("format/guid"));

    // Fixed findings are counted as not seen; --write-baseline with --baseline refreshes it.
    at.write("a.json", clean_cart);
    test::Shell fixed = cli(at, "--baseline base.json a.json ok.json");
    CHECK(fixed.exit_code == exit_code::ok);
    CHECK_THAT(fixed.out, Catch::Contains("2 it holds not seen in this run"));
    CHECK(cli(at, "--baseline base.json --write-baseline base.json a.json ok.json").exit_code == exit_code::ok);
    CHECK_THAT(test::read_file((at.root / "base.json").string()), Catch::Contains("\"findings\":[\n]}"));
}

TEST_CASE("cli: a baseline that cannot be read, parsed or written is exit 2, and nothing is overwritten", "[baseline][cli]") {
    Scratch at;
    at.write("a.json", broken_cart);
    at.write("broken.json", "{\"version\":1,");

    test::Shell missing = cli(at, "--baseline nowhere.json a.json");
    CHECK(missing.exit_code == exit_code::usage);
    CHECK_THAT(missing.out, Catch::Contains("cannot read the baseline nowhere.json"));
    test::Shell broken = cli(at, "--baseline broken.json a.json");
    CHECK(broken.exit_code == exit_code::usage);
    CHECK_THAT(broken.out, Catch::Contains("broken.json:1:14: not JSON"));
    CHECK(cli(at, "--baseline '' a.json").exit_code == exit_code::usage);

    // The baseline naming an input would replace a payload: refused, the payload intact.
    test::Shell over = cli(at, "--write-baseline a.json a.json");
    CHECK(over.exit_code == exit_code::usage);
    CHECK(test::read_file((at.root / "a.json").string()) == broken_cart);
    test::Shell nodir = cli(at, "--write-baseline no/such/dir/base.json a.json");
    CHECK(nodir.exit_code == exit_code::usage);
    CHECK_THAT(nodir.out, Catch::Contains("cannot write the baseline no/such/dir/base.json"));
}

TEST_CASE("cli: in a stream, a syntax finding is known by its own line's text", "[baseline][cli]") {
    // The stream's chunks keep the lines with findings for the baseline (a json report needs none):
    // without them every syntax finding of a rule would share one empty anchor.
    Scratch at;
    const std::string clean = clean_cart;
    at.write("s.ndjson", clean + "\n{\"lineItems\": [1,]}\n");
    REQUIRE(cli(at, "--ndjson --write-baseline base.json s.ndjson").exit_code == exit_code::ok);
    CHECK_THAT(test::read_file((at.root / "base.json").string()), Catch::Contains(R"("line":"{\"lineItems\": [1,]}")"));
    // Another line with the same rule's fault is new; the known one moved down is not.
    at.write("s.ndjson", "{\"id\": [,]}\n" + clean + "\n{\"lineItems\": [1,]}\n");
    test::Shell run = cli(at, "--ndjson --baseline base.json s.ndjson");
    CHECK(run.exit_code == exit_code::findings);
    CHECK_THAT(run.out, Catch::Contains("\"line\":1,") && !Catch::Contains("\"line\":3,"));
    for (const char* format : {"gitlab", "sarif", "json"}) {
        CAPTURE(format);
        CHECK(cli(at, std::string("--ndjson --baseline base.json s.ndjson --format ") + format).exit_code == exit_code::findings);
    }
}
