// http/unknown-endpoint: a method and path of a customer's carts or orders that the API does not have.

#include "rules/container_rule.hpp"
#include "rules/http/example_message.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/unknown-endpoint", Severity::error, "No such operation on a customer's carts or orders",
    "The cart and order pages' request syntax: POST …/carts (create), PUT or GET …/carts/{cart-id} (update, get), "
    "POST …/carts/{cart-id}/checkout, POST or GET …/orders, GET or PATCH …/orders/{order-id}, GET "
    "…/orders/{order-id}/provisioningstatus, all under /v1/customers/{customer-id}. Another method on these paths "
    "(PATCH a cart, POST to a cart's id), the singular cart or order, or another sub-path is none of them.",
    "PATCH " CARTLINT_EXAMPLE_CART_PATH " HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type: application/json\n\n"
    CARTLINT_EXAMPLE_CART_BODY,
    CARTLINT_EXAMPLE_UPDATE_A_CART,
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
