#include "schema/valijson_engine.hpp"

#include "schema/embedded_schemas.hpp"
#include "schema/error_translation.hpp"

#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <fmt/format.h>

#include <cstring>
#include <stdexcept>

namespace cartlint::detail {
namespace {

using Value = rapidjson::Value;

// Keywords whose value is a map of name -> schema, a schema, or an array of schemas.
bool is_schema_map(std::string_view k) { return k == "properties" || k == "definitions" || k == "patternProperties"; }
bool is_schema(std::string_view k) {
    return k == "items" || k == "additionalProperties" || k == "additionalItems" || k == "not" || k == "if" ||
           k == "then" || k == "else" || k == "contains" || k == "propertyNames";
}
bool is_schema_array(std::string_view k) { return k == "allOf" || k == "anyOf" || k == "oneOf"; }

void copy(const Value& in, Value& out, rapidjson::Document::AllocatorType& alloc) { out.CopyFrom(in, alloc); }

std::unique_ptr<rapidjson::Document> stripped_document(std::string_view name) {
    std::string_view text = find_embedded_schema(name);
    if (text.empty()) throw std::runtime_error(fmt::format("no embedded schema named '{}'", name));
    rapidjson::Document source;
    source.Parse(text.data(), text.size());
    if (source.HasParseError()) throw std::runtime_error(fmt::format("schema '{}' is not valid JSON", name));
    auto out = std::make_unique<rapidjson::Document>();
    strip_regex_keywords(source, *out, out->GetAllocator());
    return out;
}

}  // namespace

void strip_regex_keywords(const Value& schema, Value& out, rapidjson::Document::AllocatorType& alloc) {
    if (!schema.IsObject()) {
        copy(schema, out, alloc);
        return;
    }
    out.SetObject();
    for (const auto& m : schema.GetObject()) {
        std::string_view key(m.name.GetString(), m.name.GetStringLength());
        if (key == "pattern" || key == "format" || key == "patternProperties") continue;
        Value name(m.name, alloc);
        Value value;
        if (is_schema_map(key) && m.value.IsObject()) {
            value.SetObject();
            for (const auto& entry : m.value.GetObject()) {
                Value sub;
                strip_regex_keywords(entry.value, sub, alloc);
                value.AddMember(Value(entry.name, alloc), sub, alloc);
            }
        } else if (is_schema(key)) {
            strip_regex_keywords(m.value, value, alloc);
        } else if (is_schema_array(key) && m.value.IsArray()) {
            value.SetArray();
            for (const auto& entry : m.value.GetArray()) {
                Value sub;
                strip_regex_keywords(entry, sub, alloc);
                value.PushBack(sub, alloc);
            }
        } else {
            copy(m.value, value, alloc);
        }
        out.AddMember(name, value, alloc);
    }
}

struct ValijsonEngine::Compiled {
    valijson::Schema schemas[5];
    valijson::Schema config;
};

ValijsonEngine::ValijsonEngine(const SchemaIndex& index) : index_(index), compiled_(std::make_unique<Compiled>()) {
    auto fetch = [](const std::string& uri) -> const rapidjson::Document* {
        return stripped_document(uri).release();
    };
    auto free = [](const rapidjson::Document* doc) { delete doc; };
    for (auto kind : {DocumentKind::cart, DocumentKind::cart_line_item, DocumentKind::checkout_result, DocumentKind::order}) {
        auto root = stripped_document(SchemaIndex::file_of(kind));
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::RapidJsonAdapter adapter(*root);
        parser.populateSchema(adapter, compiled_->schemas[static_cast<int>(kind)], fetch, free);
    }
    auto config = stripped_document(SchemaIndex::config_file);
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::RapidJsonAdapter adapter(*config);
    parser.populateSchema(adapter, compiled_->config, fetch, free);
}

void ValijsonEngine::validate_config(const JsonDocument& doc, Findings& findings) const {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::RapidJsonAdapter target(doc.dom);
    if (validator.validate(compiled_->config, target, &results)) return;
    std::vector<SchemaError> errors;
    for (const auto& e : results) errors.push_back({e.context, e.description});
    translate_schema_errors(errors, index_.config_root(), doc, findings);
}

ValijsonEngine::~ValijsonEngine() = default;

void ValijsonEngine::validate(DocumentKind kind, const JsonDocument& doc, Findings& findings) const {
    if (kind == DocumentKind::automatic) kind = DocumentKind::cart;
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::RapidJsonAdapter target(doc.dom);
    if (validator.validate(compiled_->schemas[static_cast<int>(kind)], target, &results)) return;

    std::vector<SchemaError> errors;
    errors.reserve(results.numErrors());
    for (const auto& e : results) errors.push_back({e.context, e.description});
    translate_schema_errors(errors, index_.root(kind), doc, findings);
}

}  // namespace cartlint::detail
