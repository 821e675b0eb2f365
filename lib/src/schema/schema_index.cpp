#include "schema/schema_index.hpp"

#include "core/json_document.hpp"
#include "core/rapidjson_config.hpp"
#include "schema/embedded_schemas.hpp"

#include <fmt/format.h>
#include <rapidjson/pointer.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <stdexcept>

namespace cartlint::detail {
namespace {

using Value = rapidjson::Value;

std::string_view sv(const Value& v) { return {v.GetString(), v.GetStringLength()}; }

std::string string_or_empty(const Value& object, const char* name) {
    auto m = object.FindMember(name);
    return m != object.MemberEnd() && m->value.IsString() ? std::string(sv(m->value)) : std::string();
}

std::uint8_t type_bit(std::string_view name) {
    if (name == "null") return type_null;
    if (name == "boolean") return type_boolean;
    if (name == "integer") return type_integer;
    if (name == "number") return type_number | type_integer;
    if (name == "string") return type_string;
    if (name == "array") return type_array;
    if (name == "object") return type_object;
    throw std::runtime_error(fmt::format("unknown JSON Schema type '{}'", name));
}

std::optional<DocNote> read_doc_note(const Value& schema) {
    auto m = schema.FindMember("x-doc");
    if (m == schema.MemberEnd() || !m->value.IsObject()) return std::nullopt;
    DocNote note;
    if (auto names = m->value.FindMember("names"); names != m->value.MemberEnd() && names->value.IsArray())
        for (const auto& n : names->value.GetArray()) note.names.emplace_back(sv(n));
    if (auto t = m->value.FindMember("translations"); t != m->value.MemberEnd() && t->value.IsObject())
        for (const auto& n : t->value.GetObject())
            if (n.value.IsString()) note.translations.emplace_back(sv(n.name), sv(n.value));
    // "valueTranslations": {"Mensal": {"value": "monthly", "language": "Portuguese", "source": "…"}, …}
    if (auto t = m->value.FindMember("valueTranslations"); t != m->value.MemberEnd() && t->value.IsObject())
        for (const auto& n : t->value.GetObject())
            if (n.value.IsObject())
                note.value_translations.push_back({std::string(sv(n.name)), string_or_empty(n.value, "value"),
                                                   string_or_empty(n.value, "language"), string_or_empty(n.value, "source")});
    note.type = string_or_empty(m->value, "type");
    note.source = string_or_empty(m->value, "source");
    note.fact = string_or_empty(m->value, "fact");
    return note;
}

// The schema documents, parsed once; the index keeps pointers into them while it compiles.
const rapidjson::Document& schema_document(std::string_view file) {
    static std::map<std::string, std::unique_ptr<rapidjson::Document>, std::less<>> parsed;
    auto it = parsed.find(file);
    if (it != parsed.end()) return *it->second;
    std::string_view text = find_embedded_schema(file);
    if (text.empty()) throw std::runtime_error(fmt::format("no embedded schema named '{}'", file));
    auto doc = std::make_unique<rapidjson::Document>();
    doc->Parse(text.data(), text.size());
    if (doc->HasParseError()) throw std::runtime_error(fmt::format("schema '{}' is not valid JSON", file));
    return *parsed.emplace(std::string(file), std::move(doc)).first->second;
}

// The keywords the index implements, and the annotations it may ignore. Anything else would be
// a constraint the native validator skips without saying so: the schemas must not use it.
void reject_unimplemented_keywords(const Value& schema, std::string_view location) {
    static constexpr std::string_view understood[] = {
        "type", "enum", "const", "required", "properties", "additionalProperties", "items", "minimum", "maximum",
        "minItems", "maxItems", "$ref",
        // annotations
        "$schema", "$id", "$comment", "title", "description", "definitions", "examples", "default", "x-doc",
        "x-cartlint-format"};
    bool native_format = schema.HasMember("x-cartlint-format");
    for (const auto& m : schema.GetObject()) {
        std::string_view key = sv(m.name);
        if (std::find(std::begin(understood), std::end(understood), key) != std::end(understood)) continue;
        // pattern and format stand beside the native check that replaces them (x-cartlint-format).
        if ((key == "pattern" || key == "format") && native_format) continue;
        throw std::runtime_error(fmt::format("'{}' uses the keyword '{}', which cartlint's schema engine does not implement",
                                             location, key));
    }
    auto all_strings = [](const Value& v) {
        for (const auto& e : v.GetArray())
            if (!e.IsString()) return false;
        return true;
    };
    if (auto e = schema.FindMember("enum"); e != schema.MemberEnd() && (!e->value.IsArray() || !all_strings(e->value)))
        throw std::runtime_error(fmt::format("'{}': only enums of strings are implemented", location));
    if (auto c = schema.FindMember("const"); c != schema.MemberEnd() && !c->value.IsString())
        throw std::runtime_error(fmt::format("'{}': only string consts are implemented", location));
    if (auto i = schema.FindMember("items"); i != schema.MemberEnd() && !i->value.IsObject())
        throw std::runtime_error(fmt::format("'{}': only a single items schema is implemented", location));
    if (auto a = schema.FindMember("additionalProperties"); a != schema.MemberEnd() && !a->value.IsObject() && !a->value.IsBool())
        throw std::runtime_error(fmt::format("'{}': additionalProperties must be a schema or a boolean", location));
}

// The one use of anyOf the index understands: a property that is its schema or null. Anything
// else under anyOf would be a constraint the native validator skips.
bool nullable_any_of(const Value& schema, std::string_view location) {
    auto a = schema.FindMember("anyOf");
    if (a == schema.MemberEnd()) return false;
    const Value& branches = a->value;
    const bool shape = branches.IsArray() && branches.Size() == 2 && branches[0].IsObject() && branches[1].IsObject() &&
                       branches[1].MemberCount() == 1 && branches[1].HasMember("type") && branches[1]["type"].IsString() &&
                       sv(branches[1]["type"]) == "null";
    if (!shape) throw std::runtime_error(fmt::format("'{}': anyOf is implemented only as [schema, {{\"type\": \"null\"}}]", location));
    static constexpr std::string_view annotations[] = {"anyOf", "$comment", "title", "description", "examples", "default", "x-doc"};
    for (const auto& m : schema.GetObject())
        if (std::find(std::begin(annotations), std::end(annotations), sv(m.name)) == std::end(annotations))
            throw std::runtime_error(fmt::format("'{}': '{}' beside a nullable anyOf belongs in its first branch", location, sv(m.name)));
    return true;
}

// draft-07 ignores a $ref's siblings: a constraint written there would never be checked.
void reject_ref_siblings(const Value& schema, std::string_view location) {
    static constexpr std::string_view annotations[] = {"$ref", "$comment", "title", "description", "examples", "default", "x-doc"};
    for (const auto& m : schema.GetObject())
        if (std::find(std::begin(annotations), std::end(annotations), sv(m.name)) == std::end(annotations))
            throw std::runtime_error(fmt::format("'{}': '{}' beside $ref would be ignored (draft-07)", location, sv(m.name)));
}

}  // namespace

std::string_view find_embedded_schema(std::string_view name) noexcept {
    for (const auto& s : embedded_schemas())
        if (s.name == name) return s.text;
    return {};
}

std::string describe_types(std::uint8_t types) {
    static constexpr std::pair<std::uint8_t, const char*> names[] = {
        {type_object, "an object"}, {type_array, "an array"}, {type_string, "a string"},
        {type_number, "a number"},  {type_integer, "an integer"}, {type_boolean, "a boolean"}, {type_null, "null"}};
    std::vector<std::string> parts;
    for (auto [bit, name] : names) {
        if (!(types & bit)) continue;
        if (bit == type_integer && (types & type_number)) continue;  // "a number" covers it
        parts.emplace_back(name);
    }
    if (parts.empty()) return "any value";
    std::string out = parts[0];
    for (std::size_t i = 1; i < parts.size(); ++i) out += (i + 1 == parts.size() ? " or " : ", ") + parts[i];
    return out;
}

namespace {

void build_lookup(SchemaNode& node) {
    node.known.fill(-1);
    if (node.properties.empty()) return;
    // `known` holds indices as int16_t.
    if (node.properties.size() > static_cast<std::size_t>(std::numeric_limits<std::int16_t>::max())) throw std::runtime_error(fmt::format("too many properties at '{}'", node.location));
    std::size_t size = 4;
    while (size < node.properties.size() * 4) size *= 2;
    node.lookup.assign(size, {});
    for (std::size_t i = 0; i < node.properties.size(); ++i) {
        const std::string& name = node.properties[i].name;
        std::size_t slot = name_hash(name) & (size - 1);
        while (node.lookup[slot].index >= 0) slot = (slot + 1) & (size - 1);
        node.lookup[slot] = {name.data(), static_cast<std::uint32_t>(name.size()), static_cast<std::int32_t>(i)};
        node.in_order.push_back(node.lookup[slot]);
    }
    for (const auto& name : node.required) node.required_index.push_back(node.property_index(name));
    for (std::size_t n = 0; n < property::name_count; ++n)
        node.known[n] = static_cast<std::int16_t>(node.property_index(property::names[n]));
}

}  // namespace

const SchemaProperty* SchemaNode::property(std::string_view name) const noexcept {
    const int i = property_index(name);
    return i < 0 ? nullptr : &properties[static_cast<std::size_t>(i)];
}

const SchemaNode* SchemaNode::member(std::string_view name) const noexcept {
    if (const auto* p = property(name)) return p->schema;
    return additional;
}

SchemaIndex::SchemaIndex() {
    for (const KindInfo& row : kinds)
        if (row.role == KindRole::payload) roots_[kind_index(row.kind)] = compile(row.schema_file, "");
    roots_[kind_index(DocumentKind::automatic)] = roots_[kind_index(fallback_kind)];
    config_root_ = compile(config_file, "");
}

const SchemaNode& SchemaIndex::root(DocumentKind kind) const { return *roots_[kind_index(kind)]; }

const SchemaNode* SchemaIndex::compile(std::string_view file, const std::string& pointer) {
    std::string location = fmt::format("{}#{}", file, pointer);
    if (auto it = by_location_.find(location); it != by_location_.end()) return it->second;

    const rapidjson::Document& doc = schema_document(file);
    const Value* schema = rapidjson::Pointer(pointer.c_str()).Get(doc);
    if (!schema || !schema->IsObject()) throw std::runtime_error(fmt::format("no schema at '{}'", location));

    // A $ref stands for its target (draft-07 ignores its siblings for validation; the caller
    // reads their annotations). Registering the location first lets recursive schemas close.
    if (auto ref = schema->FindMember("$ref"); ref != schema->MemberEnd() && ref->value.IsString()) {
        reject_ref_siblings(*schema, location);
        std::string_view target = sv(ref->value);
        std::size_t hash = target.find('#');
        std::string_view target_file = hash == 0 ? file : target.substr(0, hash);
        std::string target_pointer = hash == std::string_view::npos ? "" : std::string(target.substr(hash + 1));
        const SchemaNode* resolved = compile(target_file, target_pointer);
        by_location_.emplace(location, resolved);
        return resolved;
    }

    reject_unimplemented_keywords(*schema, location);
    SchemaNode& node = nodes_.emplace_back();
    node.index = static_cast<std::uint32_t>(nodes_.size() - 1);
    by_location_.emplace(location, &node);
    node.location = location;
    node.title = string_or_empty(*schema, "title");
    node.description = string_or_empty(*schema, "description");
    node.doc = read_doc_note(*schema);
    node.format = string_or_empty(*schema, "x-cartlint-format");

    if (auto t = schema->FindMember("type"); t != schema->MemberEnd()) {
        if (t->value.IsString()) node.types = type_bit(sv(t->value));
        else if (t->value.IsArray())
            for (const auto& n : t->value.GetArray()) node.types |= type_bit(sv(n));
    }
    if (auto e = schema->FindMember("enum"); e != schema->MemberEnd() && e->value.IsArray())
        for (const auto& v : e->value.GetArray())
            if (v.IsString()) node.enum_values.emplace_back(sv(v));
    if (auto c = schema->FindMember("const"); c != schema->MemberEnd() && c->value.IsString())
        node.const_value = std::string(sv(c->value));
    if (auto r = schema->FindMember("required"); r != schema->MemberEnd() && r->value.IsArray())
        for (const auto& v : r->value.GetArray()) node.required.emplace_back(sv(v));
    // Missing properties are reported in name order (as valijson, the reference engine, does).
    std::sort(node.required.begin(), node.required.end());
    if (auto m = schema->FindMember("minimum"); m != schema->MemberEnd() && m->value.IsNumber()) node.minimum = m->value.GetDouble();
    if (auto m = schema->FindMember("maximum"); m != schema->MemberEnd() && m->value.IsNumber()) node.maximum = m->value.GetDouble();
    if (auto m = schema->FindMember("minItems"); m != schema->MemberEnd() && m->value.IsUint64()) node.min_items = m->value.GetUint64();
    if (auto m = schema->FindMember("maxItems"); m != schema->MemberEnd() && m->value.IsUint64()) node.max_items = m->value.GetUint64();

    if (auto p = schema->FindMember("properties"); p != schema->MemberEnd() && p->value.IsObject()) {
        for (const auto& m : p->value.GetObject()) {
            SchemaProperty prop;
            prop.name = std::string(sv(m.name));
            std::string child = pointer + "/properties";
            append_pointer_token(child, prop.name);
            if (nullable_any_of(m.value, fmt::format("{}#{}", file, child))) {
                // anyOf [schema, {"type": "null"}]: the property is its first branch, or null.
                prop.schema = compile(file, child + "/anyOf/0");
                prop.nullable = true;
            } else {
                prop.schema = compile(file, child);
                prop.nullable = (prop.schema->types & type_null) && (prop.schema->types & ~type_null);
                // An inline type list's "null" is the property's, not the value's: messages name the real type.
                if (prop.nullable) nodes_[prop.schema->index].types &= static_cast<std::uint8_t>(~type_null);
            }
            prop.description = string_or_empty(m.value, "description");
            if (prop.description.empty()) prop.description = prop.schema->description;
            prop.doc = read_doc_note(m.value);
            if (!prop.doc) {
                prop.doc = prop.schema->doc;
            } else if (const auto& shared = prop.schema->doc) {
                // The property's note adds to its definition's (translations beside the table's type).
                if (prop.doc->type.empty()) prop.doc->type = shared->type;
                prop.doc->names.insert(prop.doc->names.end(), shared->names.begin(), shared->names.end());
                prop.doc->translations.insert(prop.doc->translations.end(), shared->translations.begin(), shared->translations.end());
                prop.doc->value_translations.insert(prop.doc->value_translations.end(), shared->value_translations.begin(),
                                                    shared->value_translations.end());
            }
            node.properties.push_back(std::move(prop));
        }
    }
    if (auto a = schema->FindMember("additionalProperties"); a != schema->MemberEnd()) {
        if (a->value.IsBool()) node.closed = !a->value.GetBool();
        else node.additional = compile(file, pointer + "/additionalProperties");
    }
    if (auto i = schema->FindMember("items"); i != schema->MemberEnd() && i->value.IsObject())
        node.items = compile(file, pointer + "/items");
    build_lookup(node);
    return &node;
}

const SchemaIndex& schema_index() {
    static const SchemaIndex index;
    return index;
}

}  // namespace cartlint::detail
