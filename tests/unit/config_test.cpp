// .cartlint.json: checked with positions, severities by rule and category, overrides by path
// and pointer, context, and the command line winning over the file.

#include "test_support.hpp"

#include <cartlint/config.hpp>
#include <cartlint/exit_codes.hpp>
#include <cartlint/rules.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>

using namespace cartlint;
namespace fs = std::filesystem;

TEST_CASE("config: a full configuration is read", "[config]") {
    auto load = parse_config(R"({
      "rules": {"billing/non-canonical-cycle": "error", "quirk/*": "off"},
      "context": {"customerCountry": "de", "providerId": "873452"},
      "kind": "cart",
      "overrides": [{"files": ["samples/**/*.json"], "pointer": "/lineItems/0", "rules": {"cart/expired": "info"}, "context": {"customerCountry": "GB"}}]
    })");
    REQUIRE(load.ok());
    CHECK(load.diagnostics.empty());
    const Config& c = load.config;
    REQUIRE(c.rules.size() == 2);
    CHECK(c.rules[0].rule == "billing/non-canonical-cycle");
    CHECK(c.rules[0].severity == Severity::error);
    CHECK_FALSE(c.rules[1].severity);  // off
    CHECK(c.customer_country == "DE");
    CHECK(c.provider_id == "873452");
    CHECK(c.kind == DocumentKind::cart);
    REQUIRE(c.overrides.size() == 1);
    CHECK(c.overrides[0].pointer == "/lineItems/0");
    CHECK(c.overrides[0].rules[0].pointer == "/lineItems/0");
    CHECK(c.overrides[0].customer_country == "GB");
}

TEST_CASE("config: mistakes are findings with positions", "[config]") {
    auto load = parse_config("{\n  \"rules\": {\"billing/non-canonical-cycel\": \"error\", \"cart/expired\": \"fatal\"},\n"
                             "  \"contxt\": {},\n  \"context\": {\"customerCountry\": \"Germany\"},\n"
                             "  \"overrides\": [{\"pointer\": \"lineItems\"}]\n}");
    CHECK_FALSE(load.ok());
    std::vector<std::pair<std::string, std::uint32_t>> found;
    for (const auto& d : load.diagnostics) found.emplace_back(d.rule, d.begin.line);
    std::sort(found.begin(), found.end());
    CHECK(found == std::vector<std::pair<std::string, std::uint32_t>>{
                       {"config/enum", 2}, {"config/invalid-value", 4}, {"config/invalid-value", 5}, {"config/required", 5},
                       {"config/unknown-property", 3}, {"config/unknown-rule", 2}});
    for (const auto& d : load.diagnostics)
        if (d.rule == "config/unknown-rule") CHECK_THAT(d.message, Catch::Contains("did you mean 'billing/non-canonical-cycle'"));
    auto broken = parse_config("{\"rules\": {,}}");
    CHECK_FALSE(broken.ok());
    CHECK(broken.diagnostics[0].rule.rfind("syntax/", 0) == 0);
}

TEST_CASE("config: globs", "[config][glob]") {
    CHECK(glob_match("*.json", "a.json"));
    CHECK(glob_match("*.json", "deep/dir/a.json"));  // no '/': the file name anywhere
    CHECK_FALSE(glob_match("*.json", "a.json5"));
    CHECK(glob_match("samples/*.json", "samples/a.json"));
    CHECK(glob_match("samples/*.json", "./samples/a.json"));
    CHECK_FALSE(glob_match("samples/*.json", "samples/x/a.json"));
    CHECK(glob_match("samples/**/*.json", "samples/x/y/a.json"));
    CHECK(glob_match("samples/**/*.json", "samples/a.json"));
    CHECK(glob_match("cart-?.json", "cart-1.json"));
    CHECK_FALSE(glob_match("cart-?.json", "cart-12.json"));
    CHECK(glob_match("**", "anything/at/all"));
    CHECK_FALSE(glob_match("orders/*.json", "carts/a.json"));
    std::string long_name(5000, 'a');
    CHECK_FALSE(glob_match(std::string(50, '*') + "b", long_name));  // no blow-up on hostile patterns
}

TEST_CASE("config: settings apply by rule, category and pointer; the command line wins", "[config]") {
    const std::string two_items = R"({"lineItems":[
        {"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"Monthly","termDuration":"P1M"},
        {"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"Monthly","termDuration":"P1M"}]})";
    auto load = parse_config(R"({"rules": {"billing/*": "error"},
        "overrides": [{"files": ["*.json"], "pointer": "/lineItems/1", "rules": {"billing/non-canonical-cycle": "off"}}]})");
    REQUIRE(load.ok());
    LintOptions o = options_for(load.config, {}, "x.json");
    auto r = test::linter().lint(two_items, o);
    REQUIRE(r.diagnostics.size() == 1);  // the second item's finding is off
    CHECK(r.diagnostics[0].pointer == "/lineItems/0/billingCycle");
    CHECK(r.diagnostics[0].severity == Severity::error);

    CHECK(test::linter().lint(two_items, options_for(load.config, {}, "y.txt")).diagnostics.size() == 2);  // override not matched

    LintOptions cli;
    cli.rule_settings.push_back({"billing/non-canonical-cycle", Severity::info, ""});
    cli.customer_country = "FR";
    auto both = options_for(load.config, cli, "x.json");
    auto r2 = test::linter().lint(two_items, both);
    REQUIRE(r2.diagnostics.size() == 2);  // the command line's setting comes last and wins everywhere
    CHECK(r2.diagnostics[0].severity == Severity::info);
    CHECK(both.customer_country == "FR");
}

TEST_CASE("config: the CLI finds .cartlint.json upward, and --config, --rule and --no-config", "[config][cli]") {
    fs::path root = fs::temp_directory_path() / ("cartlint-config-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "sub");
    fs::copy_file(test::source_path("corpus/rules/billing/non-canonical-cycle.json"), root / "sub" / "a.json");
    std::ofstream(root / ".cartlint.json") << R"({"rules": {"billing/non-canonical-cycle": "error"}})";
    auto run = [&](const std::string& args) {
        std::string command = "cd '" + (root / "sub").string() + "' && '" + CARTLINT_BINARY + "' " + args + " >/dev/null 2>&1";
        int status = std::system(command.c_str());
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };
    CHECK(run("a.json") == exit_code::findings);                     // found upward: now an error
    CHECK(run("--no-config a.json") == exit_code::ok);               // a warning by default
    CHECK(run("--rule billing/non-canonical-cycle=warning a.json") == exit_code::ok);
    CHECK(run("--rule billing/no-such-rule=off a.json") == exit_code::usage);
    std::ofstream(root / "broken.json") << R"({"rulez": {}})";
    CHECK(run("--config ../broken.json a.json") == exit_code::usage);
    CHECK(run("--config ../missing.json a.json") == exit_code::usage);
    fs::remove_all(root);
}

TEST_CASE("config: a UTF-8 byte order mark is accepted; a setting given twice is an error", "[config]") {
    auto bom = parse_config("\xEF\xBB\xBF{\"rules\": {\"cart/expired\": \"off\"}}");
    CHECK(bom.ok());
    REQUIRE(bom.config.rules.size() == 1);
    auto twice = parse_config(R"({"rules": {"cart/expired": "off", "cart/expired": "error"}})");
    CHECK_FALSE(twice.ok());
    REQUIRE(twice.diagnostics.size() == 1);
    CHECK(twice.diagnostics[0].rule == "config/duplicate-key");
    CHECK(twice.diagnostics[0].begin.column == 35);  // the second "cart/expired"
}

TEST_CASE("config: each config/ finding's documented example fires it, and its correction is clean", "[config][rules]") {
    std::size_t checked = 0;
    for (const RuleDoc& rule : rule_docs()) {
        if (!rule.id.starts_with("config/")) continue;
        CAPTURE(rule.id);
        REQUIRE_FALSE(rule.bad.empty());
        const auto bad = parse_config(rule.bad);
        CHECK_FALSE(bad.ok());
        CHECK(std::count_if(bad.diagnostics.begin(), bad.diagnostics.end(), [&](const Diagnostic& d) { return d.rule == rule.id; }) >= 1);
        for (const auto& d : bad.diagnostics)
            if (d.rule == rule.id) CHECK(d.severity == rule.severity);
        const auto good = parse_config(rule.good);
        CHECK(good.ok());
        CHECK(good.diagnostics.empty());
        ++checked;
    }
    CHECK(checked == 8);
}

TEST_CASE("config: the configuration's own findings cannot be configured", "[config]") {
    for (const char* id : {"config/type", "config/*"}) {
        CAPTURE(id);
        CHECK_FALSE(configurable_rule(id));
        const auto load = parse_config(std::string(R"({"rules": {")") + id + R"(": "off"}})");
        REQUIRE(load.diagnostics.size() == 1);
        CHECK(load.diagnostics[0].rule == "config/unknown-rule");
        CHECK(load.diagnostics[0].message.find("cannot be configured") != std::string::npos);
    }
    CHECK(configurable_rule("quirk/*"));
    CHECK(configurable_rule("*"));
    CHECK(configurable_rule("cart/expired"));
    CHECK_FALSE(configurable_rule("cart/expire"));
}
