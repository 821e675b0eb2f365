// http/unexpected-body: a body on a request whose operation takes none.

#include "rules/container_rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/unexpected-body", Severity::warning, "A body on a request that takes none",
    "The Checkout a cart page: \"Request body: none\"; a GET takes no body (RFC 9110 section 9.3.1: a body on a GET "
    "has no defined meaning). An older Checkout a cart example sends a whole cart: what it shows is not what the "
    "service reads.",
    "POST /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73/checkout HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type: application/json\n\n"
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    "POST /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73/checkout HTTP/1.1\n"
    "Authorization: Bearer <token>\n",
    ServiceResponse::unverified,
    "Not documented: the page says the request has no body; unverified whether the service ignores one or rejects "
    "the call. Either way the body does not do what it seems to."};

class UnexpectedBody final : public MessageRule {
public:
    UnexpectedBody() : MessageRule(rules::doc) {}
    void check(const MessageContext& c, ContainerFindings& out) const override {
        if (!c.message.is_request || !c.endpoint.known || c.endpoint.takes_body || c.message.body.empty()) return;
        const std::string_view body = c.text.substr(c.message.body.begin, c.message.body.size());
        if (body == "{}") return;  // an empty object says nothing
        report(out, c.message.body.begin == c.message.body.end ? c.message.start_line : Span{c.message.body.begin, std::min(c.message.body.end, c.message.body.begin + 1)},
               fmt::format("'{}' takes no request body: this body is not what the service reads", c.endpoint.operation));
    }
};

}  // namespace

CARTLINT_RULE(http_unexpected_body, UnexpectedBody)

}  // namespace cartlint::detail::rules
