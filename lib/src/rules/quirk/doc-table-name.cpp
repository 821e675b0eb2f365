// quirk/doc-table-name: a property named as a doc table (or its translation) names it, where the
// API's name is a different word. The service ignores the member, so the property is missing.

#include "rules/quirk/rename.hpp"
#include "rules/rule.hpp"
#include "rules/support/schema_walk.hpp"
#include "core/ascii.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "quirk/doc-table-name", Severity::error, "A property has a doc table's name (or its translation), not the API's",
    "The Update a cart property table names the catalog item catalogId (the API's property is catalogItemId), and "
    "translated pages translate property names (the Spanish table writes cantidad for quantity). Such a name is "
    "another word, not another casing: the service does not bind it. Each schema property records these names in "
    "x-doc (names, translations); the fix renames the property (safe: the value is kept), and validation goes on "
    "under the API's name so the other findings still come. A name that differs from the API's only in case "
    "(creationTimeStamp) is quirk/doc-table-case.",
    R"({"lineItems":[{"catalogId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::misreads,
    "Misreads it, then rejects it: the service does not know the doc table's name and ignores the member, so the "
    "property is missing: without catalogItemId it answers 900142 \"Catalog item id is not present\"; a quantity "
    "sent as cantidad (or another translation) is not read at all."};

bool same_folded(std::string_view a, std::string_view b) {
    return a.size() == b.size() && ::cartlint::detail::ascii::casecmp_n(a.data(), b.data(), a.size()) == 0;
}

class DocTableName final : public DocumentRule {
public:
    DocTableName() : DocumentRule(rules::doc, RunsOn::irregular_names) {}
    void prepare(JsonDocument& document, const SchemaNode& root, Findings& findings) const override {
        walk_members(document, root, [&](const SchemaNode& object, const rapidjson::Value& parent, Node node, rapidjson::Value::Member& m) {
            const std::string_view name(m.name.GetString(), m.name.GetStringLength());
            if (object.property(name)) return;
            for (const SchemaProperty& p : object.properties) {
                if (!p.doc) continue;
                std::string message;
                for (const std::string& alias : p.doc->names)
                    // A case-only variant of the API's name is bound by the service: quirk/doc-table-case.
                    if (same_folded(alias, name) && !same_folded(alias, p.name))
                        message = fmt::format("'{}' is the doc table's name ({}), not the API's: the service ignores it, "
                                              "so '{}' is missing; did you mean the API's '{}'?",
                                              std::string(name), p.doc->source, p.name, p.name);
                for (const auto& [translated, language] : p.doc->translations)
                    if (same_folded(translated, name))
                        message = fmt::format("'{}' is the {} doc page's translation of '{}', not a name the API knows: the "
                                              "service ignores it, so '{}' is missing; did you mean the API's '{}'?",
                                              std::string(name), language, p.name, p.name, p.name);
                if (message.empty()) continue;
                if (parent.HasMember(p.name.c_str())) return;  // both names: renaming would duplicate it
                report_and_rename(document, findings, *this, node, m, p.name, std::move(message));
                return;
            }
        });
    }
};

}  // namespace

CARTLINT_RULE(quirk_doc_table_name, DocTableName)

}  // namespace cartlint::detail::rules
