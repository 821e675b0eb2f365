#pragma once
// The rule catalogue as `cartlint --list-rules` prints it. It lives in the library so every
// front end (the command, a binding, the README generator) writes the same bytes, with the same
// JSON escaping as the reports.

#include <cartlint/export.hpp>

#include <ostream>

namespace cartlint {

enum class RuleListFormat {
    text,      // one line a rule: id, severity, summary, in aligned columns
    json,      // {"rules":[{"id","severity","summary","service","serviceBehaviour"}]}
    markdown,  // the README's rule reference: | rule | severity | what | what the service does |
};

// Every rule of rule_docs(), in registry order.
CARTLINT_API void write_rule_list(std::ostream& out, RuleListFormat format);

}  // namespace cartlint
