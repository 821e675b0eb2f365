#pragma once
// Runs the checked rules: one walk over the DOM beside the schema index, dispatching each value
// to the rules subscribed to its schema's title or native format.

#include "rules/rule.hpp"
#include "schema/native_validator.hpp"

#include <vector>

namespace cartlint::detail {

class RuleEngine {
public:
    explicit RuleEngine(const SchemaIndex& index);

    // What is known about a document's names before prepare(): the native validator's walk tells
    // whether any is irregular (see DocumentRule::RunsOn); otherwise prepare() finds out itself.
    enum class Names : std::uint8_t { unknown, regular, irregular };
    // Before validation: the document rules, each where it runs (they may rewrite the document).
    void prepare(JsonDocument& doc, DocumentKind kind, Findings& findings, Names names = Names::unknown) const;
    // Whether some document rule runs on every document, whatever its names.
    bool prepares_every_document() const noexcept { return prepares_every_document_; }
    // Walks the document itself, or, given `visits` (the native validator's, see subscribed()),
    // checks just those values.
    void run(const JsonDocument& doc, DocumentKind kind, const LintOptions& options, Findings& findings,
             const std::vector<Visit>* visits = nullptr, const std::vector<Node>* members = nullptr) const;
    // By SchemaNode::index: whether any rule checks values of that schema.
    const std::vector<char>& subscribed() const noexcept { return subscribed_; }

private:
    // `off`: the rules this run skips.
    void walk(RuleContext& context, const std::vector<const ValueRule*>& off, Node node, const SchemaNode* schema) const;

    const SchemaIndex& index_;
    std::vector<std::vector<const ValueRule*>> dispatch_;  // by SchemaNode::index
    std::vector<char> subscribed_;
    bool prepares_every_document_ = false;
};

}  // namespace cartlint::detail
