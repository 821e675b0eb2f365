// quirk/duplicate-key: the same property twice in one object (also in different case).

#include "core/line_index.hpp"
#include "rules/rule.hpp"
#include "core/ascii.hpp"

#include <fmt/format.h>

#include <cctype>
#include <optional>
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

class DuplicateKey final : public DocumentRule {
public:
    DuplicateKey() : DocumentRule(rules::doc, RunsOn::irregular_names) {}
    void prepare(JsonDocument& document, const SchemaNode&, Findings& findings) const override {
        if (!findings.wants_rule(reporter())) return;  // turned off: not even looked for
        std::vector<Repeat> repeats;
        visit(document, document.root(), repeats);
        if (repeats.empty()) return;
        // Where each first occurrence is, resolved in one pass over the text: 100k repeats on one
        // minified line cost one walk of it, not 100k.
        std::vector<std::size_t> offsets;
        offsets.reserve(repeats.size());
        for (const Repeat& r : repeats) offsets.push_back(r.earlier_offset);
        std::vector<Position> at;
        LineIndex(document.text).resolve(std::move(offsets), at);
        for (std::size_t i = 0; i < repeats.size(); ++i)
            findings.at_key(repeats[i].later, reporter(),
                            !findings.wants(repeats[i].later, reporter(), true)
                                ? std::string()  // counted, never shown: no message
                                : fmt::format("'{}' repeats '{}' of line {}, column {}; the service keeps only one of them",
                                        repeats[i].later_name, repeats[i].earlier_name, at[i].line, at[i].column));
    }

private:
    struct Repeat {
        std::uint32_t later;             // the repeating member's node
        std::string_view later_name, earlier_name;
        std::size_t earlier_offset;      // where the first one's name is
    };

    // Every object of the document (depth is bounded by the parser's limit).
    static void visit(const JsonDocument& document, Node node, std::vector<Repeat>& repeats) {
        if (!node) return;
        if (node.value->IsObject() && node.value->MemberCount() >= 2) check_object(document, node, repeats);
        document.for_each_child(node, [&](std::uint32_t, Node child) {
            if (child.value->IsObject() || child.value->IsArray()) visit(document, child, repeats);
        });
    }

    static void check_object(const JsonDocument& document, Node object, std::vector<Repeat>& repeats) {
        const rapidjson::Value& v = *object.value;
        const rapidjson::SizeType n = v.MemberCount();
        auto name_of = [&](rapidjson::SizeType i) -> std::string_view {
            const auto& name = (v.MemberBegin() + i)->name;
            return {name.GetString(), name.GetStringLength()};
        };
        auto same = [&](rapidjson::SizeType a, rapidjson::SizeType b) {
            const std::string_view x = name_of(a), y = name_of(b);
            return x.size() == y.size() && ::cartlint::detail::ascii::casecmp_n(x.data(), y.data(), x.size()) == 0;
        };
        std::vector<std::uint32_t> ids;  // filled only when there is something to report
        auto report = [&](rapidjson::SizeType later, rapidjson::SizeType earlier) {
            if (ids.empty()) document.for_each_child(object, [&](std::uint32_t, Node child) { ids.push_back(child.id); });
            repeats.push_back({ids[later], name_of(later), name_of(earlier), document.map[ids[earlier]].key_begin});
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
            std::string key(name_of(i));
            for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            auto [it, inserted] = first_of.emplace(std::move(key), i);
            if (!inserted) report(i, it->second);
        }
    }
};

}  // namespace

CARTLINT_RULE(quirk_duplicate_key, DuplicateKey)

}  // namespace cartlint::detail::rules
