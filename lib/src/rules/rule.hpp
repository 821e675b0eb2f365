#pragma once
// The two kinds of rule, each one file under rules/<category>/ whose stem is the rule's id.
//
// A rule declares what the engine must know about it: when it runs, what it subscribes to, what
// its findings do to the schema's, which part of the run's context it needs. Nothing else in the
// library knows a rule by its id.
//
// - A ValueRule checks values after validation. It does not walk documents itself: the engine
//   walks the DOM once alongside the schema index and hands each rule the values it subscribed to,
//   those whose schema has a given title ("CartLineItem", "BillingCycle") or a given native format
//   (x-cartlint-format).
// - A DocumentRule runs on the whole document before validation and may rewrite it (rename
//   members), so that validation goes on as if the payload were written the API's way.

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
    const RuleDoc& doc() const noexcept { return doc_; }

protected:
    explicit Rule(const RuleDoc& doc) noexcept : doc_(doc) {}

private:
    const RuleDoc& doc_;
};

// The part of the run's context (LintOptions) a rule needs to check anything. Without it the
// rule says so, once per document, as the context/… finding of that need (rules/context/).
enum class NeededContext : std::uint8_t { none, customer_country, provider_id };

class ValueRule : public Rule {
public:
    using Kind = ValueRule;
    struct Declaration {
        std::span<const std::string_view> titles = {};  // the schema titles of the values it checks
        std::string_view format = {};                   // or the x-cartlint-format of the strings it checks
        SchemaVerdict schema_verdict = SchemaVerdict::unrelated;  // replaces: it knows more than the schema there
        NeededContext needs = NeededContext::none;
    };

    std::span<const std::string_view> titles() const noexcept { return declared_.titles; }
    std::string_view format() const noexcept { return declared_.format; }
    NeededContext needs() const noexcept { return declared_.needs; }
    Reporter reporter() const noexcept { return {doc().id, doc().severity, declared_.schema_verdict}; }

    virtual void check(RuleContext& context, Node node, const SchemaNode& schema) const = 0;

protected:
    ValueRule(const RuleDoc& doc, Declaration declared) noexcept : Rule(doc), declared_(declared) {}

private:
    Declaration declared_;
};

class DocumentRule : public Rule {
public:
    using Kind = DocumentRule;
    // When the engine runs it. A document whose every name is the schema's own, each once, gives a
    // names-only rule nothing to do, and one cheap walk (schema/canonical_names.hpp) says so.
    enum class RunsOn : std::uint8_t {
        irregular_names,  // only documents with a name the schema does not spell that way, or a repeat
        every_document,
    };

    RunsOn runs_on() const noexcept { return runs_on_; }
    Reporter reporter() const noexcept { return {doc().id, doc().severity, SchemaVerdict::unrelated}; }

    virtual void prepare(JsonDocument& doc, const SchemaNode& root, Findings& findings) const = 0;

protected:
    DocumentRule(const RuleDoc& doc, RunsOn runs_on) noexcept : Rule(doc), runs_on_(runs_on) {}

private:
    RunsOn runs_on_;
};

// The registry's factory of a rule class (rules/registry.cpp declares it): one instance, made on
// first use. Written after the class, outside its anonymous namespace.
#define CARTLINT_RULE(factory, Class)             \
    const Class::Kind& factory() {                \
        static const Class rule;                  \
        return rule;                              \
    }

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
    Diagnostic& report(const ValueRule& rule, Node node, std::string message);
    Diagnostic& report_key(const ValueRule& rule, Node node, std::string message);
    // The context/… finding of what `rule` needs and was not given, at most once per document.
    void missing_context(const ValueRule& rule, Node node, std::string message);

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
        if (is_visiting(object)) return visiting_member(object, visiting_schema_->property_index(name), name);
        return doc_.member(object, name);
    }
    // The same by number (schema/property_names.hpp): on the value being checked, no name is hashed.
    Node member(Node object, property::Name name) const noexcept {
        if (is_visiting(object)) return visiting_member(object, visiting_schema_->property_index(name), property::text(name));
        return doc_.member(object, property::text(name));
    }

private:
    const JsonDocument& doc_;
    const LintOptions& options_;
    DocumentKind kind_;
    Findings& findings_;
    std::chrono::system_clock::time_point now_;
    std::uint8_t noted_ = 0;  // the NeededContexts already said, as bits
    std::uint64_t serial_;
    Node visiting_;
    const SchemaNode* visiting_schema_ = nullptr;
    const Node* visiting_members_ = nullptr;

    static std::uint64_t next_serial() noexcept;

    bool is_visiting(Node object) const noexcept {
        return visiting_schema_ && object.id == visiting_.id && object.value == visiting_.value;
    }
    // Member `name` of the visited object, property `i` of its schema (-1: not a property).
    Node visiting_member(Node object, int i, std::string_view name) const noexcept {
        if (i < 0) return doc_.member(object, name);
        if (visiting_members_) return visiting_members_[i];
        const Node found = doc_.member(object, name);
        if (found && found.value->IsNull() && visiting_schema_->properties[static_cast<std::size_t>(i)].nullable) return {};
        return found;
    }
};

// Member `name` of an object node, the way the service reads it (exact name).
inline Node member(const RuleContext& ctx, Node object, std::string_view name) { return ctx.member(object, name); }
inline Node member(const RuleContext& ctx, Node object, property::Name name) { return ctx.member(object, name); }

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
