#pragma once
// The kinds of payload cartlint knows, each backed by a schema in schemas/.

#include <optional>
#include <string_view>

namespace cartlint {

enum class DocumentKind { automatic, cart, cart_line_item, checkout_result, order };

// "cart", "cart-line-item", "checkout-result", "order" ("auto" for automatic).
std::string_view to_string(DocumentKind kind) noexcept;
std::optional<DocumentKind> parse_document_kind(std::string_view name) noexcept;

}  // namespace cartlint
