#pragma once
// The documentation of every rule cartlint can report: for --list-rules, --explain, SARIF rule
// metadata and the README. The rules themselves stay private to the library.

#include <cartlint/diagnostic.hpp>

#include <span>
#include <string_view>

namespace cartlint {

struct RuleDoc {
    std::string_view id;           // "category/name"; for a checked rule, also its source file's stem
    Severity severity;             // the default severity
    std::string_view summary;      // one line
    std::string_view explanation;  // why, citing the doc page or SDK fact it rests on
    std::string_view bad;          // an example that triggers it (JSON fragment)
    std::string_view good;         // the same example, corrected
};

// Every rule, in registry order: syntax, limits, schema, then the checked rules by category.
std::span<const RuleDoc> rule_docs() noexcept;
const RuleDoc* find_rule_doc(std::string_view id) noexcept;

}  // namespace cartlint
