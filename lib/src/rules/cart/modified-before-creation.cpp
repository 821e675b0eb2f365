// cart/modified-before-creation: a last modification before the cart existed.

#include "rules/cart/cart_times.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "cart/modified-before-creation", Severity::warning, "lastModifiedTimestamp is before creationTimestamp",
    "Both are \"applied upon successful creation of the cart\" (Update a cart) and the service only moves "
    "lastModifiedTimestamp forward: a modification before creation means the timestamps were edited by hand.",
    R"({"creationTimestamp":"2018-03-15T17:15:02Z","lastModifiedTimestamp":"2018-03-15T17:00:00Z",
  "lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    R"({"creationTimestamp":"2018-03-15T17:15:02Z","lastModifiedTimestamp":"2018-03-15T17:15:02Z",
  "lineItems":[{"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"one_time"}]})",
    ServiceResponse::unverified,
    "Unverified: the service sets both timestamps and only moves lastModifiedTimestamp forward; whether it reads them in a request is not documented."};

constexpr std::string_view titles[] = {"Cart"};

class ModifiedBeforeCreation final : public ValueRule {
public:
    ModifiedBeforeCreation() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node cart, const SchemaNode&) const override {
        auto created = cart_timestamp(ctx, cart, property::creationTimestamp);
        auto modified = cart_timestamp(ctx, cart, property::lastModifiedTimestamp);
        if (!created || !modified) return;
        if (modified->value >= created->value) return;
        const std::int64_t delta = created->value.seconds - modified->value.seconds;
        ctx.report(*this, modified->node, fmt::format("the cart was last modified {} before it was created",
                                                      delta ? format_duration(delta) : std::string("a moment")));
    }
};

}  // namespace

CARTLINT_RULE(cart_modified_before_creation, ModifiedBeforeCreation)

}  // namespace cartlint::detail::rules
