#pragma once
// The kinds of payload cartlint knows, each backed by a schema in schemas/.

#include <cartlint/export.hpp>

#include <optional>
#include <string_view>

namespace cartlint {

// http and markdown hold payloads: an HTTP message (a raw request or response, a .http file) or a
// Partner Center doc page, whose bodies and code blocks are checked as the payloads they are.
enum class DocumentKind { automatic, cart, cart_line_item, checkout_result, order, order_collection, http, markdown };

// Every kind that has a schema, in order (the library's table of kinds checks that it is).
inline constexpr DocumentKind concrete_document_kinds[] = {DocumentKind::cart, DocumentKind::cart_line_item,
                                                           DocumentKind::checkout_result, DocumentKind::order,
                                                           DocumentKind::order_collection};
// The enumerators are 0 … document_kind_count - 1, automatic first: a loop over them sees every kind.
inline constexpr int document_kind_count = 8;

// "cart", "cart-line-item", "checkout-result", "order", "order-collection", "http", "markdown" ("auto" for automatic).
[[nodiscard]] CARTLINT_API std::string_view to_string(DocumentKind kind) noexcept;
[[nodiscard]] CARTLINT_API std::optional<DocumentKind> parse_document_kind(std::string_view name) noexcept;

// What a file's name says it holds, where nothing else says (the command's --kind, a
// configuration's "kind"): .http and .rest files (REST Client, JetBrains HTTP Client) are HTTP
// messages, .md and .markdown files doc pages, case aside; anything else is `automatic` (the
// content decides). The command and the C ABI (hence every binding) read a path this way.
[[nodiscard]] CARTLINT_API DocumentKind document_kind_for_path(std::string_view path) noexcept;

}  // namespace cartlint
