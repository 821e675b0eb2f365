#pragma once
// Whether a document rule that runs on irregular names (DocumentRule::RunsOn in rules/rule.hpp:
// renaming to the API's spelling, repeated names) could act on a document. Nearly every payload
// writes only the schema's own names, each once; recognising that in one cheap walk spares
// those rules their own walks.

#include "core/json_document.hpp"
#include "schema/schema_index.hpp"

namespace cartlint::detail {

// False only when every member of every object is, exactly, a property its schema names (at
// most once), or a member of a map-like object (additionalProperties) whose names do not repeat
// in any casing, and no object without a schema repeats a name. True means "look closer", not
// "something is wrong".
bool names_need_preparation(const JsonDocument& doc, const SchemaNode& root);

// The parts the native validator uses to answer the same question on its own walk.
bool repeats_a_name(const rapidjson::Value& object);  // in any casing
bool unschematised_names_repeat(const rapidjson::Value& value);  // in any object of a value no schema describes

}  // namespace cartlint::detail
