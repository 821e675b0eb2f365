#pragma once
// The property names the rules look up, numbered. SchemaIndex gives every schema node a table
// from these numbers to its property indices, so a rule's member lookup on the value it checks is
// an array read instead of hashing and comparing the name: rules look up about sixty names a cart,
// and that hashing was a tenth of a cart's time in WebAssembly. A name not listed here can still
// be looked up by its text (RuleContext::member with a string).

#include <array>
#include <cstdint>
#include <string_view>

namespace cartlint::detail::property {

enum Name : std::uint8_t {
    additionalPartnerIdsOnRecord,
    billingCycle,
    catalogItemId,
    code,
    creationTimestamp,
    description,
    duration,
    expirationTimestamp,
    id,
    key,
    lastModifiedTimestamp,
    lineItemNumber,
    lineItems,
    orderGroupId,
    participants,
    partnerIdOnRecord,
    quantity,
    scope,
    termDuration,
    value,
    name_count
};

// Each name's text, in the enumeration's order.
inline constexpr std::array<std::string_view, name_count> names = {
    "additionalPartnerIdsOnRecord",
    "billingCycle",
    "catalogItemId",
    "code",
    "creationTimestamp",
    "description",
    "duration",
    "expirationTimestamp",
    "id",
    "key",
    "lastModifiedTimestamp",
    "lineItemNumber",
    "lineItems",
    "orderGroupId",
    "participants",
    "partnerIdOnRecord",
    "quantity",
    "scope",
    "termDuration",
    "value",
};

constexpr std::string_view text(Name name) noexcept { return names[name]; }

}  // namespace cartlint::detail::property
