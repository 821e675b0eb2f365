// quirk/duplicate-key: the same property twice in one object (also in different case).

#include "parse/line_index.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

#include <cctype>
#include <unordered_map>
#include <vector>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "quirk/duplicate-key", Severity::warning, "A property appears twice in one object",
    "JSON parsers disagree on duplicate names: RapidJSON keeps both silently, the service keeps one. Names that "
    "differ only in case count too, because the service reads names case-insensitively (it accepts the .NET SDK's "
    "PascalCase). Which value wins is not documented: keep one.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"Quantity":2,"billingCycle":"monthly","termDuration":"P1M"}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":2,"billingCycle":"monthly","termDuration":"P1M"}]})"};

class DuplicateKey final : public Rule {
public:
    const RuleDoc& doc() const noexcept override { return rules::doc; }
    void check(RuleContext&, Node, const SchemaNode&) const override {}
    void prepare(JsonDocument& document, const SchemaNode&, Findings& findings) const override {
        visit(document, document.root(), findings);
    }

private:
    // Every object of the document (depth is bounded by the parser's limit).
    static void visit(const JsonDocument& document, Node node, Findings& findings) {
        if (!node) return;
        if (node.value->IsObject() && node.value->MemberCount() >= 2) check_object(document, node, findings);
        document.for_each_child(node, [&](std::uint32_t, Node child) {
            if (child.value->IsObject() || child.value->IsArray()) visit(document, child, findings);
        });
    }

    static void check_object(const JsonDocument& document, Node object, Findings& findings) {
        const rapidjson::Value& v = *object.value;
        // Names folded to lower case -> the first member with that name (linear, however wide).
        std::unordered_map<std::string, std::uint32_t> first_of;
        std::vector<std::uint32_t> ids;
        document.for_each_child(object, [&](std::uint32_t, Node child) { ids.push_back(child.id); });
        rapidjson::SizeType i = 0;
        for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m, ++i) {
            std::string key(m->name.GetString(), m->name.GetStringLength());
            for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            auto [it, inserted] = first_of.emplace(key, i);
            if (inserted) continue;
            const auto& earlier = (v.MemberBegin() + it->second)->name;
            Position at = LineIndex(document.text).position(document.map[ids[it->second]].key_begin);
            findings.at_key(ids[i], std::string(rules::doc.id), rules::doc.severity,
                            fmt::format("'{}' repeats '{}' of line {}, column {}; the service keeps only one of them",
                                        std::string_view(m->name.GetString(), m->name.GetStringLength()),
                                        std::string_view(earlier.GetString(), earlier.GetStringLength()), at.line, at.column));
        }
    }
};

}  // namespace

const Rule& quirk_duplicate_key() {
    static const DuplicateKey rule;
    return rule;
}

}  // namespace cartlint::detail::rules
