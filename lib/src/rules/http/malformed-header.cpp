// http/malformed-header: a line among the headers that is no "Name: value".

#include "rules/container_rule.hpp"
#include "rules/http/example_message.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/malformed-header", Severity::error, "A line among the headers is no Name: value header",
    "RFC 9112 section 5: each header line is a name, a colon and a value; a name is a token (no spaces). A line such "
    "as 'Content-Type application/json' is none. The message never quotes the line, and a line that may hold a "
    "credential (Authorization, a cookie, a key, a Bearer token) is reported on the request line, so that no report "
    "shows it.",
    "PUT " CARTLINT_EXAMPLE_CART_PATH " HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type application/json\n\n"
    CARTLINT_EXAMPLE_CART_BODY,
    CARTLINT_EXAMPLE_UPDATE_A_CART,
    ServiceResponse::rejects,
    "Rejects it: a server answers a malformed header line with 400 Bad Request (RFC 9112 section 5)."};

class MalformedHeader final : public MessageRule {
public:
    MalformedHeader() : MessageRule(rules::doc) {}
    void check(const MessageContext& c, ContainerFindings& out) const override {
        for (const Span& line : c.message.malformed_headers) {
            if (!may_hold_secret(c.text.substr(line.begin, line.size()))) {
                report(out, {line.begin, line.begin}, "this line among the headers is no 'Name: value' header (a colon after a name without spaces)");
                continue;
            }
            // Reported on the start line: a report that shows the finding's line must not show a credential.
            const auto number = std::count(c.text.begin() + static_cast<std::ptrdiff_t>(c.message.start_line.begin),
                                           c.text.begin() + static_cast<std::ptrdiff_t>(line.begin), '\n');
            report(out, c.message.start_line,
                   fmt::format("the header line {} after this one is no 'Name: value' header (not shown: it may hold a credential)", number));
        }
    }
};

}  // namespace

CARTLINT_RULE(http_malformed_header, MalformedHeader)

}  // namespace cartlint::detail::rules
