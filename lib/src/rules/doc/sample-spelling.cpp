// doc/sample-spelling: a property table spells a property otherwise than the page's own samples.

#include "rules/container_rule.hpp"
#include "rules/support/property_table.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "doc/sample-spelling", Severity::warning, "A property table spells a property otherwise than the page's samples",
    "The Update a cart page's Cart table writes creationTimeStamp and lastModifiedTimeStamp; its own request and "
    "response samples write creationTimestamp and lastModifiedTimestamp (the API's names, both SDKs). A row is "
    "compared with every member name of the page's JSON and HTTP samples: one that matches only in another case is "
    "reported with the samples' spelling. A row that has the API's own spelling is not: then the samples are what "
    "differ, and their bodies' quirk/property-case says so.",
    "# Update a cart\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n"
    "| id | string | No | A cart identifier. |\n| creationTimeStamp | DateTime | No | When it was created. |\n"
    "| lineItems | Array of objects | Yes | The line items. |\n\n```json\n"
    R"({"id":"b4c8fdea-cbe4-4d17-9576-13fcacbf9605","creationTimestamp":"2018-03-15T17:15:02Z","lineItems":[]})" "\n```\n",
    "# Update a cart\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n"
    "| id | string | No | A cart identifier. |\n| creationTimestamp | DateTime | No | When it was created. |\n"
    "| lineItems | Array of objects | Yes | The line items. |\n\n```json\n"
    R"({"id":"b4c8fdea-cbe4-4d17-9576-13fcacbf9605","creationTimestamp":"2018-03-15T17:15:02Z","lineItems":[]})" "\n```\n",
    ServiceResponse::accepts,
    "Accepts both spellings: the service binds member names in any case, so a payload written from the table "
    "works; the page contradicts itself, and a case-sensitive client (a JSON Schema, a typed model) does not."};

class SampleSpelling final : public TableRule {
public:
    SampleSpelling() : TableRule(rules::doc) {}
    void check(const TableContext& c, ContainerFindings& out) const override {
        if (!c.object) return;
        for (const TableRow& row : c.table.rows) {
            if (row.cells.empty() || !is_property_name(row.cells[0].text)) continue;
            const std::string& name = row.cells[0].text;
            // The table has the API's own spelling: the samples are what differ (quirk/property-case on them).
            if (c.object->property(name)) continue;
            const auto spellings = c.sample_names.find(fold_ascii(name));
            if (spellings == c.sample_names.end() || spellings->second.count(name)) continue;
            // The samples' spelling to show: the API's own where a sample has it.
            const std::string* other = &*spellings->second.begin();
            for (const std::string& spelling : spellings->second)
                if (c.object->property(spelling)) other = &spelling;
            report(out, row.cells[0].span, fmt::format("the table writes '{}', the page's samples '{}'", name, *other));
        }
    }
};

}  // namespace

CARTLINT_RULE(doc_sample_spelling, SampleSpelling)

}  // namespace cartlint::detail::rules
