#pragma once
// Requests and responses of the order API differ, and so does what is right in them: the service
// writes quantity 0 on a line it cancelled and "" for a line item with no term, and a PATCH that
// cancels an order sends only what changes. An order says which it is by the fields the service
// sets.

#include "core/json_document.hpp"

namespace cartlint::detail {

enum class OrderShape {
    request,        // POST …/orders: what the partner writes
    response,       // the service's answer: creationDate or alternateId set (orders, checkout results)
    status_change,  // PATCH …/orders/{id}: a status (cancelled) and the lines it applies to, nothing else required
};

// The shape of an order object (names in any case, null as absent).
OrderShape order_shape(const rapidjson::Value& order);

}  // namespace cartlint::detail
