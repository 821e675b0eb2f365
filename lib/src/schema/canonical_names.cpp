#include "schema/canonical_names.hpp"
#include "core/ascii.hpp"


namespace cartlint::detail {
namespace {

// Objects wider than this are left to the rules themselves, which have a linear check.
constexpr rapidjson::SizeType pairwise_limit = 16;

bool same_folded(const rapidjson::Value& a, const rapidjson::Value& b) {
    return a.GetStringLength() == b.GetStringLength() && ::cartlint::detail::ascii::casecmp_n(a.GetString(), b.GetString(), a.GetStringLength()) == 0;
}

bool check(const rapidjson::Value& v, const SchemaNode* s) {
    if (!s) return unschematised_names_repeat(v);
    if (v.IsArray()) {
        for (const auto& e : v.GetArray())
            if (check(e, s->items)) return true;
        return false;
    }
    if (!v.IsObject()) return false;
    if (s->properties.empty()) {
        // A map (additionalProperties) or an object the schema leaves open.
        if (repeats_a_name(v)) return true;
        for (const auto& m : v.GetObject())
            if (check(m.value, s->additional)) return true;
        return false;
    }
    std::uint64_t seen = 0;
    for (const auto& m : v.GetObject()) {
        const int i = s->property_index({m.name.GetString(), m.name.GetStringLength()});
        if (i < 0 || i >= 64) return true;  // not the schema's name (perhaps its other casing), or beyond the bit set
        const std::uint64_t bit = std::uint64_t{1} << i;
        if (seen & bit) return true;
        seen |= bit;
        if (check(m.value, s->properties[static_cast<std::size_t>(i)].schema)) return true;
    }
    return false;
}

}  // namespace

bool repeats_a_name(const rapidjson::Value& object) {
    const rapidjson::SizeType n = object.MemberCount();
    if (n > pairwise_limit) return true;
    for (auto i = object.MemberBegin(); i != object.MemberEnd(); ++i)
        for (auto j = object.MemberBegin(); j != i; ++j)
            if (same_folded(i->name, j->name)) return true;
    return false;
}

// Only quirk/duplicate-key looks inside a value no schema describes.
bool unschematised_names_repeat(const rapidjson::Value& v) {
    if (v.IsObject()) {
        if (repeats_a_name(v)) return true;
        for (const auto& m : v.GetObject())
            if (unschematised_names_repeat(m.value)) return true;
    } else if (v.IsArray()) {
        for (const auto& e : v.GetArray())
            if (unschematised_names_repeat(e)) return true;
    }
    return false;
}

bool names_need_preparation(const JsonDocument& doc, const SchemaNode& root) {
    return doc.root() && check(doc.dom, &root);
}

}  // namespace cartlint::detail
