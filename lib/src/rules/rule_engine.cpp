#include "rules/rule_engine.hpp"

#include "core/thread_scratch.hpp"
#include "rules/registry.hpp"
#include "schema/canonical_names.hpp"

#include <algorithm>

namespace cartlint::detail {

namespace {

// The rules this thread's current run skips (the engine itself is shared between threads),
// found once a run through thread_scratch: asked for every rule at every value.
struct OffRules {
    std::vector<const ValueRule*> rules;
};

bool is_off(const std::vector<const ValueRule*>& off, const ValueRule* rule) noexcept {
    return !off.empty() && std::find(off.begin(), off.end(), rule) != off.end();
}

}  // namespace

RuleEngine::RuleEngine(const SchemaIndex& index)
    : index_(index), dispatch_(index.nodes().size()), subscribed_(index.nodes().size(), 0) {
    for (const SchemaNode& schema : index.nodes()) {
        std::vector<const ValueRule*> rules;
        for (const ValueRule* rule : value_rules()) {
            bool by_title = false;
            for (std::string_view title : rule->titles()) by_title |= !schema.title.empty() && title == schema.title;
            bool by_format = !rule->format().empty() && rule->format() == schema.format;
            if (by_title || by_format) rules.push_back(rule);
        }
        subscribed_[schema.index] = !rules.empty();
        dispatch_[schema.index] = std::move(rules);
    }
    for (const DocumentRule* rule : document_rules())
        prepares_every_document_ |= rule->runs_on() == DocumentRule::RunsOn::every_document;
}

void RuleEngine::prepare(JsonDocument& doc, DocumentKind kind, Findings& findings, Names names) const {
    const SchemaNode& root = index_.root(kind);
    for (const DocumentRule* rule : document_rules()) {
        if (rule->runs_on() == DocumentRule::RunsOn::irregular_names) {
            // Asked once, before any rule renames: as the validator would have answered.
            if (names == Names::unknown) names = names_need_preparation(doc, root) ? Names::irregular : Names::regular;
            if (names == Names::regular) continue;
        }
        rule->prepare(doc, root, findings);
    }
}

void RuleEngine::run(const JsonDocument& doc, DocumentKind kind, const LintOptions& options, Findings& findings,
                     const std::vector<Visit>* visits, const std::vector<Node>* members) const {
    // Not value_or: the clock is read only when no instant was given (in WebAssembly a read is a call into JavaScript).
    RuleContext context(doc, options, kind, findings, options.now ? *options.now : std::chrono::system_clock::now());
    // A rule the user turned off costs nothing (unless its findings still replace the schema's).
    std::vector<const ValueRule*>& off = thread_scratch<OffRules>().rules;
    off.clear();
    if (!options.rule_settings.empty())
        for (const ValueRule* rule : value_rules())
            if (!findings.wants_rule(rule->reporter())) off.push_back(rule);
    if (!visits) return walk(context, off, doc.root(), &index_.root(kind));
    for (const Visit& v : *visits) {
        const Node* table = members && v.members != Visit::no_members ? members->data() + v.members : nullptr;
        context.visiting(v.node, v.schema, table);
        for (const ValueRule* rule : dispatch_[v.schema->index])
            if (!is_off(off, rule)) rule->check(context, v.node, *v.schema);
    }
}

void RuleEngine::walk(RuleContext& context, const std::vector<const ValueRule*>& off, Node node, const SchemaNode* schema) const {
    if (!node || !schema) return;
    context.visiting(node, schema, nullptr);
    for (const ValueRule* rule : dispatch_[schema->index])
        if (!is_off(off, rule)) rule->check(context, node, *schema);

    const JsonDocument& doc = context.document();
    const rapidjson::Value& value = *node.value;
    if (value.IsObject()) {
        doc.for_each_child(node, [&](std::uint32_t ordinal, Node child) {
            const auto& name = (value.MemberBegin() + ordinal)->name;
            const std::string_view key(name.GetString(), name.GetStringLength());
            if (const SchemaProperty* p = schema->property(key); p && p->nullable && child.value->IsNull()) return;  // not set
            if (const SchemaNode* s = schema->member(key)) walk(context, off, child, s);
        });
    } else if (value.IsArray() && schema->items) {
        doc.for_each_child(node, [&](std::uint32_t, Node child) { walk(context, off, child, schema->items); });
    }
}

}  // namespace cartlint::detail
