#pragma once
// A compiled view of schemas/: for every place in a payload, what the schema expects there.
//
// The index is what the native validator runs (schema/native_validator), what the rules walk
// beside the document, and what answers the questions valijson's errors leave open (which type
// was expected, which values are allowed). It implements a fixed set of draft-07 keywords and
// refuses a schema that uses any other, so that no constraint is skipped silently; `pattern` and
// `format` are replaced by the native checks that x-cartlint-format names.

#include "core/same_bytes.hpp"
#include "document/kinds.hpp"
#include "schema/property_names.hpp"

#include <cartlint/document_kind.hpp>

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cartlint::detail {

// JSON Schema "type" names as a bit set; 0 means any type.
enum JsonType : std::uint8_t {
    type_null = 1, type_boolean = 2, type_integer = 4, type_number = 8, type_string = 16, type_array = 32, type_object = 64,
};
std::string describe_types(std::uint8_t types);  // "an integer", "a string or an array"

// A value a translated doc page writes in its own language ("Mensal"), with the API's value it
// stands for ("monthly"), the page's language and where the page says it.
struct ValueTranslation {
    std::string text, value, language, source;
};

// Where a documented property table departs from the API (the schema's x-doc annotation).
struct DocNote {
    std::vector<std::string> names;  // names the doc tables use that the API does not
    // Names a translated doc page gives the property, with the page's language ("Spanish").
    std::vector<std::pair<std::string, std::string>> translations;
    // Values translated pages give the property (x-doc valueTranslations), each seen on a real page.
    std::vector<ValueTranslation> value_translations;
    std::string type;                // the type the doc table claims, when it is wrong
    std::string source;              // which doc passage
    std::string fact;                // what the SDKs and samples show instead
};

struct SchemaNode;

struct SchemaProperty {
    std::string name;
    const SchemaNode* schema = nullptr;
    std::string description;         // the documented description
    std::optional<DocNote> doc;
    // null stands for "not set": the .NET SDK writes every unset reference-typed property as null
    // (Newtonsoft's default), and the service reads it so. Written in the schema as
    // anyOf [schema, {"type": "null"}] or a type list with "null"; validated as if absent.
    bool nullable = false;
};

struct SchemaNode {
    // Never copied or moved: `lookup` points into `properties`, and the index hands out addresses.
    SchemaNode() = default;
    SchemaNode(const SchemaNode&) = delete;
    SchemaNode& operator=(const SchemaNode&) = delete;

    std::uint32_t index = 0;         // position in SchemaIndex::nodes(), for per-node tables
    std::string location;            // "cart-line-item.schema.json#/properties/quantity"
    std::string title;
    std::string description;
    std::uint8_t types = 0;
    std::vector<std::string> enum_values;  // string members of "enum"
    std::optional<std::string> const_value;
    std::vector<std::string> required;
    std::vector<SchemaProperty> properties;
    const SchemaNode* additional = nullptr;  // schema of other members, if any
    bool closed = false;                     // additionalProperties: false
    const SchemaNode* items = nullptr;
    std::string format;                      // native check: guid, date-time, catalog-item-id, …
    std::optional<double> minimum, maximum;
    std::optional<std::uint64_t> min_items, max_items;
    std::optional<DocNote> doc;
    // Open-addressing table of the properties' names, sized a power of two, at most a quarter
    // full. Each slot holds its name's bytes and length beside the index: a probe reads one slot,
    // not a SchemaProperty (and its std::string) in another cache line.
    struct NameSlot {
        // properties[index].name's bytes: the node is never copied, and SchemaIndex::compile
        // fills `properties` completely before it builds this table (never changing it after).
        const char* name = nullptr;
        std::uint32_t size = 0;
        std::int32_t index = -1;     // -1: empty
    };
    std::vector<NameSlot> lookup;
    std::vector<NameSlot> in_order;  // the same slots in the order of `properties`
    // Each of property::names' index in `properties`, or -1: a rule's lookup by number.
    std::array<std::int16_t, property::name_count> known = [] {
        std::array<std::int16_t, property::name_count> none;
        none.fill(-1);
        return none;
    }();

    // required[i]'s index in `properties`, or -1 when it is not among them.
    std::vector<int> required_index;

    // O(1): looked up for every member of every payload.
    const SchemaProperty* property(std::string_view name) const noexcept;
    // Index of property `name` in `properties`, or -1.
    int property_index(std::string_view name) const noexcept;
    int property_index(property::Name name) const noexcept { return known[name]; }
    // The same, trying property `expected` first: a payload mostly lists its members in the
    // schema's order (the documented tables' order, which the samples follow), and then the
    // walk's lookup of each member is one comparison, with no hash and no probe.
    int property_index(std::string_view name, std::size_t expected) const noexcept {
        if (expected < in_order.size()) {
            const NameSlot& slot = in_order[expected];
            if (slot.size == name.size() && same_bytes(slot.name, name.data(), name.size())) return slot.index;
        }
        return property_index(name);
    }
    // The schema of member `name`: its property schema, else additionalProperties.
    const SchemaNode* member(std::string_view name) const noexcept;
};

// Cheap and good enough for a few dozen names: length and three sampled bytes.
inline std::size_t name_hash(std::string_view name) noexcept {
    if (name.empty()) return 0;
    auto at = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(name[i])); };
    return name.size() * 0x9E3779B1u ^ at(0) * 31u ^ at(name.size() / 2) * 131u ^ at(name.size() - 1) * 1031u;
}

inline int SchemaNode::property_index(std::string_view name) const noexcept {
    if (lookup.empty()) return -1;
    const std::size_t mask = lookup.size() - 1;
    for (std::size_t slot = name_hash(name) & mask;; slot = (slot + 1) & mask) {
        const NameSlot& entry = lookup[slot];
        if (entry.index < 0) return -1;
        if (entry.size == name.size() && same_bytes(entry.name, name.data(), name.size())) return entry.index;
    }
}

class SchemaIndex {
public:
    SchemaIndex();  // compiles the embedded schemas; throws std::runtime_error if they are broken

    const SchemaNode& root(DocumentKind kind) const;
    const SchemaNode& config_root() const { return *config_root_; }
    static constexpr std::string_view config_file = "cartlint-config.schema.json";
    const std::deque<SchemaNode>& nodes() const noexcept { return nodes_; }

private:
    const SchemaNode* compile(std::string_view file, const std::string& pointer);

    std::deque<SchemaNode> nodes_;
    std::map<std::string, const SchemaNode*, std::less<>> by_location_;
    std::array<const SchemaNode*, kind_count> roots_{};  // nullptr for a container
    const SchemaNode* config_root_ = nullptr;
};

// The shared index, built on first use.
const SchemaIndex& schema_index();

}  // namespace cartlint::detail
