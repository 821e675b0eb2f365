#pragma once
// The rules of what holds a payload: an HTTP message around a body (rules/http/) and a doc page's
// property tables (rules/doc/). They read text, not a JSON document: each reports spans of the
// original text, so a finding sits on the header or the table cell it is about.

#include "document/http_message.hpp"
#include "document/markdown_page.hpp"
#include "core/findings.hpp"
#include "rules/rule.hpp"
#include "rules/support/endpoint.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cartlint::detail {

// Where the rules of a message or a page report: bounded as the findings arise, as a payload's
// are (core/finding_limits.hpp): past a rule's first findings_per_rule + 1 they are only counted,
// so a page of 200,000 wrong rows costs the cap, not a finding a row.
struct ContainerFindings {
    std::vector<Diagnostic>& kept;
    LeftOut& left_out;
    std::map<std::string, std::size_t, std::less<>> seen;
};

// A finding of `doc` over text[at.begin, at.end) (past the cap, a scratch finding nobody keeps).
Diagnostic& report_span(ContainerFindings& out, const RuleDoc& doc, Span at, std::string message);

// What a rule of a container is, whatever it reads (a message, a table): it checks a Context and
// reports spans of the original text. MessageRule and TableRule name the two contexts.
template <class Context>
class ContainerRule : public Rule {
public:
    virtual void check(const Context& context, ContainerFindings& out) const = 0;

protected:
    explicit ContainerRule(const RuleDoc& doc) noexcept : Rule(doc) {}
    Diagnostic& report(ContainerFindings& out, Span at, std::string message) const { return report_span(out, doc(), at, std::move(message)); }
};

struct MessageContext {
    const HttpMessage& message;
    std::string_view text;  // the whole text the message is in
    const Endpoint& endpoint;
};

class MessageRule : public ContainerRule<MessageContext> {
public:
    using Kind = MessageRule;

protected:
    using ContainerRule::ContainerRule;
};

// The member names of a page's samples: each name's ASCII lower-case form -> its spellings there.
using SampleNames = std::map<std::string, std::set<std::string>, std::less<>>;
std::string fold_ascii(std::string_view name);

// A page's table as a property table: which schema object its rows describe, and which of its
// columns say what. Columns are read by position (name, type, required, description), never by
// their English titles, so a translated page reads the same.
struct TableContext {
    const PipeTable& table;
    std::string_view text;
    const SchemaNode* object = nullptr;  // the object whose properties the rows name; null: not a property table
    int required_column = -1;            // -1: the table has no Required column
    // Every member name the page's own samples use, by its ASCII lower-case form.
    const SampleNames& sample_names;
    // Not a property table but a table of this property's values (rules/support/property_table.hpp).
    const SchemaProperty* values_of = nullptr;
};

class TableRule : public ContainerRule<TableContext> {
public:
    using Kind = TableRule;

protected:
    using ContainerRule::ContainerRule;
};

}  // namespace cartlint::detail
