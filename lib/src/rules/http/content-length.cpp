// http/content-length: the Content-Length header must be the body's length in bytes.

#include "rules/container_rule.hpp"
#include "rules/http/example_message.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/content-length", Severity::error, "Content-Length is not the body's length in bytes",
    "RFC 9112 section 6.2: Content-Length is the body's length in octets, and a server reads exactly that many. The "
    "Update a cart page's request example declares Content-Length: 496 for an 804-byte body, its response 764 for "
    "1,019 bytes. A value that is not a number is no length at all (RFC 9110 section 8.6). The fix writes the body's "
    "length (safe: the header only states a fact about bytes that stay as they are); a body holding {{variables}} has "
    "no length yet and is not checked. The body's final line break may be counted or not: both are accepted.",
    "PUT " CARTLINT_EXAMPLE_CART_PATH " HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type: application/json\nContent-Length: 5\n\n"
    CARTLINT_EXAMPLE_CART_BODY,
    "PUT " CARTLINT_EXAMPLE_CART_PATH " HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type: application/json\nContent-Length: 125\n\n"
    CARTLINT_EXAMPLE_CART_BODY,
    ServiceResponse::rejects,
    "Rejects it: with a length shorter than the body the server reads a truncated JSON text (400 Bad Request) and "
    "takes the rest for the next request; with a longer one it waits for bytes that never come and the request "
    "times out; a length that is not a number is answered 400 Bad Request (RFC 9112 section 6.3)."};

class ContentLength final : public MessageRule {
public:
    ContentLength() : MessageRule(rules::doc) {}
    void check(const MessageContext& c, ContainerFindings& out) const override {
        const HttpHeader* h = find_header(c.message, c.text, "Content-Length");
        if (!h || touches_variable(c.message, c.message.body) || touches_variable(c.message, h->value)) return;
        const std::string_view value = c.text.substr(h->value.begin, h->value.size());
        // Every byte after the blank line up to the body's end: blank lines before the JSON count.
        const std::size_t actual = c.message.body.empty() ? 0 : c.message.body.end - c.message.length_begin;
        bool number = !value.empty() && value.size() <= 19;
        std::uint64_t declared = 0;
        for (char ch : value) {
            if (ch < '0' || ch > '9') number = false;
            else declared = declared * 10 + static_cast<std::uint64_t>(ch - '0');
        }
        const bool digits_only = !value.empty() && value.find_first_not_of("0123456789") == std::string_view::npos;
        if (!number && !digits_only) {
            report(out, h->value,
                   fmt::format("Content-Length '{}' is not a number: the body is {} bytes", value.substr(0, 40), actual));
            return;
        }
        if (!number) {
            Diagnostic& d = report(out, h->value, fmt::format("Content-Length is a {}-digit number, far more than the body's {} bytes", value.size(), actual));
            d.fix = Fix{fmt::format("write the body's length, {}", actual), {{h->value.begin, h->value.size(), std::to_string(actual)}}, true};
            return;
        }
        const std::size_t break_after = c.message.line_break.size();
        if (declared == actual || (actual > 0 && declared == actual + break_after)) return;
        Diagnostic& d = report(out, h->value, fmt::format("Content-Length is {}, but the body is {} bytes", declared, actual));
        d.fix = Fix{fmt::format("write the body's length, {}", actual), {{h->value.begin, h->value.size(), std::to_string(actual)}}, true};
    }
};

}  // namespace

CARTLINT_RULE(http_content_length, ContentLength)

}  // namespace cartlint::detail::rules
