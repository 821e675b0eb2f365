#include "schema/native_validator.hpp"

#include "schema/canonical_names.hpp"
#include "schema/schema_findings.hpp"
#include "core/same_bytes.hpp"

#include <fmt/format.h>

#include <cstring>
#include <set>

namespace cartlint::detail {
namespace {

// How a value is reached, kept on the stack: messages name values ("lineItems[0]") only when
// something is reported, so the walk never builds a name it does not need.
struct Path {
    const Path* parent = nullptr;
    std::string_view key;     // a member's name
    std::uint32_t index = 0;  // an element's index
    bool element = false;

    std::string name() const {
        if (!parent) return {};
        if (!element) return std::string(key);
        std::string array = parent->name();
        return fmt::format("{}[{}]", array.empty() ? "item" : array, index);  // as the valijson translation names it
    }
};

std::uint8_t type_of(const rapidjson::Value& v) noexcept {
    switch (v.GetType()) {
    case rapidjson::kNullType: return type_null;
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return type_boolean;
    case rapidjson::kObjectType: return type_object;
    case rapidjson::kArrayType: return type_array;
    case rapidjson::kStringType: return type_string;
    case rapidjson::kNumberType: return v.IsInt64() || v.IsUint64() ? type_integer : type_number;
    }
    return 0;
}

// same_bytes, not memcmp: in WebAssembly each memcmp is a call, and every enum value is compared.
bool string_equals(const rapidjson::Value& v, const std::string& s) noexcept {
    return v.IsString() && v.GetStringLength() == s.size() && same_bytes(v.GetString(), s.data(), s.size());
}

class Walk {
public:
    Walk(const JsonDocument& doc, Findings& findings, VisitRequest* request) : doc_(doc), findings_(findings), request_(request) {}

    // The checks run in valijson's order (const, enum, items, maximum, maxItems, minimum,
    // minItems, properties, required, type), so findings at one value come out in the same order.
    void check(Node node, const SchemaNode& s, const Path& path) {
        const rapidjson::Value& v = *node.value;
        std::uint32_t table = Visit::no_members;
        if (request_ && request_->wanted[s.index]) {
            if (v.IsObject() && !s.properties.empty()) {
                table = static_cast<std::uint32_t>(request_->members.size());
                request_->members.resize(request_->members.size() + s.properties.size());
            }
            request_->visits.push_back({node, &s, table});
        }
        if (s.const_value && !string_equals(v, *s.const_value)) fail_value<ValueCheck::constant>(node, s, path);
        if (!s.enum_values.empty() && !in_enum(v, s)) fail_value<ValueCheck::enumeration>(node, s, path);
        if (v.IsArray()) {
            if (s.items) check_items(node, *s.items, path);
            else if (watching_names() && unschematised_names_repeat(v)) names_irregular();
            if (s.max_items && v.Size() > *s.max_items) fail_value<ValueCheck::max_items>(node, s, path);
        }
        if (v.IsNumber()) {
            if (s.maximum && v.GetDouble() > *s.maximum) fail_value<ValueCheck::maximum>(node, s, path);
            if (s.minimum && v.GetDouble() < *s.minimum) fail_value<ValueCheck::minimum>(node, s, path);
        }
        if (v.IsArray() && s.min_items && v.Size() < *s.min_items) fail(report_min_items, node, s, path);
        if (v.IsObject()) check_object(node, s, path, table);
        if (s.types && !(s.types & type_of(v))) fail_value<ValueCheck::type>(node, s, path);
    }

private:
    static Place place(Node node, const SchemaNode& s, const Path& path) { return Place{node, &s, path.name()}; }

    // Out of line and marked cold: the walk's hot path stays small (reports are rare).
    using Report = void (*)(const Place&, Findings&);
    [[gnu::cold, gnu::noinline]] void fail(Report report, Node node, const SchemaNode& s, const Path& path) {
        report(place(node, s, path), findings_);
    }
    // A value finding a rule may replace: built only if none does (report_value_later).
    template <ValueCheck check>
    [[gnu::cold, gnu::noinline]] void fail_value(Node node, const SchemaNode& s, const Path& path) {
        report_value_later<check>(node, s, path.name(), findings_);
    }
    [[gnu::cold, gnu::noinline]] void report_strangers(Node object, const SchemaNode& s, const Path& path) {
        std::set<std::uint32_t> reported;
        report_unknown_properties(place(object, s, path), doc_, findings_, reported);
    }
    [[gnu::cold, gnu::noinline]] void report_missing(Node object, const SchemaNode& s, const Path& path, std::string_view name) {
        report_missing_required(place(object, s, path), name, findings_);
    }

    static bool in_enum(const rapidjson::Value& v, const SchemaNode& s) noexcept {
        for (const auto& e : s.enum_values)
            if (string_equals(v, e)) return true;
        return false;
    }

    // The names check, as names_need_preparation makes it, on the values this walk meets anyway.
    bool watching_names() const noexcept { return request_ && !request_->names_need_preparation; }
    void names_irregular() noexcept { request_->names_need_preparation = true; }

    void check_items(Node array, const SchemaNode& items, const Path& path) {
        doc_.for_each_child(array, [&](std::uint32_t i, Node element) {
            const Path child{&path, {}, i, true};
            check(element, items, child);
        });
    }

    void check_object(Node object, const SchemaNode& s, const Path& path, std::uint32_t table) {
        const rapidjson::Value& v = *object.value;
        std::uint64_t seen = 0;  // bit i: properties[i] is present (the first 64)
        bool strangers = false;
        const bool map_like = s.properties.empty();
        if (map_like && watching_names() && repeats_a_name(v)) names_irregular();
        if (!map_like || s.additional || s.closed || watching_names()) {
            std::uint32_t id = object.id + 1;
            std::size_t expected = 0;  // the property after the last one found
            for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m, id = doc_.map[id].next) {
                const std::string_view name(m->name.GetString(), m->name.GetStringLength());
                const Node child{&m->value, id};
                const Path child_path{&path, name};
                if (const int i = s.property_index(name, expected); i >= 0) {
                    expected = static_cast<std::size_t>(i) + 1;
                    const std::uint64_t bit = i < 64 ? std::uint64_t{1} << i : 0;
                    if (watching_names() && (!bit || (seen & bit))) names_irregular();  // repeated, or past the bit set
                    const SchemaProperty& property = s.properties[static_cast<std::size_t>(i)];
                    // null for a nullable property is "not set": nothing to check, and the rules see it absent.
                    if (property.nullable && m->value.IsNull()) continue;
                    if (table != Visit::no_members) {
                        Node& slot = request_->members[table + static_cast<std::uint32_t>(i)];
                        if (!slot) slot = child;
                    }
                    seen |= bit;
                    check(child, *property.schema, child_path);
                    continue;
                }
                if (watching_names() && (!map_like || (!s.additional && unschematised_names_repeat(m->value)))) names_irregular();
                if (s.additional) check(child, *s.additional, child_path);
                else if (s.closed) strangers = true;
            }
        }
        if (strangers) report_strangers(object, s, path);
        for (std::size_t r = 0; r < s.required.size(); ++r) {
            const int i = s.required_index[r];
            // A property index means the member loop above ran and filled `seen`.
            const bool present = i >= 0 && i < 64 ? (seen >> i & 1) != 0
                                                  : v.HasMember(rapidjson::StringRef(s.required[r].data(), s.required[r].size()));
            if (!present) report_missing(object, s, path, s.required[r]);
        }
    }

    const JsonDocument& doc_;
    Findings& findings_;
    VisitRequest* request_;
};

}  // namespace

void NativeValidator::validate(DocumentKind kind, const JsonDocument& doc, Findings& findings, VisitRequest* request) const {
    if (!doc.root()) return;
    if (kind == DocumentKind::automatic) kind = DocumentKind::cart;
    Walk(doc, findings, request).check(doc.root(), index_.root(kind), Path{});
}

void NativeValidator::validate_config(const JsonDocument& doc, Findings& findings) const {
    if (!doc.root()) return;
    Walk(doc, findings, nullptr).check(doc.root(), index_.config_root(), Path{});
}

}  // namespace cartlint::detail
