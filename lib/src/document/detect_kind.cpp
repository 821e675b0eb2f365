#include "document/detect_kind.hpp"

#include <strings.h>

#include <string_view>

namespace cartlint::detail {
namespace {

const rapidjson::Value* member_any_case(const rapidjson::Value& object, std::string_view name) {
    if (!object.IsObject()) return nullptr;
    for (const auto& m : object.GetObject())
        if (m.name.GetStringLength() == name.size() && strncasecmp(m.name.GetString(), name.data(), name.size()) == 0) return &m.value;
    return nullptr;
}

}  // namespace

DocumentKind detect_kind(const JsonDocument& doc) {
    const rapidjson::Value& root = doc.dom;
    if (!root.IsObject()) return DocumentKind::cart;

    if (const auto* attributes = member_any_case(root, "attributes")) {
        if (const auto* type = member_any_case(*attributes, "objectType"); type && type->IsString()) {
            std::string_view t(type->GetString(), type->GetStringLength());
            if (t == "Cart") return DocumentKind::cart;
            if (t == "CartCheckoutResult") return DocumentKind::checkout_result;
            if (t == "Order") return DocumentKind::order;
            if (t == "CartLineItem") return DocumentKind::cart_line_item;
            if (t == "Collection" && member_any_case(root, "items")) return DocumentKind::order_collection;
        }
    }
    if (member_any_case(root, "orders") || member_any_case(root, "orderErrors")) return DocumentKind::checkout_result;
    // A page of orders (GET …/orders): {"totalCount", "items": [orders], "attributes": {"objectType": "Collection"}}.
    if (const auto* items = member_any_case(root, "items"); items && items->IsArray() && member_any_case(root, "totalCount"))
        return DocumentKind::order_collection;
    if (const auto* items = member_any_case(root, "lineItems"); items && items->IsArray()) {
        for (const auto& item : items->GetArray())
            if (member_any_case(item, "offerId") || member_any_case(item, "lineItemNumber")) return DocumentKind::order;
        return DocumentKind::cart;
    }
    if (member_any_case(root, "catalogItemId") || member_any_case(root, "catalogId")) return DocumentKind::cart_line_item;
    // An order without line items: a PATCH that changes its status ({"id", "status": "cancelled"}),
    // or an order the service describes. A cart's status is Active or Ordered.
    if (const auto* status = member_any_case(root, "status"); status && status->IsString()) {
        const std::string_view s(status->GetString(), status->GetStringLength());
        for (std::string_view order_status : {"cancelled", "completed", "pending"})
            if (s.size() == order_status.size() && strncasecmp(s.data(), order_status.data(), s.size()) == 0) return DocumentKind::order;
    }
    if (member_any_case(root, "referenceCustomerId")) return DocumentKind::order;
    return DocumentKind::cart;
}

}  // namespace cartlint::detail
