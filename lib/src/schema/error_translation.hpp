#pragma once
// valijson 1.0 errors carry a context path ("<root>", "[lineItems]", "[0]") and an English
// sentence, not a pointer or a keyword. This turns them into `schema/…` findings: the path is
// resolved against the DOM (so "[0]" is an index only inside an array), the sentence is
// classified into a rule id, and the schema index supplies what the sentence leaves out.

#include "core/json_document.hpp"
#include "core/findings.hpp"
#include "schema/schema_index.hpp"

#include <string>
#include <vector>

namespace cartlint::detail {

struct SchemaError {
    std::vector<std::string> context;
    std::string description;
};

void translate_schema_errors(const std::vector<SchemaError>& errors, const SchemaNode& root, const JsonDocument& doc,
                             Findings& findings);


}  // namespace cartlint::detail
