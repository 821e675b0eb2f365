#pragma once
// The linter's state and its stages, shared by the payload pipeline (linter.cpp) and the one for
// what holds payloads, HTTP messages and doc pages (container_lint.cpp).

#include "core/findings.hpp"
#include "core/json_document.hpp"
#include "rules/rule_engine.hpp"
#include "schema/native_validator.hpp"
#include "schema/schema_index.hpp"

#include <cartlint/linter.hpp>

#include <functional>
#include <string_view>
#include <vector>

namespace cartlint {

struct Linter::Impl {
    const detail::SchemaIndex& index = detail::schema_index();
    detail::NativeValidator validator{index};
    detail::RuleEngine rules{index};

    // Everything after parsing: returns findings with offsets into doc.text; those not kept
    // (past the cap) are counted in `left_out`. `drop` filters findings as they arise.
    std::vector<Diagnostic> analyse(detail::JsonDocument& doc, DocumentKind& kind, const LintOptions& options, detail::LeftOut& left_out,
                                    std::function<bool(const Diagnostic&)> drop = {}) const;
    // A whole lint but for the cap's closing step and the positions.
    LintResult check(std::string_view text, const LintOptions& options, detail::LeftOut& left_out) const;
    // An HTTP message (or a .http file's several) or a Markdown page: the payloads inside are
    // checked with check(), their findings moved to where they stand in `text`.
    LintResult check_container(std::string_view text, DocumentKind container, const LintOptions& options, detail::LeftOut& left_out) const;
};


namespace detail {

// The user's severities: the last setting that applies wins; one without a severity drops the finding.
void apply_rule_settings(const std::vector<RuleSetting>& settings, std::vector<Diagnostic>& diagnostics);

// A failure inside cartlint on one document (memory ran out, a bug): its findings give way to one
// internal/error saying so, nothing is counted as left out, and the run goes on with the next.
void replace_with_internal_error(std::vector<Diagnostic>& diagnostics, LeftOut& left_out, std::string message);
inline constexpr std::string_view out_of_memory_message = "cartlint ran out of memory on this document";

// http or markdown when the text is one (the kind asked for, or for `automatic` what the text
// starts with), else automatic: a payload.
DocumentKind container_kind(std::string_view text, DocumentKind asked) noexcept;

}  // namespace detail
}  // namespace cartlint
