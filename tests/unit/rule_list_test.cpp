// The rule catalogue the library writes for --list-rules: every rule once, in registry order, and
// the JSON form reads back to the RuleDocs' own strings (so its escaping is the reports' one).

#include <cartlint/rule_list.hpp>
#include <cartlint/rules.hpp>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <sstream>
#include <string>
#include <vector>

using namespace cartlint;

namespace {

std::string rule_list(RuleListFormat format) {
    std::ostringstream out;
    write_rule_list(out, format);
    return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string_view as_view(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

}  // namespace

TEST_CASE("rule list: the JSON form reads back to every rule's documentation", "[rule-list]") {
    const std::string json = rule_list(RuleListFormat::json);
    CHECK(json.back() == '\n');
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.c_str(), json.size());
    REQUIRE_FALSE(doc.HasParseError());
    REQUIRE(doc.IsObject());
    REQUIRE(doc.HasMember("rules"));
    const auto& rules = doc["rules"];
    REQUIRE(rules.IsArray());
    REQUIRE(rules.Size() == rule_docs().size());
    for (rapidjson::SizeType i = 0; i < rules.Size(); ++i) {
        const RuleDoc& r = rule_docs()[i];
        CAPTURE(r.id);
        const auto& entry = rules[i];
        REQUIRE(entry.IsObject());
        CHECK(entry.MemberCount() == 5);
        CHECK(as_view(entry["id"]) == r.id);
        CHECK(as_view(entry["severity"]) == to_string(r.severity));
        CHECK(as_view(entry["summary"]) == r.summary);
        CHECK(as_view(entry["service"]) == to_string(r.service));
        CHECK(as_view(entry["serviceBehaviour"]) == r.service_says);
    }
}

TEST_CASE("rule list: the markdown form is a table with one row a rule", "[rule-list]") {
    const auto lines = lines_of(rule_list(RuleListFormat::markdown));
    REQUIRE(lines.size() == rule_docs().size() + 2);
    CHECK(lines[0] == "| rule | severity | what | what the service does |");
    CHECK(lines[1] == "|---|---|---|---|");
    for (std::size_t i = 0; i < rule_docs().size(); ++i) {
        const RuleDoc& r = rule_docs()[i];
        CAPTURE(r.id);
        const std::string& row = lines[i + 2];
        CHECK(row.rfind("| `" + std::string(r.id) + "` | " + std::string(to_string(r.severity)) + " | ", 0) == 0);
        CHECK(row.size() >= 2);
        CHECK(row.substr(row.size() - 2) == " |");
        // Four cells: a '|' inside a summary or a service text is escaped, not a cell border.
        std::size_t borders = 0;
        for (std::size_t at = 0; at < row.size(); ++at)
            if (row[at] == '|' && (at == 0 || row[at - 1] != '\\')) ++borders;
        CHECK(borders == 5);
    }
}

TEST_CASE("rule list: the text form is one aligned line a rule", "[rule-list]") {
    const auto lines = lines_of(rule_list(RuleListFormat::text));
    REQUIRE(lines.size() == rule_docs().size());
    std::size_t width = 0;
    for (const RuleDoc& r : rule_docs()) width = std::max(width, r.id.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const RuleDoc& r = rule_docs()[i];
        CAPTURE(r.id);
        CHECK(lines[i].rfind(std::string(r.id), 0) == 0);
        CHECK(lines[i].substr(width + 2, 7).find(to_string(r.severity)) == 0);
        CHECK(lines[i].size() >= r.summary.size());
        CHECK(lines[i].substr(lines[i].size() - r.summary.size()) == r.summary);
    }
}
