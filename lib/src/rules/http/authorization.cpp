// http/authorization: a request to the API carries an Authorization header with a bearer token.

#include "rules/container_rule.hpp"
#include "rules/http/example_message.hpp"

#include "core/ascii.hpp"

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/authorization", Severity::error, "A request without an Authorization: Bearer token",
    "Partner Center authentication: every REST call carries Authorization: Bearer <token>, an Azure AD token for App or "
    "App+User credentials. Only requests to a customer's carts or orders are checked. A finding never quotes the "
    "header's value: a token is a secret, and reports travel (CI logs, SARIF uploads); it is written Bearer <redacted>.",
    "PUT " CARTLINT_EXAMPLE_CART_PATH " HTTP/1.1\n"
    "Content-Type: application/json\n\n"
    CARTLINT_EXAMPLE_CART_BODY,
    CARTLINT_EXAMPLE_UPDATE_A_CART,
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
        if (value.size() < 7 || ascii::casecmp_n(value.data(), "Bearer ", 7) != 0 || value.find_first_not_of(' ', 7) == std::string_view::npos)
            report(out, c.message.start_line, "the Authorization header is not 'Bearer <redacted>': the API takes a bearer token (the value is not shown)");
    }
};

}  // namespace

CARTLINT_RULE(http_authorization, Authorization)

}  // namespace cartlint::detail::rules
