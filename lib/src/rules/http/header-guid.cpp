// http/header-guid: MS-RequestId and MS-CorrelationId are GUIDs.

#include "rules/container_rule.hpp"
#include "rules/format/format_checks.hpp"
#include "rules/http/example_message.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/header-guid", Severity::warning, "MS-RequestId or MS-CorrelationId is not a GUID",
    "The Partner Center REST headers page: MS-RequestId is \"a unique identifier for the call, used to ensure "
    "idempotency\" and MS-CorrelationId \"a unique identifier for the call\", both GUIDs (the .NET SDK sends "
    "Guid.NewGuid()). A value in {{braces}} is a variable and is not checked.",
    "PUT " CARTLINT_EXAMPLE_CART_PATH " HTTP/1.1\n"
    "Authorization: Bearer <token>\nMS-RequestId: 12345\nContent-Type: application/json\n\n"
    CARTLINT_EXAMPLE_CART_BODY,
    "PUT " CARTLINT_EXAMPLE_CART_PATH " HTTP/1.1\n"
    "Authorization: Bearer <token>\nMS-RequestId: 4fa6dad6-a89f-4875-8247-8294a10ae1cf\nContent-Type: application/json\n\n"
    CARTLINT_EXAMPLE_CART_BODY,
    ServiceResponse::unverified,
    "Not documented: the headers page asks for GUIDs but does not say what the service does with another value; "
    "unverified whether it rejects the call or only loses the idempotency and tracing these ids give."};

// The .NET Guid.ToString("B") form, {…}, is a GUID too.
bool is_header_guid(std::string_view s) noexcept {
    if (s.size() == 38 && s.front() == '{' && s.back() == '}') s = s.substr(1, 36);
    return is_guid(s);
}

class HeaderGuid final : public MessageRule {
public:
    HeaderGuid() : MessageRule(rules::doc) {}
    void check(const MessageContext& c, ContainerFindings& out) const override {
        for (std::string_view name : {"MS-RequestId", "MS-CorrelationId"}) {
            const HttpHeader* h = find_header(c.message, c.text, name);
            if (!h || touches_variable(c.message, h->value)) continue;
            const std::string_view value = c.text.substr(h->value.begin, h->value.size());
            if (!is_header_guid(value)) report(out, h->value, fmt::format("{} '{}' is not a GUID", name, value.substr(0, 60)));
        }
    }
};

}  // namespace

CARTLINT_RULE(http_header_guid, HeaderGuid)

}  // namespace cartlint::detail::rules
