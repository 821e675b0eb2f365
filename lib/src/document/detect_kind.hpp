#pragma once
// Which schema a payload is checked against, when the user did not say.

#include "core/json_document.hpp"

#include <cartlint/document_kind.hpp>

namespace cartlint::detail {

// attributes.objectType first (each kind's in document/kinds.hpp), then the shape: every kind's
// detector says how telling its evidence is and the most telling wins. Orders or orderErrors make a
// checkout result, items beside a totalCount a page of orders, line items with offerId an order (and
// without, a cart), a catalogItemId at the top a cart line item, an order status (cancelled,
// completed, pending) or a referenceCustomerId an order; anything else is the fallback, a cart.
// Property names match in any case, as the service reads them.
DocumentKind detect_kind(const JsonDocument& doc);

}  // namespace cartlint::detail
