// http/unexpected-body: a body on a request whose operation takes none.

#include "rules/container_rule.hpp"
#include "rules/http/example_message.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/unexpected-body", Severity::warning, "A body on a request that takes none",
    "The Checkout a cart page: \"Request body: none\"; a GET takes no body (RFC 9110 section 9.3.1: a body on a GET "
    "has no defined meaning). An older Checkout a cart example sends a whole cart: what it shows is not what the "
    "service reads.",
    "POST " CARTLINT_EXAMPLE_CART_PATH "/checkout HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type: application/json\n\n"
    CARTLINT_EXAMPLE_CART_BODY,
    "POST " CARTLINT_EXAMPLE_CART_PATH "/checkout HTTP/1.1\n"
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
