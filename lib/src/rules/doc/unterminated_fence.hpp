#pragma once
// The documentation of doc/unterminated-fence, a finding the page's linter reports itself.

#include <cartlint/rules.hpp>

namespace cartlint::detail::rules {

const RuleDoc& doc_unterminated_fence();

}  // namespace cartlint::detail::rules
