// quirk/duplicate-key: the same property twice in one object (also in different case).

#include "parse/line_index.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>

#include <cctype>
#include <strings.h>
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
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":2,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::unverified,
    "Unverified: the service takes one of the values (Json.NET keeps the last), but which one is not documented, and other readers keep the first or fail."};

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
        const rapidjson::SizeType n = v.MemberCount();
        auto name_of = [&](rapidjson::SizeType i) -> const rapidjson::Value& { return (v.MemberBegin() + i)->name; };
        auto same = [&](rapidjson::SizeType a, rapidjson::SizeType b) {
            const auto &x = name_of(a), &y = name_of(b);
            return x.GetStringLength() == y.GetStringLength() && strncasecmp(x.GetString(), y.GetString(), x.GetStringLength()) == 0;
        };
        std::vector<std::uint32_t> ids;  // filled only when there is something to report
        auto report = [&](rapidjson::SizeType later, rapidjson::SizeType earlier) {
            if (ids.empty()) document.for_each_child(object, [&](std::uint32_t, Node child) { ids.push_back(child.id); });
            Position at = LineIndex(document.text).position(document.map[ids[earlier]].key_begin);
            findings.at_key(ids[later], std::string(rules::doc.id), rules::doc.severity,
                            fmt::format("'{}' repeats '{}' of line {}, column {}; the service keeps only one of them",
                                        std::string_view(name_of(later).GetString(), name_of(later).GetStringLength()),
                                        std::string_view(name_of(earlier).GetString(), name_of(earlier).GetStringLength()), at.line,
                                        at.column));
        };
        if (n <= 32) {
            // Carts' objects are small: compare pairwise, without allocating (this runs on every object).
            for (rapidjson::SizeType i = 1; i < n; ++i)
                for (rapidjson::SizeType j = 0; j < i; ++j)
                    if (same(i, j)) {
                        report(i, j);
                        break;
                    }
            return;
        }
        // Wide objects: names folded to lower case -> the first member with that name.
        std::unordered_map<std::string, rapidjson::SizeType> first_of;
        for (rapidjson::SizeType i = 0; i < n; ++i) {
            std::string key(name_of(i).GetString(), name_of(i).GetStringLength());
            for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            auto [it, inserted] = first_of.emplace(std::move(key), i);
            if (!inserted) report(i, it->second);
        }
    }
};

}  // namespace

const Rule& quirk_duplicate_key() {
    static const DuplicateKey rule;
    return rule;
}

}  // namespace cartlint::detail::rules
