// http/no-message: a text checked as HTTP that holds no request or response. Reported by the
// container linter (pipeline/container_lint), which finds the messages; documented here.

#include "rules/http/no_message.hpp"

namespace cartlint::detail::rules {

const RuleDoc& http_no_message() {
    static constexpr RuleDoc doc{
        "http/no-message", Severity::error, "No HTTP request or response in a text checked as HTTP",
        "An HTTP message starts with a request line (METHOD target HTTP/1.1) or a status line (HTTP/1.1 201 "
        "Created), RFC 9112 section 3; a .http file's requests may follow comments, variables and ### separators. "
        "A text given as --kind http (or a .http file) with neither has nothing cartlint can check.",
        "Content-Type: application/json\n\n{\"lineItems\":[]}\n",
        "POST /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts HTTP/1.1\nAuthorization: Bearer <token>\n"
        "Content-Type: application/json\n\n{\"lineItems\":[{\"catalogItemId\":\"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P\",\"quantity\":1,"
        "\"billingCycle\":\"monthly\",\"termDuration\":\"P1M\"}]}\n",
        ServiceResponse::unchecked,
        "Unchecked: without a request line nothing says what the text asks of the service, so nothing in it was "
        "checked."};
    return doc;
}

}  // namespace cartlint::detail::rules
