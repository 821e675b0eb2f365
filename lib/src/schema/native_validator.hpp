#pragma once
// Validates a parsed payload against the compiled schema index: one walk of the DOM beside the
// schema, no allocation unless something is wrong, findings worded by schema_findings.
//
// This is the engine cartlint runs. valijson (schema/valijson_engine) is the reference it is
// held to: the differential test and fuzz target check that both report the same findings.

#include "core/json_document.hpp"
#include "core/findings.hpp"
#include "schema/schema_index.hpp"

#include <cartlint/document_kind.hpp>

#include <vector>

namespace cartlint::detail {

// A value and the schema that applies to it. For an object, `members` indexes the validator's
// member table: the node of each of the schema's properties (in `properties` order; an empty
// Node when absent, the first when repeated), so the rules look members up by property index.
struct Visit {
    Node node;
    const SchemaNode* schema = nullptr;
    std::uint32_t members = no_members;

    static constexpr std::uint32_t no_members = ~std::uint32_t{0};
};

// What the rest of the pipeline learns from the validator's walk, so that it needs none of its own:
// - the values whose schemas are marked in `wanted` (by SchemaNode::index), in document order
//   (pre-order), for the rules;
// - whether names_need_preparation (schema/canonical_names.hpp) would say yes: if so, the name
//   rules must run and the document be validated again, as these findings assumed canonical names.
struct VisitRequest {
    const std::vector<char>& wanted;
    std::vector<Visit>& visits;
    std::vector<Node>& members;  // the member tables of the visits
    bool names_need_preparation = false;
};

class NativeValidator {
public:
    explicit NativeValidator(const SchemaIndex& index) : index_(index) {}

    void validate(DocumentKind kind, const JsonDocument& doc, Findings& findings, VisitRequest* request = nullptr) const;
    // Against the configuration schema (schemas/cartlint-config.schema.json).
    void validate_config(const JsonDocument& doc, Findings& findings) const;

private:
    const SchemaIndex& index_;
};

}  // namespace cartlint::detail
