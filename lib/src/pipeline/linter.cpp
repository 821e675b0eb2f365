// The pipeline: parse (with source map) -> recover broken text -> pick the schema ->
// canonicalise names -> validate -> rules -> positions in the user's text.

#include <cartlint/linter.hpp>

#include "pipeline/linter_impl.hpp"

#include "document/detect_kind.hpp"
#include "document/order_shape.hpp"
#include "document/stringified.hpp"
#include "core/dom_pool.hpp"
#include "parse/encoding.hpp"
#include "core/line_index.hpp"
#include "parse/strict_parser.hpp"
#include "core/findings.hpp"
#include "repair/edits.hpp"
#include "repair/guessed_structure.hpp"
#include "repair/recover.hpp"
#include "rules/rule_engine.hpp"
#include "core/stage_rule_docs.hpp"
#include "core/date_time.hpp"
#include "schema/native_validator.hpp"
#include "schema/schema_index.hpp"
#ifndef CARTLINT_WITH_VALIJSON
#error "CARTLINT_WITH_VALIJSON (0 or 1) comes from lib/CMakeLists.txt"
#endif
#if CARTLINT_WITH_VALIJSON
#include "schema/valijson_engine.hpp"
#endif

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <functional>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace cartlint {

using namespace detail;

#if CARTLINT_WITH_VALIJSON
// valijson compiles its schemas on first use: most runs never ask for the reference engine.
const ValijsonEngine& reference() {
    static const ValijsonEngine engine(schema_index());
    return engine;
}
#endif

bool has_schema_engine(SchemaEngine engine) noexcept {
    return engine == SchemaEngine::native || (engine == SchemaEngine::valijson && CARTLINT_WITH_VALIJSON);
}

Linter::Linter() : impl_(std::make_unique<const Impl>()) {}
Linter::~Linter() = default;
Linter::Linter(Linter&&) noexcept = default;
Linter& Linter::operator=(Linter&&) noexcept = default;

std::optional<std::chrono::system_clock::time_point> parse_timestamp(std::string_view text) {
    auto parsed = parse_date_time(text);
    if (!parsed.value) return std::nullopt;
    // system_clock counts nanoseconds in 64 bits (about 1678 to 2261): a later or earlier instant
    // would overflow the conversion, so it is refused rather than wrapped to some other date.
    using clock = std::chrono::system_clock;
    constexpr auto lo = std::chrono::duration_cast<std::chrono::seconds>(clock::time_point::min().time_since_epoch());
    constexpr auto hi = std::chrono::duration_cast<std::chrono::seconds>(clock::time_point::max().time_since_epoch());
    if (parsed.value->seconds <= lo.count() || parsed.value->seconds >= hi.count()) return std::nullopt;
    return clock::time_point(std::chrono::seconds(parsed.value->seconds));
}

std::size_t LintResult::count(Severity severity) const noexcept {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [&](const Diagnostic& d) { return d.severity == severity; }));
}

namespace {

Diagnostic syntax_diagnostic(std::string rule, std::string message, std::size_t offset, std::size_t length) {
    Diagnostic d;
    d.rule = std::move(rule);
    d.severity = default_severity(d.rule);
    d.message = std::move(message);
    d.begin.offset = offset;
    d.end.offset = offset + length;
    return d;
}

// 4999900 -> "4,999,900".
std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// At most findings_per_rule findings of one rule per document, the first by position, then one
// that says how many more there were: the same in every format, and bounded whatever the input.
// The stages keep at most findings_per_rule + 1 of a rule and count the rest in `left_out`.
void cap_per_rule(std::vector<Diagnostic>& diagnostics, const LeftOut& left_out) {
    if (diagnostics.size() <= findings_per_rule && left_out.empty()) return;
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
        const auto more = left_out.find(rule);
        const std::size_t total = seen[rule] + (more == left_out.end() ? 0 : more->second);
        s.message = fmt::format("and {} more like this: only the first {} are listed", grouped(total - findings_per_rule), findings_per_rule);
    }
    diagnostics = std::move(kept);
}

// ContextHints::summary: the hints at info severity become counts (at most one of each per
// document, as RuleContext::missing_context says them).
void fold_context_hints(LintResult& result) {
    std::erase_if(result.diagnostics, [&](const Diagnostic& d) {
        if (d.severity != Severity::info || d.rule.rfind("context/", 0) != 0) return false;
        if (d.rule == "context/customer-country") result.missing_context.customer_country = 1;
        else if (d.rule == "context/provider-id") result.missing_context.provider_id = 1;
        else return false;  // a context need this fold does not know keeps its finding
        return true;
    });
}

void resolve_positions(std::string_view text, std::vector<Diagnostic>& diagnostics) {
    if (diagnostics.empty()) return;
    LineIndex lines(text);
    // Kept by the thread: a stream of broken documents resolves a few positions a document.
    thread_local std::vector<std::size_t> offsets;
    thread_local std::vector<Position> positions;
    offsets.clear();
    for (const auto& d : diagnostics) {
        offsets.push_back(d.begin.offset);
        offsets.push_back(std::max(d.end.offset, d.begin.offset));
    }
    lines.resolve(offsets, positions);
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        diagnostics[i].begin = positions[2 * i];
        diagnostics[i].end = positions[2 * i + 1];
    }
    // Most documents' findings are in order already; stable_sort would allocate its buffer anyway.
    const auto by_offset = [](const Diagnostic& a, const Diagnostic& b) { return a.begin.offset < b.begin.offset; };
    if (!std::is_sorted(diagnostics.begin(), diagnostics.end(), by_offset)) std::stable_sort(diagnostics.begin(), diagnostics.end(), by_offset);
}

}  // namespace

std::vector<Diagnostic> Linter::Impl::analyse(JsonDocument& doc, DocumentKind& kind, const LintOptions& options, LeftOut& left_out,
                                              std::function<bool(const Diagnostic&)> drop) const {
    if (kind == DocumentKind::automatic) kind = detect_kind(doc);
    // Bounded as they arise: what the user turned off, and a rule's findings past the cap, are
    // never built into the list (a document whose every value is wrong costs the cap, not a
    // finding per value).
    Findings findings(doc, Admission{&options.rule_settings, std::move(drop), {}});
    if (options.engine == SchemaEngine::valijson) {
#if CARTLINT_WITH_VALIJSON
        rules.prepare(doc, kind, findings);
        reference().validate(kind, doc, findings);
        rules.run(doc, kind, options, findings);
#else
        // Caught below like any failure inside cartlint: one internal/error, no half-checked findings.
        throw std::runtime_error("this build has no valijson engine (configured with CARTLINT_WITH_VALIJSON=OFF)");
#endif
    } else {
        // One walk: the validator hands the rules the values they check and says whether the
        // names need the name rules. Rarely they do: then those run, and validation again.
        thread_local std::vector<Visit> visits;
        thread_local std::vector<Node> members;
        visits.clear();
        members.clear();
        // A document rule that runs on every document runs first, and validation once after it.
        const bool prepared = rules.prepares_every_document();
        if (prepared) rules.prepare(doc, kind, findings);
        VisitRequest request{rules.subscribed(), visits, members};
        request.names_need_preparation = prepared;  // known: no need to watch names
        validator.validate(kind, doc, findings, &request);
        if (!prepared && request.names_need_preparation) {
            findings.clear();
            visits.clear();
            members.clear();
            rules.prepare(doc, kind, findings, RuleEngine::Names::irregular);
            VisitRequest again{rules.subscribed(), visits, members};
            again.names_need_preparation = true;  // known: no need to watch names again
            validator.validate(kind, doc, findings, &again);
        }
        rules.run(doc, kind, options, findings, &visits, &members);
    }
    // A rule that checks a value knows more than the schema's generic verdict on it (quantity "2"
    // is a coerced string, not a type error; billingCycle "Monthly" works): take() drops the
    // schema's value findings where a rule reported at the same pointer.
    LeftOut found_left_out;
    auto out = findings.take(found_left_out);
    // A PATCH that changes an order's status sends only what changes: nothing else is required.
    if (kind == DocumentKind::order && order_shape(doc.dom) == OrderShape::status_change) {
        std::erase_if(out, [](const Diagnostic& d) { return d.rule == "schema/required"; });
        found_left_out.erase("schema/required");
    }
    for (auto& [rule, n] : found_left_out) left_out[rule] += n;
    return out;
}

namespace detail {

void replace_with_internal_error(std::vector<Diagnostic>& diagnostics, LeftOut& left_out, std::string message) {
    left_out.clear();
    diagnostics.clear();
    diagnostics.push_back({"internal/error", Severity::error, std::move(message), "", {}, {}, {}});
}

// The user's severities: the last setting that applies wins; one without a severity drops the finding.
void apply_rule_settings(const std::vector<RuleSetting>& settings, std::vector<Diagnostic>& diagnostics) {
    if (settings.empty()) return;
    std::erase_if(diagnostics, [&](Diagnostic& d) {
        const RuleSetting* last = nullptr;
        for (const auto& s : settings)
            if (setting_names_rule(s, d.rule) && setting_covers_pointer(s, d.pointer)) last = &s;
        if (!last) return false;
        if (!last->severity) return true;
        d.severity = *last->severity;
        return false;
    });
}

}  // namespace detail

LintResult Linter::lint(std::string_view text, const LintOptions& options) const {
    LeftOut left_out;
    // An HTTP message or a doc page holds payloads: each is checked where it stands in the text.
    const DocumentKind container = container_kind(text, options.kind);
    LintResult result = container == DocumentKind::automatic ? impl_->check(text, options, left_out)
                                                             : impl_->check_container(text, container, options, left_out);
    try {
        if (options.context_hints == ContextHints::summary) fold_context_hints(result);
        cap_per_rule(result.diagnostics, left_out);
        resolve_positions(text, result.diagnostics);
    } catch (const std::bad_alloc&) {
        replace_with_internal_error(result.diagnostics, left_out, std::string(out_of_memory_message));
    }
    return result;
}

LintResult Linter::Impl::check(std::string_view text, const LintOptions& options, LeftOut& left_out) const {
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
            return result;
        }
        auto fault = parse_strict(text, doc);
        if (!fault && (stringified = stringified_document(text, doc))) {
            // Checked below, once this document's memory is given back.
        } else if (!fault) {
            result.diagnostics = analyse(doc, kind, options, left_out);
        } else if (fault->rule.rfind("limit/", 0) == 0) {
            // Past a limit the strict parser has already checked the syntax of the whole text:
            // nothing to recover, and a huge input must not be scanned again.
            result.diagnostics.push_back(syntax_diagnostic(fault->rule, fault->message, fault->offset, fault->length));
        } else {
            // Not JSON: name every syntax fault, then check the repaired text as far as it goes,
            // reporting at the user's own positions.
            Recovery recovery = recover(text);
            for (auto& [rule, n] : recovery.left_out) left_out[rule] += n;
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
                if (auto still = parse_strict(repaired, fixed)) {
                    later.push_back(syntax_diagnostic(still->rule, still->message, still->offset, still->length));
                } else {
                    // Only what does not rest on a guess of the recovery is reported: filtered as
                    // the findings arise, before the cap counts them.
                    std::vector<std::size_t> guesses;
                    for (const auto& r : recovery.repairs)
                        if (!r.safe) guesses.push_back(r.offset);
                    std::optional<GuessedStructure> guessed;
                    if (!guesses.empty()) guessed.emplace(fixed, edits, std::move(guesses));
                    later = analyse(fixed, kind, options, left_out,
                                    guessed ? std::function<bool(const Diagnostic&)>([&](const Diagnostic& d) { return guessed->depends_on_guess(d); })
                                            : std::function<bool(const Diagnostic&)>());
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
        replace_with_internal_error(result.diagnostics, left_out, std::string(out_of_memory_message));
    } catch (const std::exception& e) {
        // A bug or resource exhaustion inside cartlint: said, never let escape.
        replace_with_internal_error(result.diagnostics, left_out, std::string("cartlint failed: ") + e.what());
    }
    if (stringified) {
        // The body serialised twice: say so, then check the document inside the string, with
        // every finding placed on the characters of the string it comes from.
        result.diagnostics.push_back(syntax_diagnostic(
            "syntax/stringified-json", "the document is a JSON string that holds the JSON: it was serialised twice; send the JSON itself",
            stringified->begin, stringified->end - stringified->begin));
        LintResult inner = check(stringified->inner, options, left_out);
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
    return result;
}

}  // namespace cartlint
