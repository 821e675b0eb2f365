#pragma once
// The pieces of the request the http/ rules' docs show (their `bad` and `good` examples): a cart of
// a customer's, as the Update a cart page addresses it, and a valid cart for its body. Each rule's
// example spells out only what it is about (a method, a header, a length) around these. Macros,
// because the examples are string literals joined at compile time into a RuleDoc's string_view.

// The path of a customer's cart: customer-id and cart-id are GUIDs.
#define CARTLINT_EXAMPLE_CART_PATH "/v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73"

// A valid cart of one line item, on one line.
#define CARTLINT_EXAMPLE_CART_BODY \
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})"

// The whole request of the Update a cart page, as it should be: what most rules' `good` example is.
#define CARTLINT_EXAMPLE_UPDATE_A_CART                                          \
    "PUT " CARTLINT_EXAMPLE_CART_PATH " HTTP/1.1\n"                             \
    "Authorization: Bearer <token>\nContent-Type: application/json\n\n"        \
    CARTLINT_EXAMPLE_CART_BODY
