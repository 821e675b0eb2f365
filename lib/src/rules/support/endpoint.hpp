#pragma once
// What a request line asks of Partner Center's cart and order API: which operation, what body it
// takes, which path segments are GUIDs. From the docs' request syntax tables:
//   POST  /v1/customers/{customer-id}/carts                      create a cart      (body: Cart)
//   PUT   /v1/customers/{customer-id}/carts/{cart-id}            update a cart      (body: Cart)
//   GET   /v1/customers/{customer-id}/carts/{cart-id}            get a cart         (no body)
//   POST  /v1/customers/{customer-id}/carts/{cart-id}/checkout   check out a cart   (no body)
//   POST  /v1/customers/{customer-id}/orders                     create an order    (body: Order)
//   GET   /v1/customers/{customer-id}/orders[/{order-id}[/provisioningstatus]]      (no body)
//   PATCH /v1/customers/{customer-id}/orders/{order-id}          change an order    (body: Order)

#include "document/http_message.hpp"

#include <cartlint/document_kind.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cartlint::detail {

struct GuidSegment {
    Span span;
    std::string_view role;  // "customer-id", "cart-id"
};

struct Endpoint {
    bool in_scope = false;  // a customer's carts or orders: the operations above apply
    bool known = false;     // one of the operations above
    std::string_view operation;  // "update a cart", …
    bool takes_body = false;
    DocumentKind body_kind = DocumentKind::automatic;  // what the body is checked as
    std::vector<GuidSegment> guids;  // the segments the docs call GUIDs, placeholders left out
};

// The request's method and target; a response's endpoint is unknown (its body's shape decides).
Endpoint classify_endpoint(const HttpMessage& message, std::string_view text);

// A path segment that stands for a value: {customer-id}, <cart-id>, {{cartId}}, :id.
bool is_placeholder(std::string_view segment) noexcept;

}  // namespace cartlint::detail
