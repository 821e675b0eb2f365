// The pipeline: parse (with source map) -> recover broken text -> pick the schema ->
// canonicalise names -> validate -> rules -> positions in the user's text.

#include <cartlint/linter.hpp>

#include "document/detect_kind.hpp"
#include "document/order_shape.hpp"
#include "document/stringified.hpp"
#include "parse/dom_pool.hpp"
#include "parse/encoding.hpp"
#include "parse/line_index.hpp"
#include "parse/strict_parser.hpp"
#include "pipeline/findings.hpp"
#include "repair/edits.hpp"
#include "repair/guessed_structure.hpp"
#include "repair/recover.hpp"
#include "rules/rule_engine.hpp"
#include "rules/stage_rule_docs.hpp"
#include "rules/support/date_time.hpp"
#include "schema/native_validator.hpp"
#include "schema/schema_index.hpp"
#include "schema/valijson_engine.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <unordered_map>
#include <unordered_set>

namespace cartlint {

using namespace detail;

// valijson compiles its schemas on first use: most runs never ask for the reference engine.
const ValijsonEngine& reference() {
    static const ValijsonEngine engine(schema_index());
    return engine;
}

struct Linter::Impl {
    const SchemaIndex& index = schema_index();
    NativeValidator validator{index};
    RuleEngine rules{index};

    // Everything after parsing: returns findings with offsets into doc.text.
    std::vector<Diagnostic> analyse(JsonDocument& doc, DocumentKind& kind, const LintOptions& options) const;
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
    // A hash set of copies (erase_if moves the diagnostics around): linear in the findings, which
    // a hostile document can have by the hundred thousand.
    std::unordered_set<std::string> ruled;
    for (const auto& d : diagnostics)
        if ((d.rule.compare(0, 7, "schema/") != 0 && d.rule.compare(0, 6, "quirk/") != 0) || d.rule == "quirk/line-item-id-string" ||
            d.rule == "quirk/partner-ids-string")
            ruled.insert(d.pointer);
    if (ruled.empty()) return;
    std::erase_if(diagnostics, [&](const Diagnostic& d) {
        if (std::find(std::begin(value_rules), std::end(value_rules), d.rule) == std::end(value_rules)) return false;
        return ruled.count(d.pointer) != 0;
    });
}

Diagnostic syntax_diagnostic(std::string rule, std::string message, std::size_t offset, std::size_t length) {
    Diagnostic d;
    d.rule = std::move(rule);
    d.severity = default_severity(d.rule);
    d.message = std::move(message);
    d.begin.offset = offset;
    d.end.offset = offset + length;
    return d;
}

bool setting_applies(const RuleSetting& s, const Diagnostic& d) {
    const std::string& r = s.rule;
    bool rule = r == d.rule || r == "*" ||
                (r.size() >= 2 && r.compare(r.size() - 2, 2, "/*") == 0 && d.rule.compare(0, r.size() - 1, r, 0, r.size() - 1) == 0);
    if (!rule) return false;
    if (s.pointer.empty()) return true;
    return d.pointer.compare(0, s.pointer.size(), s.pointer) == 0 &&
           (d.pointer.size() == s.pointer.size() || d.pointer[s.pointer.size()] == '/');
}

// The user's severities: the last setting that applies wins; one without a severity drops the finding.
void apply_rule_settings(const std::vector<RuleSetting>& settings, std::vector<Diagnostic>& diagnostics) {
    if (settings.empty()) return;
    std::erase_if(diagnostics, [&](Diagnostic& d) {
        const RuleSetting* last = nullptr;
        for (const auto& s : settings)
            if (setting_applies(s, d)) last = &s;
        if (!last) return false;
        if (!last->severity) return true;
        d.severity = *last->severity;
        return false;
    });
}

// At most findings_per_rule findings of one rule per document, the first by position, then one
// that says how many more there were: the same in every format, and bounded whatever the input.
void cap_per_rule(std::vector<Diagnostic>& diagnostics) {
    if (diagnostics.size() <= findings_per_rule) return;
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.begin.offset < b.begin.offset; });
    std::unordered_map<std::string, std::size_t> seen;
    std::vector<Diagnostic> kept;
    std::unordered_map<std::string, std::size_t> summary_of;
    for (auto& d : diagnostics) {
        const std::size_t n = ++seen[d.rule];
        if (n <= findings_per_rule) {
            kept.push_back(std::move(d));
        } else if (n == findings_per_rule + 1) {
            summary_of[d.rule] = kept.size();
            d.fix.reset();
            kept.push_back(std::move(d));
        }
    }
    for (auto& [rule, at] : summary_of) {
        Diagnostic& s = kept[at];
        s.message = fmt::format("and {} more like this: only the first {} are listed", seen[rule] - findings_per_rule, findings_per_rule);
    }
    diagnostics = std::move(kept);
}

void resolve_positions(std::string_view text, std::vector<Diagnostic>& diagnostics) {
    if (diagnostics.empty()) return;
    LineIndex lines(text);
    std::vector<std::size_t> offsets;
    offsets.reserve(diagnostics.size() * 2);
    for (const auto& d : diagnostics) {
        offsets.push_back(d.begin.offset);
        offsets.push_back(std::max(d.end.offset, d.begin.offset));
    }
    std::vector<Position> positions;
    lines.resolve(std::move(offsets), positions);
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        diagnostics[i].begin = positions[2 * i];
        diagnostics[i].end = positions[2 * i + 1];
    }
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.begin.offset < b.begin.offset;
    });
}

}  // namespace

std::vector<Diagnostic> Linter::Impl::analyse(JsonDocument& doc, DocumentKind& kind, const LintOptions& options) const {
    if (kind == DocumentKind::automatic) kind = detect_kind(doc);
    Findings findings(doc);
    if (options.engine == SchemaEngine::valijson) {
        rules.prepare(doc, kind, findings);
        reference().validate(kind, doc, findings);
        rules.run(doc, kind, options, findings);
    } else {
        // One walk: the validator hands the rules the values they check and says whether the
        // names need the name rules. Rarely they do: then those run, and validation again.
        thread_local std::vector<Visit> visits;
        thread_local std::vector<Node> members;
        visits.clear();
        members.clear();
        VisitRequest request{rules.subscribed(), visits, members};
        validator.validate(kind, doc, findings, &request);
        if (request.names_need_preparation) {
            findings.list().clear();
            visits.clear();
            members.clear();
            rules.prepare(doc, kind, findings);
            VisitRequest again{rules.subscribed(), visits, members};
            again.names_need_preparation = true;  // known: no need to watch names again
            validator.validate(kind, doc, findings, &again);
        }
        rules.run(doc, kind, options, findings, &visits, &members);
    }
    auto out = std::move(findings.list());
    drop_superseded_schema_findings(out);
    // A PATCH that changes an order's status sends only what changes: nothing else is required.
    if (kind == DocumentKind::order && order_shape(doc.dom) == OrderShape::status_change)
        std::erase_if(out, [](const Diagnostic& d) { return d.rule == "schema/required"; });
    return out;
}

LintResult Linter::lint(std::string_view text, const LintOptions& options) const {
    LintResult result;
    DocumentKind kind = options.kind;
    std::optional<Stringified> stringified;
    try {
        DomPool& pool = DomPool::local();
        // Give back what a large document spilled past the first block once this one is done.
        struct Release {
            DomPool& pool;
            ~Release() { pool.fresh(); }
        } release{pool};
        DomPool::Document pooled(pool);
        JsonDocument& doc = pooled.get();
        if (const auto encoding = wide_encoding(text)) {
            // One finding and no fix: repairing it byte by byte as UTF-8 would destroy the text.
            result.diagnostics.push_back(syntax_diagnostic(
                "syntax/encoding",
                fmt::format("the text is {}, not UTF-8: save it as UTF-8 (cartlint checks nothing else in it)", *encoding), 0, 0));
            result.kind = kind == DocumentKind::automatic ? DocumentKind::cart : kind;
            apply_rule_settings(options.rule_settings, result.diagnostics);
            resolve_positions(text, result.diagnostics);
            return result;
        }
        auto fault = parse_strict(text, doc);
        if (!fault && (stringified = stringified_document(text, doc))) {
            // Checked below, once this document's memory is given back.
        } else if (!fault) {
            result.diagnostics = impl_->analyse(doc, kind, options);
        } else if (fault->rule.rfind("limit/", 0) == 0) {
            // Past a limit the strict parser has already checked the syntax of the whole text:
            // nothing to recover, and a huge input must not be scanned again.
            result.diagnostics.push_back(syntax_diagnostic(fault->rule, fault->message, fault->offset, fault->length));
        } else {
            // Not JSON: name every syntax fault, then check the repaired text as far as it goes,
            // reporting at the user's own positions.
            Recovery recovery = recover(text);
            std::vector<Edit> edits;
            for (auto& r : recovery.repairs) {
                Diagnostic& d = result.diagnostics.emplace_back(syntax_diagnostic(r.rule, r.message, r.offset, r.length));
                edits.insert(edits.end(), r.edits.begin(), r.edits.end());
                if (r.safe && !r.edits.empty()) d.fix = Fix{r.fix, normalise_edits(r.edits), true};
            }
            if (recovery.repairs.empty()) {
                // The scanner saw nothing wrong (a number out of range, nesting too deep): the
                // strict parser's verdict stands.
                result.diagnostics.push_back(syntax_diagnostic(fault->rule, fault->message, fault->offset, fault->length));
            } else if (recovery.usable) {
                edits = normalise_edits(std::move(edits));
                const std::string repaired = apply_edits(text, edits);
                const OffsetMap to_original(edits);
                DomPool::Document pooled_fixed(pool, false);
                JsonDocument& fixed = pooled_fixed.get();
                std::vector<Diagnostic> later;
                if (auto still = parse_strict(repaired, fixed))
                    later.push_back(syntax_diagnostic(still->rule, still->message, still->offset, still->length));
                else
                    later = impl_->analyse(fixed, kind, options);
                // Only what does not rest on a guess of the recovery is reported.
                std::vector<std::size_t> guesses;
                for (const auto& r : recovery.repairs)
                    if (!r.safe) guesses.push_back(r.offset);
                if (!guesses.empty() && !later.empty()) {
                    const GuessedStructure guessed(fixed, edits, std::move(guesses));
                    std::erase_if(later, [&](const Diagnostic& d) { return guessed.depends_on_guess(d); });
                }
                for (auto& d : later) {
                    d.begin.offset = to_original.to_original(d.begin.offset);
                    d.end.offset = std::max(d.begin.offset, to_original.to_original(d.end.offset));
                    // A fix computed on the repaired text applies to the original only if its
                    // spans map back whole.
                    if (d.fix) {
                        for (auto& e : d.fix->edits) {
                            std::size_t b = to_original.to_original(e.offset), end = to_original.to_original(e.offset + e.length);
                            if (end - b != e.length && e.length) d.fix.reset();
                            if (!d.fix) break;
                            e.offset = b;
                        }
                    }
                    result.diagnostics.push_back(std::move(d));
                }
            }
        }
    } catch (const std::bad_alloc&) {
        // Out of memory for this document: say so and go on with the next one.
        result.diagnostics.clear();
        result.diagnostics.push_back({"internal/error", Severity::error, "cartlint ran out of memory on this document", "", {}, {}, {}});
    } catch (const std::exception& e) {
        // A bug or resource exhaustion inside cartlint: say so instead of letting it escape.
        result.diagnostics.clear();
        result.diagnostics.push_back({"internal/error", Severity::error, std::string("cartlint failed: ") + e.what(), "", {}, {}, {}});
    }
    if (stringified) {
        // The body serialised twice: say so, then check the document inside the string, with
        // every finding placed on the characters of the string it comes from.
        result.diagnostics.push_back(syntax_diagnostic(
            "syntax/stringified-json", "the document is a JSON string that holds the JSON: it was serialised twice; send the JSON itself",
            stringified->begin, stringified->end - stringified->begin));
        LintResult inner = lint(stringified->inner, options);
        kind = inner.kind;
        for (auto& d : inner.diagnostics) {
            const auto at = [&](std::size_t offset) { return stringified->source[std::min(offset, stringified->source.size() - 1)]; };
            d.begin.offset = at(d.begin.offset);
            d.end.offset = std::max(d.begin.offset + 1, at(d.end.offset));
            d.fix.reset();  // edits of the inner text do not apply to the escaped outer one
            result.diagnostics.push_back(std::move(d));
        }
    }
    result.kind = kind == DocumentKind::automatic ? DocumentKind::cart : kind;
    apply_rule_settings(options.rule_settings, result.diagnostics);
    cap_per_rule(result.diagnostics);
    resolve_positions(text, result.diagnostics);
    return result;
}

}  // namespace cartlint
