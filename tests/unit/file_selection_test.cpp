// Which files the command checks and under which configuration, as ESLint and ruff decide it: each
// file's nearest .cartlint.json (not the working directory's), override and exclude globs relative
// to that file's directory, --exclude, and glob arguments expanded by cartlint. Nested directories.

#include "test_support.hpp"

#include <cartlint/exit_codes.hpp>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace cartlint;
namespace fs = std::filesystem;

namespace {

// "lineItems" must not be empty: one schema/min-items error and nothing else.
const std::string broken_cart = R"({"lineItems": []})";

struct Tree {
    fs::path root;
    Tree() {
        char name[] = "/tmp/cartlint-selection-XXXXXX";
        REQUIRE(::mkdtemp(name));
        root = name;
    }
    ~Tree() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    void write(const std::string& path, const std::string& text) const {
        fs::create_directories((root / path).parent_path());
        std::ofstream(root / path, std::ios::binary) << text;
    }
};

struct Checked {
    int exit_code = -1;
    std::map<std::string, std::vector<std::string>> files;  // path as reported -> "rule:severity" of each finding
};

// cartlint --format json ARGS, run in `dir`; the files it reported and their findings.
Checked check(const fs::path& dir, const std::string& args) {
    const test::Shell run = test::shell("cd '" + dir.string() + "' && '" + CARTLINT_BINARY + "' --format json " + args + " 2>/dev/null");
    Checked out{run.exit_code, {}};
    rapidjson::Document doc;
    doc.Parse(run.out.c_str());
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("files")) return out;
    for (const auto& file : doc["files"].GetArray()) {
        auto& findings = out.files[file["path"].GetString()];
        for (const auto& d : file["diagnostics"].GetArray())
            findings.push_back(std::string(d["rule"].GetString()) + ":" + d["severity"].GetString());
    }
    return out;
}

std::vector<std::string> paths(const Checked& c) {
    std::vector<std::string> out;
    for (const auto& [path, findings] : c.files) out.push_back(path);
    return out;
}

using Findings = std::vector<std::string>;
const Findings min_items_error{"schema/min-items:error"};
const Findings min_items_warning{"schema/min-items:warning"};

// The tree every case below uses:
//   .cartlint.json            schema/min-items is a warning; excludes "vendor" and "*.skip.json"
//   payloads/a.json, payloads/x.skip.json, vendor/v.json, deep/er/est/d.json, deep/er/est/d.txt
//   team/.cartlint.json       replaces the root's (min-items stays an error); excludes "fixtures";
//                             turns min-items off for "sub/b.json" (relative to team/)
//   team/c.json, team/sub/b.json, team/fixtures/f.json
void populate(const Tree& t) {
    t.write(".cartlint.json", R"({"rules": {"schema/min-items": "warning"}, "exclude": ["vendor", "*.skip.json"]})");
    t.write("team/.cartlint.json", R"({"exclude": ["fixtures/"], "overrides": [{"files": ["sub/b.json"], "rules": {"schema/min-items": "off"}}]})");
    for (const char* path : {"payloads/a.json", "payloads/x.skip.json", "vendor/v.json", "deep/er/est/d.json", "deep/er/est/d.txt",
                             "team/c.json", "team/sub/b.json", "team/fixtures/f.json"})
        t.write(path, broken_cart);
}

}  // namespace

TEST_CASE("cli: each file is checked under its nearest .cartlint.json, with its excludes", "[cli][config][selection]") {
    Tree t;
    populate(t);
    // A directory's files are named under it as written ("." gives "./…").
    const Checked all = check(t.root, ".");
    CHECK(paths(all) == std::vector<std::string>{"./deep/er/est/d.json", "./payloads/a.json", "./team/c.json", "./team/sub/b.json"});
    CHECK(all.files.at("./payloads/a.json") == min_items_warning);  // the root's configuration
    CHECK(all.files.at("./deep/er/est/d.json") == min_items_warning);
    CHECK(all.files.at("./team/c.json") == min_items_error);        // team's replaces it: not merged
    CHECK(all.files.at("./team/sub/b.json").empty());               // team's override, relative to team/
    CHECK(all.exit_code == exit_code::findings);

    // The same verdicts whatever the working directory: the file's directory decides.
    const Checked from_sub = check(t.root / "team/sub", "b.json ../c.json");
    CHECK(from_sub.files.at("b.json").empty());
    CHECK(from_sub.files.at("../c.json") == min_items_error);
    const Checked from_outside = check(t.root.parent_path(), "'" + (t.root / "team/sub/b.json").string() + "' '" +
                                                                 (t.root / "payloads/a.json").string() + "'");
    CHECK(from_outside.files.at((t.root / "team/sub/b.json").string()).empty());
    CHECK(from_outside.files.at((t.root / "payloads/a.json").string()) == min_items_warning);
    CHECK(from_outside.exit_code == exit_code::ok);

    // From team/, its configuration's "fixtures/" leaves the directory out; the root's "vendor" is
    // not team's concern, but a run from the root of team/../vendor still leaves it out.
    CHECK(paths(check(t.root / "team", ".")) == std::vector<std::string>{"./c.json", "./sub/b.json"});
    CHECK(paths(check(t.root / "team", "../vendor ../payloads")) == std::vector<std::string>{"../payloads/a.json"});

    // --config names one configuration for every file; --no-config none.
    const Checked named = check(t.root, "--config .cartlint.json team/c.json team/sub/b.json");
    CHECK(named.files.at("team/c.json") == min_items_warning);
    CHECK(named.files.at("team/sub/b.json") == min_items_warning);
    const Checked none = check(t.root, "--no-config team/sub/b.json vendor");
    CHECK(paths(none) == std::vector<std::string>{"team/sub/b.json", "vendor/v.json"});
    CHECK(none.files.at("team/sub/b.json") == min_items_error);
}

TEST_CASE("cli: excluded files named on the command line are left out, and --exclude adds globs", "[cli][config][selection]") {
    Tree t;
    populate(t);
    // As pre-commit passes them: each file by name. The excluded ones are not checked.
    const Checked named = check(t.root, "payloads/a.json payloads/x.skip.json vendor/v.json team/fixtures/f.json");
    CHECK(paths(named) == std::vector<std::string>{"payloads/a.json"});
    CHECK(named.exit_code == exit_code::ok);  // a warning only
    const Checked nothing_left = check(t.root, "payloads/x.skip.json");
    CHECK(nothing_left.files.empty());
    CHECK(nothing_left.exit_code == exit_code::ok);

    // --exclude: relative to the working directory, repeatable, a directory leaves out all below it.
    CHECK(paths(check(t.root, "--exclude 'deep/**' --exclude payloads .")) == std::vector<std::string>{"./team/c.json", "./team/sub/b.json"});
    CHECK(paths(check(t.root, "--exclude deep deep payloads")) == std::vector<std::string>{"payloads/a.json"});
    CHECK(paths(check(t.root / "team", "--exclude sub .")) == std::vector<std::string>{"./c.json"});
    CHECK(paths(check(t.root, "--exclude 'c.json' team")) == std::vector<std::string>{"team/sub/b.json"});  // a name, anywhere
    CHECK(check(t.root, "--exclude '' .").exit_code == exit_code::usage);

    // "exclude" is checked like the rest of the configuration.
    Tree bad;
    bad.write(".cartlint.json", R"({"exclude": "vendor"})");
    bad.write("p.json", broken_cart);
    CHECK(check(bad.root, "p.json").exit_code == exit_code::usage);
}

TEST_CASE("cli: a broken nested configuration stops the run only for the files it governs", "[cli][config][selection]") {
    Tree t;
    populate(t);
    t.write("broken/.cartlint.json", R"({"rules": {"no/such-rule": "off"}})");
    t.write("broken/p.json", broken_cart);
    CHECK(check(t.root, "broken/p.json").exit_code == exit_code::usage);
    CHECK(check(t.root, "payloads").exit_code == exit_code::ok);
    CHECK(check(t.root, ".").exit_code == exit_code::usage);  // the walk meets it
}

TEST_CASE("cli: glob arguments are expanded by cartlint", "[cli][selection][glob]") {
    Tree t;
    populate(t);
    // ** across folders, whatever the extension the pattern names; excludes still apply.
    CHECK(paths(check(t.root, "'deep/**/*.json'")) == std::vector<std::string>{"deep/er/est/d.json"});
    CHECK(paths(check(t.root, "'deep/**/d.*'")) == std::vector<std::string>{"deep/er/est/d.json", "deep/er/est/d.txt"});
    CHECK(paths(check(t.root, "'**/*.json'")) ==
          std::vector<std::string>{"deep/er/est/d.json", "payloads/a.json", "team/c.json", "team/sub/b.json"});
    CHECK(paths(check(t.root, "'./payloads/?.json'")) == std::vector<std::string>{"./payloads/a.json"});
    // '*' stays within a folder, and a pattern without '/' is the working directory's, as in a shell.
    CHECK(paths(check(t.root, "'*/*.json'")) == std::vector<std::string>{"payloads/a.json", "team/c.json"});
    CHECK(paths(check(t.root / "team", "'*.json'")) == std::vector<std::string>{"c.json"});
    CHECK(paths(check(t.root, "'team/*/b.json' 'deep/*/est/*.txt'")) == std::vector<std::string>{"deep/er/est/d.txt", "team/sub/b.json"});
    // Under the configuration of each match, from anywhere.
    const Checked absolute = check(t.root.parent_path(), "'" + (t.root / "team/**/*.json").string() + "'");
    CHECK(absolute.files.size() == 2);
    CHECK(absolute.files.at((t.root / "team/sub/b.json").string()).empty());
    // Nothing matches: exit 2, with the other arguments still checked.
    const Checked none = check(t.root, "'nothing/**/*.json' payloads/a.json");
    CHECK(none.exit_code == exit_code::usage);
    CHECK(paths(none) == std::vector<std::string>{"payloads/a.json"});
    CHECK(check(t.root, "'*.json'").exit_code == exit_code::usage);  // only the hidden .cartlint.json there
    // Only excluded matches: nothing to check, not an error.
    const Checked excluded = check(t.root, "'vendor/*.json'");
    CHECK(excluded.files.empty());
    // A file whose name has a '*' is that file.
    t.write("odd/star*.json", broken_cart);
    t.write("odd/starry.json", broken_cart);
    CHECK(paths(check(t.root / "odd", "'star*.json'")) == std::vector<std::string>{"star*.json"});
}
