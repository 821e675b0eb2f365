#pragma once
// Validates a parsed payload against its schema with valijson and turns valijson's errors into
// `schema/…` findings at the right pointer.
//
// valijson 1.0 runs `pattern` and `format` through std::regex (a regex built per call for
// date-time; stack overflow on long strings), so the engine feeds it the schemas without those
// keywords; native format checks take their place (x-cartlint-format).

#include "core/json_document.hpp"
#include "core/findings.hpp"
#include "schema/schema_index.hpp"

#include <cartlint/document_kind.hpp>

#include <memory>

namespace cartlint::detail {

class ValijsonEngine {
public:
    explicit ValijsonEngine(const SchemaIndex& index);  // compiles every kind's schema once
    ~ValijsonEngine();

    void validate(DocumentKind kind, const JsonDocument& doc, Findings& findings) const;
    // Against the configuration schema (schemas/cartlint-config.schema.json).
    void validate_config(const JsonDocument& doc, Findings& findings) const;

private:
    struct Compiled;
    const SchemaIndex& index_;
    std::unique_ptr<Compiled> compiled_;
};

// A copy of a schema document without the keywords valijson would run std::regex for.
// Only keywords in schema positions are removed: a property that is *named* "pattern" stays.
void strip_regex_keywords(const rapidjson::Value& schema, rapidjson::Value& out, rapidjson::Document::AllocatorType& alloc);

}  // namespace cartlint::detail
