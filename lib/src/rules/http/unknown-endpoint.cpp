// http/unknown-endpoint: a method and path of a customer's carts or orders that the API does not have.

#include "rules/container_rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/unknown-endpoint", Severity::error, "No such operation on a customer's carts or orders",
    "The cart and order pages' request syntax: POST …/carts (create), PUT or GET …/carts/{cart-id} (update, get), "
    "POST …/carts/{cart-id}/checkout, POST or GET …/orders, GET or PATCH …/orders/{order-id}, GET "
    "…/orders/{order-id}/provisioningstatus, all under /v1/customers/{customer-id}. Another method on these paths "
    "(PATCH a cart, POST to a cart's id), the singular cart or order, or another sub-path is none of them.",
    "PATCH /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73 HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type: application/json\n\n"
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    "PUT /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73 HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type: application/json\n\n"
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::rejects,
    "Rejects it: the service has no such route and answers 404 Not Found or 405 Method Not Allowed."};

class UnknownEndpoint final : public MessageRule {
public:
    UnknownEndpoint() : MessageRule(rules::doc) {}
    void check(const MessageContext& c, ContainerFindings& out) const override {
        if (!c.endpoint.in_scope || c.endpoint.known) return;
        const std::string_view method = c.text.substr(c.message.method.begin, c.message.method.size());
        const Span at{c.message.method.begin, c.message.target.end};
        report(out, at, fmt::format("{} on this path is no operation of the cart or order API (create, update, get or check out a cart; create, get or change an order)", method));
    }
};

}  // namespace

CARTLINT_RULE(http_unknown_endpoint, UnknownEndpoint)

}  // namespace cartlint::detail::rules
