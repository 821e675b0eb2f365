#pragma once
// Visits every object member of a document together with the schema of its object, for the
// rules that work on names before validation. Depth is bounded by the parser's nesting limit.

#include "core/json_document.hpp"
#include "schema/schema_index.hpp"

#include <functional>

namespace cartlint::detail {

// fn(object schema, object, member node, member) for each member; it may rename the member. The
// walk descends with the member's name as it is after fn.
using MemberVisitor = std::function<void(const SchemaNode&, const rapidjson::Value&, Node, rapidjson::Value::Member&)>;

void walk_members(JsonDocument& doc, const SchemaNode& root, const MemberVisitor& fn);

}  // namespace cartlint::detail
