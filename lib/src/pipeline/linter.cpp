// The pipeline: parse (with source map) -> pick the schema -> validate -> positions.

#include <cartlint/linter.hpp>

#include "document/detect_kind.hpp"
#include "parse/line_index.hpp"
#include "parse/strict_parser.hpp"
#include "pipeline/findings.hpp"
#include "rules/rule_engine.hpp"
#include "rules/support/date_time.hpp"
#include "schema/schema_index.hpp"
#include "schema/valijson_engine.hpp"

#include <algorithm>
#include <exception>

namespace cartlint {

using namespace detail;

struct Linter::Impl {
    const SchemaIndex& index = schema_index();
    ValijsonEngine engine{index};
    RuleEngine rules{index};
};

Linter::Linter() : impl_(std::make_unique<const Impl>()) {}
Linter::~Linter() = default;
Linter::Linter(Linter&&) noexcept = default;
Linter& Linter::operator=(Linter&&) noexcept = default;

std::optional<std::chrono::system_clock::time_point> parse_timestamp(std::string_view text) {
    auto parsed = parse_date_time(text);
    if (!parsed.value) return std::nullopt;
    return std::chrono::system_clock::time_point(std::chrono::seconds(parsed.value->seconds));
}

std::size_t LintResult::count(Severity severity) const noexcept {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [&](const Diagnostic& d) { return d.severity == severity; }));
}

namespace {

// A rule that checks a value knows more than the schema's generic verdict on it (quantity "2"
// is a coerced string, not a type error; billingCycle "Monthly" works): its finding replaces
// the schema's value findings at the same place.
void drop_superseded_schema_findings(std::vector<Diagnostic>& diagnostics) {
    static constexpr std::string_view value_rules[] = {"schema/type", "schema/enum", "schema/const", "schema/minimum",
                                                       "schema/maximum", "schema/max-items"};
    std::vector<std::string> ruled;  // copies: erase_if moves the diagnostics around
    for (const auto& d : diagnostics)
        if (d.rule.compare(0, 7, "schema/") != 0) ruled.push_back(d.pointer);
    if (ruled.empty()) return;
    std::erase_if(diagnostics, [&](const Diagnostic& d) {
        if (std::find(std::begin(value_rules), std::end(value_rules), d.rule) == std::end(value_rules)) return false;
        return std::find(ruled.begin(), ruled.end(), d.pointer) != ruled.end();
    });
}

void resolve_positions(std::string_view text, std::vector<Diagnostic>& diagnostics) {
    if (diagnostics.empty()) return;
    LineIndex lines(text);
    for (auto& d : diagnostics) {
        d.begin = lines.position(d.begin.offset);
        d.end = lines.position(std::max(d.end.offset, d.begin.offset));
    }
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.begin.offset < b.begin.offset;
    });
}

}  // namespace

LintResult Linter::lint(std::string_view text, const LintOptions& options) const {
    LintResult result;
    result.kind = options.kind == DocumentKind::automatic ? DocumentKind::cart : options.kind;
    try {
        JsonDocument doc;
        if (auto fault = parse_strict(text, doc)) {
            Diagnostic& d = result.diagnostics.emplace_back();
            d.rule = std::move(fault->rule);
            d.severity = Severity::error;
            d.message = std::move(fault->message);
            d.begin.offset = fault->offset;
            d.end.offset = fault->offset + fault->length;
        } else {
            result.kind = options.kind == DocumentKind::automatic ? detect_kind(doc) : options.kind;
            Findings findings(doc);
            impl_->engine.validate(result.kind, doc, findings);
            impl_->rules.run(doc, result.kind, options, findings);
            result.diagnostics = std::move(findings.list());
            drop_superseded_schema_findings(result.diagnostics);
        }
    } catch (const std::exception& e) {
        // A bug or resource exhaustion inside cartlint: say so instead of letting it escape.
        result.diagnostics.clear();
        result.diagnostics.push_back({"internal/error", Severity::error, std::string("cartlint failed: ") + e.what(), "", {}, {}, {}});
    }
    resolve_positions(text, result.diagnostics);
    return result;
}

}  // namespace cartlint
