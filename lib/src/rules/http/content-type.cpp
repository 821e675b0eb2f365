// http/content-type: a request with a JSON body says Content-Type: application/json.

#include "rules/container_rule.hpp"
#include "rules/http/example_message.hpp"

#include "core/ascii.hpp"

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/content-type", Severity::error, "A request body without Content-Type: application/json",
    "The Partner Center REST headers page: a request with a body sends Content-Type: application/json; the service's "
    "ASP.NET Web API front picks the body's reader by that header. A body sent without it, or as text/plain, is not "
    "read as JSON. Only requests are checked; a body that holds {{variables}} too.",
    "PUT " CARTLINT_EXAMPLE_CART_PATH " HTTP/1.1\n"
    "Authorization: Bearer <token>\n\n"
    CARTLINT_EXAMPLE_CART_BODY,
    CARTLINT_EXAMPLE_UPDATE_A_CART,
    ServiceResponse::rejects,
    "Rejects it: without a JSON media type the service finds no reader for the body and answers 415 Unsupported "
    "Media Type (ASP.NET Web API's behaviour), or reads no cart at all."};

class ContentType final : public MessageRule {
public:
    ContentType() : MessageRule(rules::doc) {}
    void check(const MessageContext& c, ContainerFindings& out) const override {
        if (!c.message.is_request || c.message.body.empty()) return;
        const HttpHeader* h = find_header(c.message, c.text, "Content-Type");
        if (!h) {
            report(out, c.message.start_line, "the request has a body but no Content-Type header: send Content-Type: application/json");
            return;
        }
        if (touches_variable(c.message, h->value)) return;
        std::string_view value = c.text.substr(h->value.begin, h->value.size());
        // A folded value starts on the next line (http/folded-header says so).
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t' || value.front() == '\r' || value.front() == '\n')) value.remove_prefix(1);
        const std::string_view json = "application/json";
        const bool is_json = value.size() >= json.size() && ascii::casecmp_n(value.data(), json.data(), json.size()) == 0 &&
                             (value.size() == json.size() || value[json.size()] == ';' || value[json.size()] == ' ');
        if (!is_json)
            report(out, h->value, "Content-Type '" + std::string(value.substr(0, 60)) + "' is not application/json: the service does not read the body as JSON");
    }
};

}  // namespace

CARTLINT_RULE(http_content_type, ContentType)

}  // namespace cartlint::detail::rules
