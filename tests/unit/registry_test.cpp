// The rule registry: ids, files, documentation and golden coverage stay in step.

#include "test_support.hpp"

#include "rules/registry.hpp"

#include <cartlint/rules.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>

using namespace cartlint;
namespace fs = std::filesystem;

TEST_CASE("registry: ids are unique - kebab-case - with a known category", "[registry]") {
    const std::regex id_shape("^(syntax|limit|schema|io|internal|config|format|billing|quantity|partner|context|cart|provisioning|order|quirk|http|doc)/[a-z0-9]+(-[a-z0-9]+)*$");
    std::set<std::string_view> seen;
    for (const RuleDoc& r : rule_docs()) {
        CAPTURE(r.id);
        CHECK(std::regex_match(std::string(r.id), id_shape));
        CHECK(seen.insert(r.id).second);
        CHECK_FALSE(r.summary.empty());
        CHECK(r.explanation.size() > 40);
        CHECK(find_rule_doc(r.id) == &r);
    }
    CHECK_FALSE(find_rule_doc("no/such-rule"));
}

TEST_CASE("registry: a registered rule's id is its source file's stem", "[registry]") {
    for (const auto& entry : detail::registry()) {
        std::string id(entry.doc().id);
        CAPTURE(id);
        CHECK(fs::exists(test::source_path("lib/src/rules/" + id + ".cpp")));
    }
}

TEST_CASE("registry: every rule has a golden case in corpus/", "[registry][corpus]") {
    std::string goldens;
    for (const auto& entry : fs::recursive_directory_iterator(test::source_path("corpus")))
        if (entry.path().extension() == ".expected") goldens += test::read_file(entry.path().string());
    // Findings no corpus file can produce: a 4 GiB document; valijson sentences the schemas never
    // trigger; schema bounds that a rule always refines (quantity's maximum is quantity/range,
    // additional resellers' maxItems is partner/too-many-additional); a file that cannot be read
    // (tests/unit/cli_test.cpp); and bugs.
    // Limits need inputs over a megabyte: tests/unit/syntax_test.cpp builds them in memory.
    // The config/… findings are about .cartlint.json, not a payload: tests/unit/config_test.cpp
    // lints each one's examples.
    const std::set<std::string_view> no_golden = {"limit/document-size", "limit/string-length", "limit/member-count",
                                                  "schema/invalid", "schema/maximum", "schema/max-items",
                                                  "io/unreadable", "internal/error"};
    for (const RuleDoc& r : rule_docs()) {
        CAPTURE(r.id);
        if (no_golden.count(r.id) || r.id.starts_with("config/")) continue;
        CHECK(goldens.find("[" + std::string(r.id) + "]") != std::string::npos);
    }
}

TEST_CASE("registry: the README names every rule", "[registry][readme]") {
    const std::string readme = test::read_file(test::source_path("README.md"));
    for (const RuleDoc& r : rule_docs()) {
        CAPTURE(r.id);
        CHECK(readme.find("`" + std::string(r.id) + "`") != std::string::npos);
    }
}

// The JSON output's field table lists the rule categories by hand: it must name each one.
TEST_CASE("registry: the README's JSON field table names every rule category", "[registry][readme]") {
    const std::string readme = test::read_file(test::source_path("README.md"));
    const std::string start = "| `rule` | `category/name`: ";
    const auto at = readme.find(start);
    REQUIRE(at != std::string::npos);
    const std::string row = readme.substr(at, readme.find('\n', at) - at);
    for (const RuleDoc& r : rule_docs()) {
        const std::string category(r.id.substr(0, r.id.find('/')));
        CAPTURE(r.id);
        CHECK((row.find("`" + category + "/…`") != std::string::npos || row.find("`" + std::string(r.id) + "`") != std::string::npos));
    }
}

// The severity contract: an error is what the service rejects or misreads (or what cartlint could
// not check), a warning what it takes but should not get, or what nobody has verified; info is
// advice. Each rule states what the service does, and its severity must follow from that.
TEST_CASE("registry: each rule states what the service does, and its severity follows from it", "[registry][severity]") {
    CHECK(rule_docs().size() > 70);
    for (const RuleDoc& r : rule_docs()) {
        DYNAMIC_SECTION(r.id << " " << to_string(r.service) << " -> " << to_string(r.severity)) {
            CHECK(r.service_says.size() > 30);
            CHECK(r.severity == severity_for(r.service));
            // Unsure is said in words, not only by the warning.
            if (r.service == ServiceResponse::unverified) {
                const std::string says(r.service_says);
                CHECK((says.find("nverified") != std::string::npos || says.find("not documented") != std::string::npos ||
                       says.find("cannot be sure") != std::string::npos));
            }
        }
    }
}
