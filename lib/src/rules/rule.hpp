#pragma once
// A checked rule: one file under rules/<category>/, whose stem is the rule's name.
//
// Rules do not walk documents themselves. The engine walks the DOM once alongside the schema
// index and hands each rule the values it subscribed to: those whose schema has a given title
// ("CartLineItem", "BillingCycle") or a given native format (x-cartlint-format).

#include "core/json_document.hpp"
#include "core/findings.hpp"
#include "schema/schema_index.hpp"

#include <cartlint/linter.hpp>
#include <cartlint/rules.hpp>

#include <span>
#include <string_view>

namespace cartlint::detail {

class RuleContext;

class Rule {
public:
    virtual ~Rule() = default;
    virtual const RuleDoc& doc() const noexcept = 0;
    // Schema titles of the values this rule checks.
    virtual std::span<const std::string_view> titles() const noexcept { return {}; }
    // The x-cartlint-format of the string values this rule checks.
    virtual std::string_view format() const noexcept { return {}; }
    virtual void check(RuleContext& context, Node node, const SchemaNode& schema) const = 0;
    // Runs before validation, on the whole document, and may canonicalise it (rename members)
    // so that validation goes on as if the payload were written the API's way.
    virtual void prepare(JsonDocument& /*doc*/, const SchemaNode& /*root*/, Findings& /*findings*/) const {}
};

// What a rule sees while it checks one value, and where it reports.
class RuleContext {
public:
    RuleContext(const JsonDocument& doc, const LintOptions& options, DocumentKind kind, Findings& findings,
                std::chrono::system_clock::time_point now)
        : doc_(doc), options_(options), kind_(kind), findings_(findings), now_(now), serial_(next_serial()) {}

    const JsonDocument& document() const noexcept { return doc_; }
    const LintOptions& options() const noexcept { return options_; }
    DocumentKind kind() const noexcept { return kind_; }
    std::chrono::system_clock::time_point now() const noexcept { return now_; }
    // Unique to this context (one document's run) among this thread's: what the per-thread
    // caches of per-value work key on.
    std::uint64_t serial() const noexcept { return serial_; }

    // A finding of `rule` spanning a value, or a member name.
    Diagnostic& report(const RuleDoc& rule, Node node, std::string message);
    Diagnostic& report_key(const RuleDoc& rule, Node node, std::string message);
    // A context/… note, at most once per document and rule.
    void note_once(const RuleDoc& rule, Node node, std::string message);

    // The value being checked, with its schema and the validator's member table for it (see
    // Visit), if there is one: member() answers from it in O(1).
    void visiting(Node node, const SchemaNode* schema, const Node* members) noexcept {
        visiting_ = node;
        visiting_schema_ = schema;
        visiting_members_ = members;
    }
    // Member `name` of an object node (the first, if the name repeats).
    // A nullable property set to null is absent here, as it is to the service (see SchemaProperty).
    Node member(Node object, std::string_view name) const noexcept {
        if (visiting_schema_ && object.id == visiting_.id && object.value == visiting_.value) {
            if (const int i = visiting_schema_->property_index(name); i >= 0) {
                if (visiting_members_) return visiting_members_[i];
                const Node found = doc_.member(object, name);
                if (found && found.value->IsNull() && visiting_schema_->properties[static_cast<std::size_t>(i)].nullable) return {};
                return found;
            }
        }
        return doc_.member(object, name);
    }

private:
    const JsonDocument& doc_;
    const LintOptions& options_;
    DocumentKind kind_;
    Findings& findings_;
    std::chrono::system_clock::time_point now_;
    std::vector<std::string_view> noted_;
    std::uint64_t serial_;
    Node visiting_;
    const SchemaNode* visiting_schema_ = nullptr;
    const Node* visiting_members_ = nullptr;

    static std::uint64_t next_serial() noexcept;
};

// Member `name` of an object node, the way the service reads it (exact name).
inline Node member(const RuleContext& ctx, Node object, std::string_view name) { return ctx.member(object, name); }

inline std::string_view as_string(Node node) {
    return node && node.value->IsString() ? std::string_view(node.value->GetString(), node.value->GetStringLength())
                                          : std::string_view();
}

// A suggestion (an unsafe fix: it changes a value) that replaces a node's value with `text`.
Fix suggest_value(const JsonDocument& doc, Node node, std::string description, std::string text);
// A safe fix that renames a member: replaces its name, quotes included, with `quoted`.
Fix rename_key(const JsonDocument& doc, Node node, std::string description, std::string quoted);

// Writes `text` as a JSON string literal (for fixes).
std::string json_quote(std::string_view text);

}  // namespace cartlint::detail
