// http/authorization: a request to the API carries an Authorization header with a bearer token.

#include "rules/container_rule.hpp"

#include <strings.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/authorization", Severity::error, "A request without an Authorization: Bearer token",
    "Partner Center authentication: every REST call carries Authorization: Bearer <token>, an Azure AD token for App or "
    "App+User credentials. Only requests to a customer's carts or orders are checked. A finding never quotes the "
    "header's value: a token is a secret, and reports travel (CI logs, SARIF uploads); it is written Bearer <redacted>.",
    "PUT /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73 HTTP/1.1\n"
    "Content-Type: application/json\n\n"
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    "PUT /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73 HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type: application/json\n\n"
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::rejects,
    "Rejects it: without a bearer token the service answers 401 Unauthorized."};

class Authorization final : public MessageRule {
public:
    Authorization() : MessageRule(rules::doc) {}
    void check(const MessageContext& c, ContainerFindings& out) const override {
        if (!c.message.is_request || !c.endpoint.in_scope) return;
        const HttpHeader* h = find_header(c.message, c.text, "Authorization");
        if (!h) {
            report(out, c.message.start_line, "the request has no Authorization header: send Authorization: Bearer <redacted> (a token for App or App+User credentials)");
            return;
        }
        if (touches_variable(c.message, h->value)) return;
        // Reported on the request line: a report that shows the finding's line must not show the token.
        const std::string_view value = c.text.substr(h->value.begin, h->value.size());
        if (value.size() < 7 || strncasecmp(value.data(), "Bearer ", 7) != 0 || value.find_first_not_of(' ', 7) == std::string_view::npos)
            report(out, c.message.start_line, "the Authorization header is not 'Bearer <redacted>': the API takes a bearer token (the value is not shown)");
    }
};

}  // namespace

CARTLINT_RULE(http_authorization, Authorization)

}  // namespace cartlint::detail::rules
