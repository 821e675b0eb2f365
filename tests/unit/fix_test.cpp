// --fix and --fix-dry-run on the seed pages' samples: valid JSON afterwards, every value kept.

#include "test_support.hpp"

#include <cartlint/exit_codes.hpp>
#include <cartlint/fix.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <rapidjson/document.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>

using namespace cartlint;
namespace fs = std::filesystem;

namespace {

int run(const std::string& args, std::string* out = nullptr) {
    std::string command = std::string("'") + CARTLINT_BINARY + "' --no-config " + args + " 2>/dev/null";
    test::Shell done = test::shell(command);
    if (out) *out += done.out;
    return done.exit_code;
}

// The values of a JSON-like text in order, as written: strings that are not property names,
// numbers and literals. Independent of cartlint's own parser on purpose.
std::vector<std::string> value_tokens(std::string_view t) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < t.size();) {
        char c = t[i];
        if (c == '"') {
            std::size_t j = i + 1;
            while (j < t.size() && t[j] != '"') j += t[j] == '\\' ? 2 : 1;
            std::string token(t.substr(i, j + 1 - i));
            std::size_t k = j + 1;
            while (k < t.size() && (t[k] == ' ' || t[k] == '\n' || t[k] == '\r' || t[k] == '\t')) ++k;
            if (k >= t.size() || t[k] != ':') out.push_back(token);
            i = j + 1;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') {
            std::size_t j = i;
            while (j < t.size() && (std::isalnum(static_cast<unsigned char>(t[j])) || t[j] == '-' || t[j] == '.' || t[j] == '+')) ++j;
            out.emplace_back(t.substr(i, j - i));
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

fs::path scratch_dir() {
    fs::path dir = fs::temp_directory_path() / ("cartlint-fix-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("fix: every doc sample becomes valid JSON that keeps every value", "[fix][docs]") {
    fs::path dir = scratch_dir();
    for (const char* lang : {"en", "es"}) {
        for (const char* sample : {"checkout-sample", "request-body", "response-body"}) {
            std::string name = std::string(lang) + "-" + sample + ".json";
            CAPTURE(name);
            const std::string original = test::read_file(test::source_path("corpus/docs/" + name));
            fs::path copy = dir / name;
            fs::copy_file(test::source_path("corpus/docs/" + name), copy);
            ::chmod(copy.c_str(), 0640);

            std::string diff;
            run("--fix-dry-run '" + copy.string() + "'", &diff);
            CHECK_THAT(diff, Catch::StartsWith("--- "));
            CHECK(test::read_file(copy.string()) == original);  // a dry run changes nothing

            int code = run("--fix --now 2018-03-16T00:00:00Z '" + copy.string() + "'");
            const std::string fixed = test::read_file(copy.string());
            CHECK(fixed != original);
            rapidjson::Document dom;
            dom.Parse(fixed.c_str(), fixed.size());
            CHECK_FALSE(dom.HasParseError());
            CHECK(value_tokens(fixed) == value_tokens(original));
            struct stat st{};
            REQUIRE(::stat(copy.c_str(), &st) == 0);
            CHECK((st.st_mode & 0777) == 0640);

            LintOptions options;
            options.now = parse_timestamp("2018-03-16T00:00:00Z");
            auto after = test::linter().lint(fixed, options);
            CHECK(after.count(Severity::error) == 0);
            CHECK(code == exit_code::ok);
            for (const auto& d : after.diagnostics) CHECK(d.rule.rfind("syntax/", 0) != 0);
        }
    }
    // No temporary file is left beside the fixed ones.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++files;
    CHECK(files == 6);
    fs::remove_all(dir);
}

TEST_CASE("fix: value-changing suggestions are never applied by --fix", "[fix]") {
    fs::path dir = scratch_dir();
    fs::path file = dir / "cart.json";
    const std::string original =
        R"({'LineItems': [{"catalogItemId": "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", "quantity": "2", "billingCycle": "Monthly", "termDuration": "P1M",}]})";
    std::ofstream(file) << original;
    run("--fix '" + file.string() + "'");
    const std::string fixed = test::read_file(file.string());
    CHECK(fixed == R"({"lineItems": [{"catalogItemId": "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", "quantity": "2", "billingCycle": "Monthly", "termDuration": "P1M"}]})");
    auto after = test::linter().lint(fixed);
    CHECK(test::with_rule(after, "quantity/numeric-string").size() == 1);
    CHECK(test::with_rule(after, "billing/non-canonical-cycle").size() == 1);
    fs::remove_all(dir);
}

TEST_CASE("fix: standard input cannot be fixed in place", "[fix][cli]") {
    CHECK(run("--fix -") == exit_code::usage);
    CHECK(run("--fix --fix-dry-run x.json") == exit_code::usage);
}

// --fix reaches a fixed point: run again on its own output, it changes nothing (every corpus file,
// every fuzz seed and regression). And it never repairs into another document: where the input
// already parsed, the values stay exactly as they were.
TEST_CASE("fix: a second --fix changes nothing, on every corpus and fuzz input", "[fix][idempotent]") {
    std::size_t files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(test::source_path("corpus"))) {
        if (!entry.is_regular_file()) continue;
        const auto ext = entry.path().extension();
        const bool fuzz = entry.path().string().find("/fuzz/") != std::string::npos;
        if (ext != ".json" && !(fuzz && ext != ".dict")) continue;
        CAPTURE(entry.path().string());
        const std::string original = test::read_file(entry.path().string());
        const auto once = apply_safe_fixes(test::linter(), original, {});
        const auto twice = apply_safe_fixes(test::linter(), once.text, {});
        CHECK(twice.applied == 0);
        CHECK(twice.text == once.text);
        rapidjson::Document before;
        before.Parse(original.c_str(), original.size());
        if (!before.HasParseError() && original.find('\0') == std::string::npos) CHECK(value_tokens(once.text) == value_tokens(original));
        ++files;
    }
    CHECK(files > 100);
}

// Fixes that would change or invent a value are not safe: the number, the name stay whole.
TEST_CASE("fix: a safe fix never splits a token or invents a value", "[fix][tokens]") {
    const std::pair<const char*, const char*> cases[] = {
        {R"({"e": 0x1F})", R"({"e": 0x1F})"},        {R"({"e": 1_000})", R"({"e": 1_000})"},
        {R"({"e": -Infinity})", R"({"e": -Infinity})"}, {R"({"q": -})", R"({"q": -})"},
        {R"({café: 6})", R"({"café": 6})"},           {R"({"a":[1,2]]})", R"({"a":[1,2]})"},
        {R"({ {"a":1},{"b":2} })", R"({ {"a":1},{"b":2} })"}, {R"({"a": 010})", R"({"a": 010})"},
        {R"({"a": +1})", R"({"a": 1})"},
    };
    for (const auto& [input, expected] : cases) {
        CAPTURE(input);
        CHECK(apply_safe_fixes(test::linter(), input, {}).text == expected);
    }
}

// --fix --ndjson: each line is its own document, fixed on its own; records never merge or split.
TEST_CASE("fix: an NDJSON stream is fixed line by line, never across lines", "[fix][ndjson]") {
    const std::string text = "{\"a\":1,}\n{\"lineItems\":[],}\r\n\n[1 2]\n{\"x\": 1";
    const auto fixed = apply_safe_fixes_ndjson(test::linter(), text, {});
    CHECK(fixed.text == "{\"a\":1}\n{\"lineItems\":[]}\r\n\n[1, 2]\n{\"x\": 1");
    CHECK(fixed.applied == 3);
    CHECK(std::count(fixed.text.begin(), fixed.text.end(), '\n') == std::count(text.begin(), text.end(), '\n'));
    CHECK(apply_safe_fixes_ndjson(test::linter(), "[1]\n[2]\n", {}).text == "[1]\n[2]\n");
}
