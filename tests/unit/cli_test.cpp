// The cartlint command: exit codes and the JSON output contract.

#include "test_support.hpp"

#include <cartlint/exit_codes.hpp>
#include <cartlint/rule_list.hpp>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <array>
#include <fstream>
#include <sstream>
#include <utility>
#include <cstdio>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdlib>

using namespace cartlint;

namespace {

struct Run {
    int exit_code = -1;
    std::string out;
};

// Runs the CLI through the shell; `args` must already be quoted where needed.
Run cartlint_cli(const std::string& args, const std::string& stdin_text = "") {
    std::string command = std::string("cd '") + CARTLINT_SOURCE_DIR + "' && ";
    if (!stdin_text.empty()) command += "printf '%s' '" + stdin_text + "' | ";
    command += std::string("'") + CARTLINT_BINARY + "' --no-config " + args + " 2>/dev/null";
    const test::Shell done = test::shell(command);
    return {done.exit_code, done.out};
}

}  // namespace

TEST_CASE("cli: exit codes", "[cli]") {
    CHECK(cartlint_cli("corpus/valid/cart-minimal.json").exit_code == exit_code::ok);
    CHECK(cartlint_cli("corpus/schema/required-quantity.json").exit_code == exit_code::findings);
    CHECK(cartlint_cli("corpus/syntax/missing-comma.json").exit_code == exit_code::findings);
    CHECK(cartlint_cli("corpus/valid/cart-minimal.json corpus/schema/required-quantity.json").exit_code == exit_code::findings);
    CHECK(cartlint_cli("no/such/file.json").exit_code == exit_code::usage);
    CHECK(cartlint_cli("corpus/valid").exit_code == exit_code::ok);  // a directory: its *.json files
    CHECK(cartlint_cli("").exit_code == exit_code::usage);
    CHECK(cartlint_cli("--format yaml corpus/valid/cart-minimal.json").exit_code == exit_code::usage);
    CHECK(cartlint_cli("--kind basket corpus/valid/cart-minimal.json").exit_code == exit_code::usage);
    CHECK(cartlint_cli("--frobnicate corpus/valid/cart-minimal.json").exit_code == exit_code::usage);
    CHECK(cartlint_cli("--format").exit_code == exit_code::usage);
    CHECK(cartlint_cli("--help").exit_code == exit_code::ok);
    CHECK(cartlint_cli("--version").exit_code == exit_code::ok);
}

TEST_CASE("cli: an unreadable file does not hide the others", "[cli]") {
    Run run = cartlint_cli("--format json no/such/file.json corpus/schema/required-quantity.json");
    CHECK(run.exit_code == exit_code::usage);
    rapidjson::Document out;
    out.Parse(run.out.c_str());
    REQUIRE_FALSE(out.HasParseError());
    REQUIRE(out["files"].Size() == 2);
    CHECK(std::string(out["files"][0]["diagnostics"][0]["rule"].GetString()) == "io/unreadable");
    CHECK(std::string(out["files"][1]["diagnostics"][0]["rule"].GetString()) == "schema/required");
}

TEST_CASE("cli: the JSON output contract", "[cli][json]") {
    Run run = cartlint_cli("--format json corpus/schema/required-quantity.json corpus/valid/cart-line-item.json");
    CHECK(run.exit_code == exit_code::findings);
    rapidjson::Document out;
    out.Parse(run.out.c_str());
    REQUIRE_FALSE(out.HasParseError());
    REQUIRE(out.IsObject());
    REQUIRE(out["files"].IsArray());
    REQUIRE(out["files"].Size() == 2);

    const auto& file = out["files"][0];
    CHECK(std::string(file["path"].GetString()) == "corpus/schema/required-quantity.json");
    CHECK(std::string(file["kind"].GetString()) == "cart");
    REQUIRE(file["diagnostics"].Size() == 1);
    const auto& d = file["diagnostics"][0];
    CHECK(std::string(d["rule"].GetString()) == "schema/required");
    CHECK(std::string(d["severity"].GetString()) == "error");
    CHECK(std::string(d["pointer"].GetString()) == "/lineItems/0");
    CHECK(d["line"].GetInt() == 1);
    CHECK(d["column"].GetInt() == 15);
    CHECK(d["message"].IsString());
    CHECK(d["endLine"].IsInt());
    CHECK(d["endColumn"].IsInt());

    CHECK(std::string(out["files"][1]["kind"].GetString()) == "cart-line-item");
    CHECK(out["files"][1]["diagnostics"].Size() == 0);

    const auto& summary = out["summary"];
    CHECK(summary["files"].GetInt() == 2);
    CHECK(summary["errors"].GetInt() == 1);
    CHECK(summary["warnings"].GetInt() == 0);
    CHECK(summary["infos"].GetInt() == 0);
}

TEST_CASE("cli: JSON output stays valid JSON for bytes that are not UTF-8", "[cli][json]") {
    Run run = cartlint_cli("--format json corpus/syntax/invalid-utf8.json");
    rapidjson::Document out;
    out.Parse<rapidjson::kParseValidateEncodingFlag>(run.out.c_str());
    CHECK_FALSE(out.HasParseError());
}

TEST_CASE("cli: standard input and --kind", "[cli]") {
    Run run = cartlint_cli("--format json --kind order -", R"({"lineItems":[{"offerId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P"}]})");
    CHECK(run.exit_code == exit_code::findings);
    rapidjson::Document out;
    out.Parse(run.out.c_str());
    REQUIRE_FALSE(out.HasParseError());
    CHECK(std::string(out["files"][0]["path"].GetString()) == "-");
    CHECK(std::string(out["files"][0]["kind"].GetString()) == "order");
    CHECK(std::string(out["files"][0]["diagnostics"][0]["message"].GetString()).find("'quantity'") != std::string::npos);
}

TEST_CASE("cli: text output names file - line - column - severity - rule - pointer and shows the line", "[cli][text]") {
    Run run = cartlint_cli("--color never corpus/schema/enum-term-duration.json");
    CHECK_THAT(run.out, Catch::StartsWith("corpus/schema/enum-term-duration.json:7:23: error: "));
    CHECK_THAT(run.out, Catch::Contains("[schema/enum]"));
    CHECK_THAT(run.out, Catch::Contains("at /lineItems/0/termDuration"));
    CHECK_THAT(run.out, Catch::Contains("\"termDuration\": \"P1W\""));
    CHECK_THAT(run.out, Catch::Contains("^~~~~"));
    CHECK(run.out.find("\x1b[") == std::string::npos);  // no colour unless asked or on a terminal
    CHECK(cartlint_cli("--color always corpus/schema/enum-term-duration.json").out.find("\x1b[") != std::string::npos);
}

// The README's rule reference is generated: regenerate it with
//   cartlint --list-rules --format markdown   (between the rules:begin/end markers)
TEST_CASE("cli: the README's rule table is the one --list-rules --format markdown generates", "[cli][readme]") {
    const std::string readme = test::read_file(test::source_path("README.md"));
    const std::string begin = "<!-- rules:begin -->\n", end = "<!-- rules:end -->";
    const auto a = readme.find(begin), b = readme.find(end);
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    const std::string in_readme = readme.substr(a + begin.size(), b - a - begin.size());
    const Run generated = cartlint_cli("--list-rules --format markdown");
    CHECK(generated.exit_code == exit_code::ok);
    CHECK(in_readme == generated.out);
    // Each row carries what the service does.
    CHECK(generated.out.find("| `quirk/doc-table-name` | error |") != std::string::npos);
    CHECK(generated.out.find("900142") != std::string::npos);
}

TEST_CASE("cli: --list-rules prints the library's rule list in each format", "[cli][rule-list]") {
    const std::pair<const char*, RuleListFormat> cases[] = {
        {"--list-rules", RuleListFormat::text},
        {"--list-rules --format json", RuleListFormat::json},
        {"--list-rules --format markdown", RuleListFormat::markdown},
        {"--list-rules --format sarif", RuleListFormat::text},  // no listing of its own
    };
    for (const auto& [args, format] : cases) {
        CAPTURE(args);
        std::ostringstream library;
        write_rule_list(library, format);
        const Run run = cartlint_cli(args);
        CHECK(run.exit_code == exit_code::ok);
        CHECK(run.out == library.str());
    }
}

TEST_CASE("cli: a doc-table name instead of the API's is an error at that property", "[cli][quirk]") {
    const Run catalog = cartlint_cli("--format json corpus/rules/quirk/doc-table-name.json");
    CHECK(catalog.exit_code == exit_code::findings);
    CHECK(catalog.out.find(R"("rule":"quirk/doc-table-name","severity":"error")") != std::string::npos);
    CHECK(catalog.out.find(R"("pointer":"/lineItems/0/catalogId")") != std::string::npos);
    const Run spanish = cartlint_cli("--format json corpus/rules/quirk/doc-table-name-spanish.json");
    CHECK(spanish.exit_code == exit_code::findings);
    CHECK(spanish.out.find(R"("pointer":"/lineItems/0/cantidad")") != std::string::npos);
    // Only the case differs: the service binds it, a warning and exit 0.
    CHECK(cartlint_cli("corpus/rules/quirk/doc-table-case.json --now 2018-03-16T00:00:00Z").exit_code == exit_code::ok);
}

TEST_CASE("cli: --help, --list-rules and --explain exit 2 when standard output is full", "[cli][output]") {
    for (const char* args : {"--help", "--list-rules", "--explain quantity/range", "--version"}) {
        CAPTURE(args);
        const std::string command = std::string("'") + CARTLINT_BINARY + "' " + args + " >/dev/full 2>/dev/null";
        const int status = std::system(command.c_str());
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == exit_code::usage);
    }
}

#if defined(__SANITIZE_ADDRESS__)
#define CARTLINT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CARTLINT_ASAN 1
#endif
#endif

TEST_CASE("cli: out of memory is a finding or exit 2, never an abort", "[cli][memory]") {
#ifdef CARTLINT_ASAN
    WARN("skipped under AddressSanitizer, which reserves more address space than the limit this test sets");
#else
    char name[] = "/tmp/cartlint-oom-XXXXXX";
    const int fd = ::mkstemp(name);
    REQUIRE(fd >= 0);
    std::string text = R"({"lineItems":[)";
    for (int i = 0; i < 60000; ++i)
        text += (i ? "," : "") + std::string(R"({"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":"2","billingCycle":"Monthly","termDuration":"P1W","x":1})");
    text += "]}";
    REQUIRE(::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::close(fd);
    // 150 MB of address space: too little for this document's findings.
    const std::string command = std::string("ulimit -v 150000; '") + CARTLINT_BINARY + "' --no-config '" + name + "' >/dev/null 2>&1";
    const int status = std::system(command.c_str());
    ::unlink(name);
    REQUIRE(WIFEXITED(status));  // not killed by SIGABRT
    CHECK((WEXITSTATUS(status) == exit_code::findings || WEXITSTATUS(status) == exit_code::usage));
#endif
}

// A directory that cannot be read is reported like a file that cannot be read: io/unreadable and
// exit 2, and the rest of the tree is still checked.
TEST_CASE("cli: an unreadable subdirectory is io/unreadable and exit 2, not skipped", "[cli][io]") {
    char name[] = "/tmp/cartlint-dirs-XXXXXX";
    REQUIRE(::mkdtemp(name));
    const std::string root = name;
    REQUIRE(std::system(("mkdir -p '" + root + "/ok' '" + root + "/closed' && echo '{\"lineItems\":[]}' > '" + root +
                         "/ok/a.json' && echo '{}' > '" + root + "/closed/b.json' && chmod 755 '" + root + "' '" + root +
                         "/ok' && chmod 644 '" + root + "/ok/a.json' && chmod 000 '" + root + "/closed'")
                            .c_str()) == 0);
    // root reads any directory: run as nobody to see the refusal (if nobody may run the binary
    // where this build lives; a build under /root may not be reachable for it).
    const std::string as = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
    if (!as.empty() && std::system((as + "'" + CARTLINT_BINARY + "' --version >/dev/null 2>&1").c_str()) != 0) {
        WARN("skipped: running as root, and user nobody cannot run " << CARTLINT_BINARY);
        std::system(("chmod 755 '" + root + "/closed' && rm -rf '" + root + "'").c_str());
        return;
    }
    const std::string command = as + "'" + CARTLINT_BINARY + "' --no-config --format json '" + root + "' 2>/dev/null";
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    std::system(("chmod 755 '" + root + "/closed' && rm -rf '" + root + "'").c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == exit_code::usage);
    CHECK(out.find(R"("rule":"io/unreadable")") != std::string::npos);
    CHECK(out.find("closed") != std::string::npos);
    CHECK(out.find("a.json") != std::string::npos);  // the readable part is still checked
}

// Override globs match the path relative to the configuration's directory, normalised: however the
// file is named on the command line, and from wherever cartlint runs.
TEST_CASE("cli: override globs match relative to the configuration, however the path is written", "[cli][config][glob]") {
    char name[] = "/tmp/cartlint-globs-XXXXXX";
    REQUIRE(::mkdtemp(name));
    const std::string root = name;
    REQUIRE(std::system(("mkdir -p '" + root + "/sub' && echo '{\"overrides\":[{\"files\":[\"sub/c.json\"],\"rules\":{\"schema/min-items\":\"off\"}}]}' > '" +
                         root + "/.cartlint.json' && echo '{\"lineItems\":[]}' > '" + root + "/sub/c.json'")
                            .c_str()) == 0);
    auto exit_of = [&](const std::string& dir, const std::string& path) {
        const int status = std::system(("cd '" + dir + "' && '" + CARTLINT_BINARY + "' '" + path + "' >/dev/null 2>&1").c_str());
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };
    for (const std::string& path : std::vector<std::string>{"sub/c.json", "sub//c.json", "./sub/c.json", root + "/sub/c.json"}) {
        CAPTURE(path);
        CHECK(exit_of(root, path) == exit_code::ok);  // the override turned the only error off
    }
    CHECK(exit_of(root + "/sub", "c.json") == exit_code::ok);
    std::system(("rm -rf '" + root + "'").c_str());
}

// A file name is the user's bytes as much as a payload: a CI runner reads workflow commands from
// standard error as well as standard output, so no message may carry a raw line break or ESC
// from a name (a file named "a\n::error file=README.md,line=1::forged.json" forged one).
TEST_CASE("cli: control characters in file names are escaped on standard error, in --stats and in the diff", "[cli][escape]") {
    char name[] = "/tmp/cartlint-names-XXXXXX";
    REQUIRE(::mkdtemp(name));
    const std::string dir = name;
    const std::string hostile = "a\n::error file=README.md,line=1::forged\x1b[2J.json";
    {
        std::ofstream(dir + "/" + hostile, std::ios::binary)
            << R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"},]})";
    }
    auto both_streams = [&](const std::string& args) {
        // The glob names the file: no shell quoting of the line break needed.
        const std::string command = "cd '" + dir + "' && '" + CARTLINT_BINARY + "' --no-config " + args + " ./a* 2>&1";
        FILE* pipe = ::popen(command.c_str(), "r");
        std::string out;
        if (!pipe) return out;
        std::array<char, 4096> buffer;
        std::size_t n;
        while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
        ::pclose(pipe);
        return out;
    };
    // --fix last: afterwards nothing is left to report.
    for (const std::string& args : {std::string(""), std::string("--fix-dry-run"), std::string("--stats"), std::string("--fix")}) {
        CAPTURE(args);
        const std::string out = both_streams(args);
        CAPTURE(out);
        CHECK(out.find("a\\n::error file=README.md,line=1::forged\\u001b[2J.json") != std::string::npos);  // named, escaped
        CHECK(out.find("\n::error") == std::string::npos);
        CHECK(out.find('\x1b') == std::string::npos);
    }
    // Unreadable: the "cannot read" message names it too.
    REQUIRE(::chmod((dir + "/" + hostile).c_str(), 0) == 0);
    const std::string as = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
    if (as.empty() || std::system((as + "'" + CARTLINT_BINARY + "' --version >/dev/null 2>&1").c_str()) == 0) {
        REQUIRE(::chmod(dir.c_str(), 0755) == 0);
        const std::string command = "cd '" + dir + "' && " + as + "'" + CARTLINT_BINARY + "' --no-config ./a* 2>&1";
        const std::string out = test::shell(command).out;
        CAPTURE(out);
        CHECK(out.find("cannot read") != std::string::npos);
        CHECK(out.find("\n::error") == std::string::npos);
        CHECK(out.find('\x1b') == std::string::npos);
    }
    std::system(("rm -rf '" + dir + "'").c_str());
}

TEST_CASE("cli: --fix-dry-run prints the diffs in input order, whatever the jobs", "[cli][fix]") {
    // The syntax corpus: many files, most with safe fixes, of very different sizes.
    const Run one = cartlint_cli("--fix-dry-run --jobs 1 corpus/syntax corpus/rules/quirk");
    REQUIRE(one.out.size() > 1000);
    for (int attempt = 0; attempt < 5; ++attempt) {
        const Run four = cartlint_cli("--fix-dry-run --jobs 4 corpus/syntax corpus/rules/quirk");
        CHECK(four.exit_code == one.exit_code);
        CHECK(four.out == one.out);
    }
}
