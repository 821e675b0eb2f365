#include "rules/rule_engine.hpp"

#include "rules/registry.hpp"

namespace cartlint::detail {

RuleEngine::RuleEngine(const SchemaIndex& index) : index_(index) {
    for (const SchemaNode& schema : index.nodes()) {
        std::vector<const Rule*> rules;
        for (const Rule* rule : checked_rules()) {
            bool by_title = false;
            for (std::string_view title : rule->titles()) by_title |= !schema.title.empty() && title == schema.title;
            bool by_format = !rule->format().empty() && rule->format() == schema.format;
            if (by_title || by_format) rules.push_back(rule);
        }
        if (!rules.empty()) dispatch_.emplace(&schema, std::move(rules));
    }
}

void RuleEngine::prepare(JsonDocument& doc, DocumentKind kind, Findings& findings) const {
    for (const Rule* rule : checked_rules()) rule->prepare(doc, index_.root(kind), findings);
}

void RuleEngine::run(const JsonDocument& doc, DocumentKind kind, const LintOptions& options, Findings& findings) const {
    RuleContext context(doc, options, kind, findings, options.now.value_or(std::chrono::system_clock::now()));
    walk(context, doc.root(), &index_.root(kind));
}

void RuleEngine::walk(RuleContext& context, Node node, const SchemaNode* schema) const {
    if (!node || !schema) return;
    if (auto it = dispatch_.find(schema); it != dispatch_.end())
        for (const Rule* rule : it->second) rule->check(context, node, *schema);

    const JsonDocument& doc = context.document();
    const rapidjson::Value& value = *node.value;
    if (value.IsObject()) {
        std::uint32_t ordinal = 0;
        for (auto m = value.MemberBegin(); m != value.MemberEnd(); ++m, ++ordinal) {
            const SchemaNode* child = schema->member({m->name.GetString(), m->name.GetStringLength()});
            if (child) walk(context, Node{&m->value, doc.map.child(node.id, ordinal)}, child);
        }
    } else if (value.IsArray() && schema->items) {
        // Children are consecutive subtrees: step through them without re-searching.
        std::uint32_t child_id = node.id + 1;
        for (rapidjson::SizeType i = 0; i < value.Size(); ++i, child_id = doc.map[child_id].next)
            walk(context, Node{&value[i], child_id}, schema->items);
    }
}

}  // namespace cartlint::detail
