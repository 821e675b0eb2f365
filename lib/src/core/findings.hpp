#pragma once
// Collects the findings of every stage against source nodes; positions (line, column) are
// resolved once at the end, against the user's original text.
//
// With an Admission, findings are bounded as they arrive, not once they are all built: a finding
// the user turned off or that a filter drops is never kept, and of each rule only the first
// findings_per_rule + 1 by position are kept (the rest are counted), so memory follows the
// input, not the number of findings. The schema's value findings are the exception: a rule's
// finding at the same pointer, which may come later, replaces them (see take()), so they are
// kept until then; there is at most one of each per value.

#include "core/json_document.hpp"
#include "core/finding_limits.hpp"

#include <cartlint/diagnostic.hpp>
#include <cartlint/linter.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cartlint::detail {

// Findings left out by rule: counted where they arose, never kept.
using LeftOut = std::map<std::string, std::size_t, std::less<>>;

// Whether a setting names this rule: its id, its category ("quirk/*") or every rule ("*").
bool setting_names_rule(const RuleSetting& setting, std::string_view rule) noexcept;
// Whether a setting applies to a finding of its rule at `pointer` (at or below its own pointer).
bool setting_covers_pointer(const RuleSetting& setting, std::string_view pointer) noexcept;
// Whether the settings turn `rule` off wherever it could report.
bool rule_off_everywhere(const std::vector<RuleSetting>& settings, std::string_view rule) noexcept;

// What a finding does to the schema's verdict on the same value. A rule that checks a value
// knows more than the schema's generic verdict (quantity "2" is a coerced string, not a type
// error; billingCycle "Monthly" works), so its finding replaces the schema's at that pointer.
// Each reporter says which it is (a rule declares it: rules/rule.hpp); no id is special here.
enum class SchemaVerdict : std::uint8_t {
    unrelated,    // neither replaces nor is replaced
    replaces,     // a rule's finding: the schema's value findings at the same pointer are dropped
    replaceable,  // one of the schema's value findings (type, enum, const, bounds)
};

// A replaceable finding's message, written only if no rule's finding replaced the finding
// (Findings::at_value_later): most schema value findings give way to a rule's (quantity 0:
// quantity/range says more than schema/minimum), and writing messages nobody reads was a third of
// an all-broken stream's extra cost. Holds what the writer needs from the moment the finding arose.
struct LaterMessage {
    using Write = std::string (*)(const LaterMessage&);
    Write write = nullptr;
    Node node;                        // the value
    const void* context = nullptr;    // the writer's own (the native validator: the value's schema)
    std::string name;                 // how the message names the value ("quantity", "lineItems[0]")
};

// Who reports a finding: the rule's id, its default severity and its SchemaVerdict.
struct Reporter {
    std::string_view rule;
    Severity severity;
    SchemaVerdict verdict = SchemaVerdict::unrelated;
};

// What a document's findings must pass to be kept.
struct Admission {
    const std::vector<RuleSetting>* settings = nullptr;   // the user's: a finding turned off is dropped
    std::function<bool(const Diagnostic&)> drop;           // a filter of the pipeline (e.g. findings resting on a guess)
    std::string_view dropped_rule;                         // every finding of this rule is dropped
};

class Findings {
public:
    // Every finding is kept (the configuration's own findings).
    explicit Findings(const JsonDocument& doc) : doc_(doc) {}
    // A document's findings, bounded as they arrive.
    Findings(const JsonDocument& doc, Admission admission) : doc_(doc), admission_(std::move(admission)), bounded_(true) {}

    // The finding spans the value of `node`. The returned finding may be a scratch one that is
    // not kept (the caller may still set its fix).
    Diagnostic& at_value(std::uint32_t node, const Reporter& by, std::string message);
    // The finding spans the member name of `node` (its value when it has no name).
    Diagnostic& at_key(std::uint32_t node, const Reporter& by, std::string message);
    // A replaceable finding (`by` says so) at the value of `message.node`, whose pointer and
    // message are built at take() only if no rule's finding replaced it. Unbounded findings (the
    // configuration's, read through list()) are built at once.
    void at_value_later(const Reporter& by, LaterMessage message);

    // False when a finding of `rule` at `node` would certainly not be kept: the caller can skip
    // building its message. Never false for a rule whose findings replace others (their pointer
    // must be seen even when they are not kept).
    bool wants(std::uint32_t node, const Reporter& by, bool at_key = false) const;
    // False when `rule` is turned off everywhere and nothing else needs its findings: a rule may
    // then skip its work altogether.
    bool wants_rule(const Reporter& by) const;

    // Everything kept so far, in the order it arose (unbounded, without admission).
    std::vector<Diagnostic>& list() noexcept { return list_; }
    // The kept findings in the order they arose, the schema's superseded value findings removed;
    // `left_out` gains the count of those not kept, by rule.
    std::vector<Diagnostic> take(LeftOut& left_out);
    // Forget every finding (validation starts over).
    void clear();

    const JsonDocument& document() const noexcept { return doc_; }

private:
    struct Kept {
        std::size_t offset, serial, index;  // where it is, when it arose, where it is in list_
        bool operator<(const Kept& o) const noexcept { return offset != o.offset ? offset < o.offset : serial < o.serial; }
    };
    struct PerRule {
        std::vector<Kept> heap;  // the kept ones, the last by position on top
        std::size_t left_out = 0;
    };

    Diagnostic& add(std::uint32_t node, const Reporter& by, std::string message, bool at_key);
    bool turned_off(std::string_view rule, std::string_view pointer) const;
    // take()'s first step: the later findings written, or marked gone when replaced.
    void write_later_findings();
    bool ruled_node(std::uint32_t node);
    bool ruled_pointer(const std::string& pointer);

    // replaceable_'s values: kept but replaceable, or given way to a rule's finding.
    static constexpr char replaceable_kept = 1, replaceable_gone = 2;
    struct Later {
        std::size_t index;  // its slot in list_
        LaterMessage message;
    };

    const JsonDocument& doc_;
    Admission admission_;
    bool bounded_ = false;
    std::vector<Diagnostic> list_;
    std::vector<std::size_t> serials_;  // by list_ index: when each arose
    std::vector<char> replaceable_;     // by list_ index: 0, replaceable_kept or replaceable_gone
    std::vector<Later> later_;          // the findings at_value_later put off, in list_ order
    std::size_t next_serial_ = 0;
    bool reordered_ = false;            // a kept finding was replaced by an earlier one
    std::map<std::string, PerRule, std::less<>> per_rule_;
    // The nodes of findings that replace schema value findings; their pointers are built only
    // when a replaceable finding at another node must be compared by pointer (duplicate names).
    std::vector<std::uint32_t> ruled_;
    std::vector<std::string> ruled_pointers_;  // sorted, built at take() when needed
    bool ruled_sorted_ = false;
    Diagnostic scratch_;
};

}  // namespace cartlint::detail
