// http/folded-header: a header continued on the next line (obs-fold).

#include "rules/container_rule.hpp"
#include "rules/http/example_message.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "http/folded-header", Severity::error, "A header folded over several lines",
    "RFC 9112 section 5.2: line folding (a header line continued on a line that starts with a space or a tab) is "
    "obsolete; a server must reject a request that has it, or replace each fold by a space.",
    "PUT " CARTLINT_EXAMPLE_CART_PATH " HTTP/1.1\n"
    "Authorization: Bearer <token>\nContent-Type:\n application/json\n\n"
    CARTLINT_EXAMPLE_CART_BODY,
    CARTLINT_EXAMPLE_UPDATE_A_CART,
    ServiceResponse::rejects,
    "Rejects it: RFC 9112 lets a server answer a folded header with 400 Bad Request, and IIS and Kestrel do."};

class FoldedHeader final : public MessageRule {
public:
    FoldedHeader() : MessageRule(rules::doc) {}
    void check(const MessageContext& c, ContainerFindings& out) const override {
        for (const HttpHeader& h : c.message.headers) {
            if (!h.folded) continue;
            const std::string_view name = c.text.substr(h.name.begin, h.name.size());
            // A credential's line is never shown: reported on the request line instead.
            const bool secret = may_hold_secret(c.text.substr(h.line.begin, h.value.end - h.line.begin));
            report(out, secret ? c.message.start_line : h.name,
                   fmt::format("the {} header is folded over several lines: write it on one line{}", name,
                               secret ? " (its lines are not shown: they may hold a credential)" : ""));
        }
    }
};

}  // namespace

CARTLINT_RULE(http_folded_header, FoldedHeader)

}  // namespace cartlint::detail::rules
