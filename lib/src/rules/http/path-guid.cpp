// http/path-guid: the customer and cart ids in the path are GUIDs.

#include "rules/container_rule.hpp"
#include "rules/format/format_checks.hpp"
#include "rules/http/example_message.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/path-guid", Severity::error, "A customer-id or cart-id in the path is not a GUID",
    "The cart pages' URI parameters tables: customer-id is \"a GUID formatted customer-id that identifies the "
    "customer\", cart-id \"a GUID formatted cart-id that identifies the cart\". Placeholders ({customer-id}, "
    "<cart-id>, {{cartId}}) are not checked.",
    "PUT /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3 HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type: application/json\n\n"
    CARTLINT_EXAMPLE_CART_BODY,
    CARTLINT_EXAMPLE_UPDATE_A_CART,
    ServiceResponse::rejects,
    "Rejects it: the service finds no customer or cart under an id that is not a GUID and answers 400 Bad Request "
    "or 404 Not Found."};

class PathGuid final : public MessageRule {
public:
    PathGuid() : MessageRule(rules::doc) {}
    void check(const MessageContext& c, ContainerFindings& out) const override {
        for (const GuidSegment& g : c.endpoint.guids) {
            const std::string_view value = c.text.substr(g.span.begin, g.span.size());
            if (!is_guid(value)) report(out, g.span, fmt::format("the {} '{}' is not a GUID", g.role, value.substr(0, 60)));
        }
    }
};

}  // namespace

CARTLINT_RULE(http_path_guid, PathGuid)

}  // namespace cartlint::detail::rules
