#pragma once
// The one table of document kinds. Names (--kind, the configuration's "kind", the reports), the
// schema each payload is checked against, the objectType the service stamps on it and how its
// shape is recognised all live here; the schema index's roots, the reference engine's compiled
// schemas and the command line's list of kinds are sized and filled from it. A new kind is a new
// enumerator in <cartlint/document_kind.hpp> and a new row below; the static_asserts at the end
// say when the two disagree.

#include "core/rapidjson_config.hpp"

#include <cartlint/document_kind.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace cartlint::detail {

enum class KindRole : std::uint8_t {
    detect,     // `auto`: no kind of its own, the document's content decides
    payload,    // one JSON document, checked against its schema
    container,  // holds payloads (an HTTP message, a Markdown page): no schema, no shape
};

// How telling a shape is. Several kinds may see their shape in one document ({"orders": [],
// "lineItems": []}); the most telling wins, and a tie goes to the earlier row.
enum class ShapeEvidence : std::uint8_t {
    none,
    order_member,      // an order status (cancelled, completed, pending) or a referenceCustomerId
    catalog_item,      // a top-level catalogItemId or catalogId
    line_items,        // a lineItems array: offerId or lineItemNumber in one makes it an order's
    collection_page,   // items beside a totalCount: a page of a list (GET …/orders)
    checkout_members,  // orders or orderErrors: only a checkout result has them
};

// What a kind's shape says of a JSON object. Property names match in any case, as the service
// reads them. Defined in detect_kind.cpp.
using ShapeDetector = ShapeEvidence (*)(const rapidjson::Value& object);
ShapeEvidence looks_like_cart(const rapidjson::Value& object);
ShapeEvidence looks_like_cart_line_item(const rapidjson::Value& object);
ShapeEvidence looks_like_checkout_result(const rapidjson::Value& object);
ShapeEvidence looks_like_order(const rapidjson::Value& object);
ShapeEvidence looks_like_order_collection(const rapidjson::Value& object);

struct KindInfo {
    DocumentKind kind;
    std::string_view name;  // what --kind, the configuration's "kind" and the reports call it
    KindRole role;
    std::string_view schema_file;  // payloads only: the schema of schemas/ it is checked against
    std::string_view object_type;  // attributes.objectType the service writes on it; "" for none
    // A member without which that objectType does not decide: every list the service returns is
    // a "Collection", and only one of orders has `items` to check.
    std::string_view object_type_needs;
    ShapeDetector detector;  // nullptr: never recognised by its shape
};

// In enumerator order: a kind's row is kinds[static_cast<std::size_t>(kind)].
inline constexpr std::array kinds = std::to_array<KindInfo>({
    {DocumentKind::automatic, "auto", KindRole::detect, "", "", "", nullptr},
    {DocumentKind::cart, "cart", KindRole::payload, "cart.schema.json", "Cart", "", looks_like_cart},
    {DocumentKind::cart_line_item, "cart-line-item", KindRole::payload, "cart-line-item.schema.json", "CartLineItem", "",
     looks_like_cart_line_item},
    {DocumentKind::checkout_result, "checkout-result", KindRole::payload, "cart-checkout-result.schema.json",
     "CartCheckoutResult", "", looks_like_checkout_result},
    {DocumentKind::order, "order", KindRole::payload, "order.schema.json", "Order", "", looks_like_order},
    {DocumentKind::order_collection, "order-collection", KindRole::payload, "order-collection.schema.json", "Collection",
     "items", looks_like_order_collection},
    {DocumentKind::http, "http", KindRole::container, "", "", "", nullptr},
    {DocumentKind::markdown, "markdown", KindRole::container, "", "", "", nullptr},
});
inline constexpr std::size_t kind_count = kinds.size();

// What a document is checked as when nothing in it says otherwise (and what `auto` validates as
// when detection was skipped).
inline constexpr DocumentKind fallback_kind = DocumentKind::cart;

constexpr std::size_t kind_index(DocumentKind kind) noexcept { return static_cast<std::size_t>(kind); }

// A value outside the enumeration (a cast) reads as the fallback, as to_string always did.
constexpr const KindInfo& kind_info(DocumentKind kind) noexcept {
    return kind_index(kind) < kind_count ? kinds[kind_index(kind)] : kinds[kind_index(fallback_kind)];
}

constexpr std::optional<DocumentKind> kind_named(std::string_view name) noexcept {
    for (const KindInfo& row : kinds)
        if (row.name == name) return row.kind;
    return std::nullopt;
}

namespace kinds_check {

constexpr bool rows_in_enumerator_order() {
    for (std::size_t i = 0; i < kind_count; ++i)
        if (kind_index(kinds[i].kind) != i) return false;
    return true;
}

constexpr bool schemas_exactly_for_payloads() {
    for (const KindInfo& row : kinds)
        if ((row.role == KindRole::payload) == row.schema_file.empty()) return false;
    return true;
}

constexpr bool names_unique() {
    for (std::size_t i = 0; i < kind_count; ++i)
        for (std::size_t j = i + 1; j < kind_count; ++j)
            if (kinds[i].name == kinds[j].name) return false;
    return true;
}

// The public header's concrete_document_kinds is the table's payload rows, in order.
constexpr bool public_payload_list_matches() {
    std::size_t next = 0;
    for (const KindInfo& row : kinds) {
        if (row.role != KindRole::payload) continue;
        if (next == std::size(concrete_document_kinds) || concrete_document_kinds[next] != row.kind) return false;
        ++next;
    }
    return next == std::size(concrete_document_kinds);
}

}  // namespace kinds_check

static_assert(kind_count == static_cast<std::size_t>(document_kind_count),
              "document_kind_count in <cartlint/document_kind.hpp> and the rows of kinds differ");
static_assert(kinds_check::rows_in_enumerator_order(), "kinds must list the DocumentKind enumerators in order");
static_assert(kinds_check::schemas_exactly_for_payloads(), "a payload kind needs a schema file, and only a payload has one");
static_assert(kinds_check::names_unique(), "two kinds share a name");
static_assert(kinds_check::public_payload_list_matches(),
              "concrete_document_kinds in <cartlint/document_kind.hpp> must be the payload rows of kinds, in order");
static_assert(kind_info(fallback_kind).role == KindRole::payload, "the fallback kind must have a schema");

}  // namespace cartlint::detail
