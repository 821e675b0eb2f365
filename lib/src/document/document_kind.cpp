#include <cartlint/document_kind.hpp>

namespace cartlint {

std::string_view to_string(DocumentKind kind) noexcept {
    switch (kind) {
    case DocumentKind::automatic: return "auto";
    case DocumentKind::cart: return "cart";
    case DocumentKind::cart_line_item: return "cart-line-item";
    case DocumentKind::checkout_result: return "checkout-result";
    case DocumentKind::order: return "order";
    case DocumentKind::order_collection: return "order-collection";
    }
    return "cart";
}

std::optional<DocumentKind> parse_document_kind(std::string_view name) noexcept {
    if (name == to_string(DocumentKind::automatic)) return DocumentKind::automatic;
    for (auto kind : concrete_document_kinds)
        if (name == to_string(kind)) return kind;
    return std::nullopt;
}

}  // namespace cartlint
