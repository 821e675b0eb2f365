// format/catalog-item-id: PRODUCT:SKU:AVAILABILITY, or a legacy offer id.

#include "rules/format/format_checks.hpp"
#include "rules/rule.hpp"
#include "core/ascii.hpp"

#include <fmt/format.h>

namespace cartlint::detail {
namespace {

bool alnum_run(std::string_view s) {
    for (char c : s)
        if (!ascii::is_alnum(c)) return false;
    return true;
}

}  // namespace

bool is_catalog_item_id(std::string_view s) noexcept {
    if (s.size() == 30 && s[12] == ':' && s[17] == ':')
        return alnum_run(s.substr(0, 12)) && alnum_run(s.substr(13, 4)) && alnum_run(s.substr(18, 12));
    if (is_guid(s)) return true;
    return s.size() > 7 && s.substr(0, 7) == "MS-AZR-" && alnum_run(s.substr(7));
}

namespace rules {
namespace {

constexpr RuleDoc doc{
    "format/catalog-item-id", Severity::error, "A catalog item id is not PRODUCT:SKU:AVAILABILITY",
    "catalogItemId (and an order line item's offerId) names what is bought: PRODUCT:SKU:AVAILABILITY, as in "
    "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P (12, 4 and 12 letters or digits; cart-resources, product-resources). Legacy "
    "offers use a GUID or an MS-AZR-… offer id. Anything else is not in the catalog.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z/0001/CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::rejects,
    "Rejects it: the service looks the id up in the catalog, and an id that is not PRODUCT:SKU:AVAILABILITY (or a legacy offer id) is not found."};

class CatalogItemId final : public ValueRule {
public:
    CatalogItemId() : ValueRule(rules::doc, {.format = "catalog-item-id", .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node node, const SchemaNode&) const override {
        if (!node.value->IsString() || is_catalog_item_id(as_string(node))) return;
        ctx.report(*this, node,
                   fmt::format("{} is not a catalog item id: expected PRODUCT:SKU:AVAILABILITY such as "
                               "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P, a legacy offer GUID, or an MS-AZR-… offer id",
                               json_quote(as_string(node))));
    }
};

}  // namespace

CARTLINT_RULE(format_catalog_item_id, CatalogItemId)

}  // namespace rules
}  // namespace cartlint::detail
