// doc/unterminated-fence: a code block that is never closed. Reported by the page's linter
// (pipeline/markdown_lint), which finds fences; documented here with the doc rules.

#include "rules/doc/unterminated_fence.hpp"

namespace cartlint::detail::rules {

const RuleDoc& doc_unterminated_fence() {
    static constexpr RuleDoc doc{
        "doc/unterminated-fence", Severity::error, "A code block is never closed",
        "A fenced code block (``` or ~~~) runs to its closing fence of the same character and at least the same "
        "length (CommonMark, fenced code blocks); without one, the rest of the page is code. The block's content is "
        "not linted: where the sample ends cannot be known, and --fix leaves the page as it is.",
        "# Update a cart\n\n```json\n{\"lineItems\": []}\n",
        "# Update a cart\n\n```json\n{\"lineItems\": []}\n```\n",
        ServiceResponse::unchecked,
        "Unchecked: the block's sample could not be told from the prose after it, so nothing in it was checked; the "
        "rendered page shows the rest of the page as code."};
    return doc;
}

}  // namespace cartlint::detail::rules
