#pragma once
// Documentation of the findings the pipeline stages produce themselves (parse, limits, schema,
// input): they are rules to the user, listed and explained like the checked ones.

#include <cartlint/rules.hpp>

#include <span>

namespace cartlint::detail {

std::span<const RuleDoc> syntax_rule_docs() noexcept;
std::span<const RuleDoc> schema_rule_docs() noexcept;
// io/unreadable and internal/error.
std::span<const RuleDoc> run_rule_docs() noexcept;

// The default severity of a rule id, from its RuleDoc (error for an id without one): the stages
// report with it, so a severity is stated once, beside what the service does.
Severity default_severity(std::string_view id) noexcept;

}  // namespace cartlint::detail
