// quirk/duplicate-key: the same property twice in one object (also in different case).

#include "parse/line_index.hpp"
#include "rules/rule.hpp"

#include <fmt/format.h>
#include <strings.h>

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
        // Every object, in document order: the source map lists each value once.
        for (std::uint32_t id = 0; id < document.map.size(); ++id) {
            Node object = document.node(id);
            if (!object || !object.value->IsObject() || object.value->MemberCount() < 2) continue;
            check_object(document, object, findings);
        }
    }

private:
    static void check_object(const JsonDocument& document, Node object, Findings& findings) {
        const rapidjson::Value& v = *object.value;
        const rapidjson::SizeType n = v.MemberCount();
        if (n > 4096) return;  // quadratic below; no cart object comes near this
        for (rapidjson::SizeType i = 1; i < n; ++i) {
            const auto& later = (v.MemberBegin() + i)->name;
            for (rapidjson::SizeType j = 0; j < i; ++j) {
                const auto& earlier = (v.MemberBegin() + j)->name;
                if (earlier.GetStringLength() != later.GetStringLength() ||
                    strncasecmp(earlier.GetString(), later.GetString(), later.GetStringLength()) != 0)
                    continue;
                std::uint32_t first = document.map.child(object.id, j), second = document.map.child(object.id, i);
                Position at = LineIndex(document.text).position(document.map[first].key_begin);
                findings.at_key(second, std::string(rules::doc.id), rules::doc.severity,
                                fmt::format("'{}' repeats '{}' of line {}, column {}; the service keeps only one of them",
                                            std::string_view(later.GetString(), later.GetStringLength()),
                                            std::string_view(earlier.GetString(), earlier.GetStringLength()), at.line, at.column));
                break;
            }
        }
    }
};

}  // namespace

const Rule& quirk_duplicate_key() {
    static const DuplicateKey rule;
    return rule;
}

}  // namespace cartlint::detail::rules
