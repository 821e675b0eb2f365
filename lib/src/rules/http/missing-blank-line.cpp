// http/missing-blank-line: no blank line between the headers and the body.

#include "rules/container_rule.hpp"
#include "rules/http/example_message.hpp"

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/missing-blank-line", Severity::error, "The headers run into the body: no blank line between them",
    "RFC 9112 section 2.1: an empty line ends the header section, and the body follows it. The Update a cart page's "
    "response example goes from its Date header straight to the JSON's opening brace. The fix inserts the blank line "
    "(safe: no byte of the headers or the body changes).",
    "PUT " CARTLINT_EXAMPLE_CART_PATH " HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type: application/json\n"
    CARTLINT_EXAMPLE_CART_BODY,
    CARTLINT_EXAMPLE_UPDATE_A_CART,
    ServiceResponse::rejects,
    "Rejects it: the server reads the JSON's first line as one more header, malformed ('{' is no header name), and "
    "answers 400 Bad Request (RFC 9112 section 5)."};

class MissingBlankLine final : public MessageRule {
public:
    MissingBlankLine() : MessageRule(rules::doc) {}
    void check(const MessageContext& c, ContainerFindings& out) const override {
        if (c.message.blank_line || c.message.body.empty()) return;
        const std::size_t at = c.message.headers_end;
        std::size_t line_end = c.text.find('\n', at);
        if (line_end == std::string_view::npos || line_end > c.message.body.end) line_end = c.message.body.end;
        Diagnostic& d = report(out, {c.message.body.begin, line_end},
                               "no blank line between the headers and the body: the body's first line is read as one more header");
        d.fix = Fix{"insert a blank line before the body", {{at, 0, std::string(c.message.line_break)}}, true};
    }
};

}  // namespace

CARTLINT_RULE(http_missing_blank_line, MissingBlankLine)

}  // namespace cartlint::detail::rules
