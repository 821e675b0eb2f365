#include "rules/context/needed_context.hpp"

namespace cartlint::detail {

const RuleDoc& context_doc(NeededContext need) noexcept {
    switch (need) {
        case NeededContext::customer_country: return rules::context_customer_country();
        case NeededContext::provider_id: break;
        case NeededContext::none: break;  // not a need: callers never ask
    }
    return rules::context_provider_id();
}

}  // namespace cartlint::detail
