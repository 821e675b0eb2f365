#include "document/detect_kind.hpp"

#include "document/kinds.hpp"
#include "core/ascii.hpp"


#include <string_view>

namespace cartlint::detail {
namespace {

const rapidjson::Value* member_any_case(const rapidjson::Value& object, std::string_view name) {
    if (!object.IsObject()) return nullptr;
    for (const auto& m : object.GetObject())
        if (m.name.GetStringLength() == name.size() && ::cartlint::detail::ascii::casecmp_n(m.name.GetString(), name.data(), name.size()) == 0) return &m.value;
    return nullptr;
}

// Whether a lineItems array holds an order's line (offerId or lineItemNumber) rather than a cart's.
bool has_order_line(const rapidjson::Value& line_items) {
    for (const auto& item : line_items.GetArray())
        if (member_any_case(item, "offerId") || member_any_case(item, "lineItemNumber")) return true;
    return false;
}

const rapidjson::Value* line_items_array(const rapidjson::Value& object) {
    const auto* items = member_any_case(object, "lineItems");
    return items && items->IsArray() ? items : nullptr;
}

// The kind attributes.objectType names, when the service stamped one that settles it.
const KindInfo* named_by_object_type(const rapidjson::Value& object) {
    const auto* attributes = member_any_case(object, "attributes");
    if (!attributes) return nullptr;
    const auto* type = member_any_case(*attributes, "objectType");
    if (!type || !type->IsString()) return nullptr;
    const std::string_view t(type->GetString(), type->GetStringLength());
    for (const KindInfo& row : kinds)
        if (!row.object_type.empty() && row.object_type == t && (row.object_type_needs.empty() || member_any_case(object, row.object_type_needs)))
            return &row;
    return nullptr;
}

}  // namespace

ShapeEvidence looks_like_cart(const rapidjson::Value& object) {
    const auto* items = line_items_array(object);
    return items && !has_order_line(*items) ? ShapeEvidence::line_items : ShapeEvidence::none;
}

ShapeEvidence looks_like_cart_line_item(const rapidjson::Value& object) {
    return member_any_case(object, "catalogItemId") || member_any_case(object, "catalogId") ? ShapeEvidence::catalog_item
                                                                                            : ShapeEvidence::none;
}

ShapeEvidence looks_like_checkout_result(const rapidjson::Value& object) {
    return member_any_case(object, "orders") || member_any_case(object, "orderErrors") ? ShapeEvidence::checkout_members
                                                                                       : ShapeEvidence::none;
}

ShapeEvidence looks_like_order(const rapidjson::Value& object) {
    if (const auto* items = line_items_array(object)) return has_order_line(*items) ? ShapeEvidence::line_items : ShapeEvidence::none;
    // An order without line items: a PATCH that changes its status ({"id", "status": "cancelled"}),
    // or an order the service describes. A cart's status is Active or Ordered.
    if (const auto* status = member_any_case(object, "status"); status && status->IsString()) {
        const std::string_view s(status->GetString(), status->GetStringLength());
        for (std::string_view order_status : {"cancelled", "completed", "pending"})
            if (s.size() == order_status.size() && ::cartlint::detail::ascii::casecmp_n(s.data(), order_status.data(), s.size()) == 0) return ShapeEvidence::order_member;
    }
    return member_any_case(object, "referenceCustomerId") ? ShapeEvidence::order_member : ShapeEvidence::none;
}

// A page of orders (GET …/orders): {"totalCount", "items": [orders], "attributes": {"objectType": "Collection"}}.
ShapeEvidence looks_like_order_collection(const rapidjson::Value& object) {
    const auto* items = member_any_case(object, "items");
    return items && items->IsArray() && member_any_case(object, "totalCount") ? ShapeEvidence::collection_page : ShapeEvidence::none;
}

DocumentKind detect_kind(const JsonDocument& doc) {
    const rapidjson::Value& root = doc.dom;
    if (!root.IsObject()) return fallback_kind;
    if (const KindInfo* named = named_by_object_type(root)) return named->kind;

    DocumentKind best = fallback_kind;
    ShapeEvidence strongest = ShapeEvidence::none;
    for (const KindInfo& row : kinds) {
        if (!row.detector) continue;
        if (const ShapeEvidence evidence = row.detector(root); evidence > strongest) {
            strongest = evidence;
            best = row.kind;
        }
    }
    return best;
}

}  // namespace cartlint::detail
