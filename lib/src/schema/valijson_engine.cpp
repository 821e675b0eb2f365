#include "schema/valijson_engine.hpp"

#include "document/kinds.hpp"
#include "schema/embedded_schemas.hpp"
#include "schema/error_translation.hpp"

#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <fmt/format.h>

#include <array>
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

// Whether the value holds a nullable property set to null anywhere; and a copy without those
// members. Removing members changes no other member's name and no array index, so valijson's
// error paths still lead into the user's document.
bool has_unset_nulls(const Value& v, const SchemaNode* s) {
    if (!s) return false;
    if (v.IsObject()) {
        for (const auto& m : v.GetObject()) {
            const std::string_view name(m.name.GetString(), m.name.GetStringLength());
            if (const SchemaProperty* p = s->property(name); p && p->nullable && m.value.IsNull()) return true;
            if (has_unset_nulls(m.value, s->member(name))) return true;
        }
    } else if (v.IsArray() && s->items) {
        for (const auto& e : v.GetArray())
            if (has_unset_nulls(e, s->items)) return true;
    }
    return false;
}

void copy_without_unset_nulls(const Value& v, const SchemaNode* s, Value& out, rapidjson::Document::AllocatorType& alloc) {
    if (!s) {
        out.CopyFrom(v, alloc);
    } else if (v.IsObject()) {
        out.SetObject();
        for (const auto& m : v.GetObject()) {
            const std::string_view name(m.name.GetString(), m.name.GetStringLength());
            if (const SchemaProperty* p = s->property(name); p && p->nullable && m.value.IsNull()) continue;
            Value child;
            copy_without_unset_nulls(m.value, s->member(name), child, alloc);
            out.AddMember(Value(m.name, alloc), child, alloc);
        }
    } else if (v.IsArray()) {
        out.SetArray();
        for (const auto& e : v.GetArray()) {
            Value child;
            copy_without_unset_nulls(e, s->items, child, alloc);
            out.PushBack(child, alloc);
        }
    } else {
        out.CopyFrom(v, alloc);
    }
}

}  // namespace

void strip_regex_keywords(const Value& schema, Value& out, rapidjson::Document::AllocatorType& alloc) {
    if (!schema.IsObject()) {
        copy(schema, out, alloc);
        return;
    }
    out.SetObject();
    // A nullable property, anyOf [schema, {"type": "null"}], is given to valijson as its schema:
    // the document it validates has such nulls removed (see without_unset_nulls), and valijson's
    // anyOf errors would not say what the native engine says.
    if (auto any_of = schema.FindMember("anyOf"); any_of != schema.MemberEnd() && any_of->value.IsArray() && any_of->value.Size() == 2) {
        const Value& branches = any_of->value;
        if (branches[1].IsObject() && branches[1].HasMember("type") && branches[1]["type"] == "null") {
            strip_regex_keywords(branches[0], out, alloc);
            return;
        }
    }
    for (const auto& m : schema.GetObject()) {
        std::string_view key(m.name.GetString(), m.name.GetStringLength());
        if (key == "pattern" || key == "format" || key == "patternProperties") continue;
        if (key == "type" && m.value.IsArray()) {  // the same for a nullable type list: "null" goes
            Value types(rapidjson::kArrayType);
            for (const auto& t : m.value.GetArray())
                if (!(t.IsString() && t == "null")) types.PushBack(Value(t, alloc), alloc);
            Value name(m.name, alloc);
            if (types.Size() == 1) out.AddMember(name, Value(types[0], alloc), alloc);
            else out.AddMember(name, types, alloc);
            continue;
        }
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
    std::array<valijson::Schema, kind_count> schemas;  // by kind_index; only the payloads' are filled
    valijson::Schema config;
};

ValijsonEngine::ValijsonEngine(const SchemaIndex& index) : index_(index), compiled_(std::make_unique<Compiled>()) {
    auto fetch = [](const std::string& uri) -> const rapidjson::Document* {
        return stripped_document(uri).release();
    };
    auto free = [](const rapidjson::Document* doc) { delete doc; };
    for (const KindInfo& row : kinds) {
        if (row.role != KindRole::payload) continue;
        auto root = stripped_document(row.schema_file);
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::RapidJsonAdapter adapter(*root);
        parser.populateSchema(adapter, compiled_->schemas[kind_index(row.kind)], fetch, free);
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
    if (kind == DocumentKind::automatic) kind = fallback_kind;
    valijson::Validator validator;
    valijson::ValidationResults results;
    const SchemaNode& root = index_.root(kind);
    rapidjson::Document pruned;
    const bool prune = has_unset_nulls(doc.dom, &root);
    if (prune) copy_without_unset_nulls(doc.dom, &root, pruned, pruned.GetAllocator());
    valijson::adapters::RapidJsonAdapter target(prune ? static_cast<const Value&>(pruned) : doc.dom);
    if (validator.validate(compiled_->schemas[kind_index(kind)], target, &results)) return;

    std::vector<SchemaError> errors;
    errors.reserve(results.numErrors());
    for (const auto& e : results) errors.push_back({e.context, e.description});
    translate_schema_errors(errors, index_.root(kind), doc, findings);
}

}  // namespace cartlint::detail
