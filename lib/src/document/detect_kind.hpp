#pragma once
// Which schema a payload is checked against, when the user did not say.

#include "core/json_document.hpp"

#include <cartlint/document_kind.hpp>

namespace cartlint::detail {

// attributes.objectType first ("Cart", "CartCheckoutResult", "Order"), then the shape: orders or
// orderErrors make a checkout result, line items with offerId make an order, a catalogItemId at
// the top makes a cart line item, an order status (cancelled, completed, pending) or a
// referenceCustomerId makes an order; anything else is a cart. Property names match in any case, as
// the service reads them.
DocumentKind detect_kind(const JsonDocument& doc);

}  // namespace cartlint::detail
