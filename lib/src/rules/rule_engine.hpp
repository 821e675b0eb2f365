#pragma once
// Runs the checked rules: one walk over the DOM beside the schema index, dispatching each value
// to the rules subscribed to its schema's title or native format.

#include "rules/rule.hpp"

#include <unordered_map>
#include <vector>

namespace cartlint::detail {

class RuleEngine {
public:
    explicit RuleEngine(const SchemaIndex& index);

    // Before validation: the rules that canonicalise the document (names).
    void prepare(JsonDocument& doc, DocumentKind kind, Findings& findings) const;
    void run(const JsonDocument& doc, DocumentKind kind, const LintOptions& options, Findings& findings) const;

private:
    void walk(RuleContext& context, Node node, const SchemaNode* schema) const;

    const SchemaIndex& index_;
    std::unordered_map<const SchemaNode*, std::vector<const Rule*>> dispatch_;
};

}  // namespace cartlint::detail
