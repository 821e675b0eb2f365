#pragma once
// The plain parser (lib/src/parse/plain_parser.hpp) must change nothing: parse_strict, which tries
// it first, and RapidJSON's reader alone give the same verdict, the same DOM (values, number flags,
// member order, string bytes) and the same source map on every text. Shared by the unit test and
// the parse_diff fuzz target; needs the library's private headers.

#include "parse/strict_parser.hpp"

#include <fmt/format.h>

#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace cartlint::testing {

// The first difference between two DOM values, or nothing. `at` names the value.
inline std::optional<std::string> values_differ(const detail::rapidjson::Value& a, const detail::rapidjson::Value& b,
                                                const std::string& at) {
    if (a.GetType() != b.GetType()) return fmt::format("{}: type {} vs {}", at, static_cast<int>(a.GetType()), static_cast<int>(b.GetType()));
    if (a.IsNumber()) {
        const bool same_flags = a.IsInt() == b.IsInt() && a.IsUint() == b.IsUint() && a.IsInt64() == b.IsInt64() &&
                                a.IsUint64() == b.IsUint64() && a.IsDouble() == b.IsDouble();
        if (!same_flags) return fmt::format("{}: number kinds differ", at);
        if (a.IsDouble()) {
            const double x = a.GetDouble(), y = b.GetDouble();
            if (std::memcmp(&x, &y, sizeof x) != 0) return fmt::format("{}: {} vs {}", at, x, y);
        } else if (a.IsUint64() ? a.GetUint64() != b.GetUint64() : a.GetInt64() != b.GetInt64()) {
            return fmt::format("{}: integers differ", at);
        }
    } else if (a.IsString()) {
        if (std::string_view(a.GetString(), a.GetStringLength()) != std::string_view(b.GetString(), b.GetStringLength()))
            return fmt::format("{}: strings differ", at);
    } else if (a.IsArray()) {
        if (a.Size() != b.Size()) return fmt::format("{}: {} vs {} elements", at, a.Size(), b.Size());
        for (detail::rapidjson::SizeType i = 0; i < a.Size(); ++i)
            if (auto d = values_differ(a[i], b[i], fmt::format("{}[{}]", at, i))) return d;
    } else if (a.IsObject()) {
        if (a.MemberCount() != b.MemberCount()) return fmt::format("{}: {} vs {} members", at, a.MemberCount(), b.MemberCount());
        for (auto m = a.MemberBegin(), n = b.MemberBegin(); m != a.MemberEnd(); ++m, ++n) {
            const std::string_view x(m->name.GetString(), m->name.GetStringLength()), y(n->name.GetString(), n->name.GetStringLength());
            if (x != y) return fmt::format("{}: member names differ", at);
            if (auto d = values_differ(m->value, n->value, fmt::format("{}.{}", at, x))) return d;
        }
    }
    return std::nullopt;
}

// The first difference between parse_strict and parse_with_reader on `text`, or nothing.
inline std::optional<std::string> parsers_disagree(std::string_view text, const detail::ParseLimits& limits = {}) {
    detail::JsonDocument strict, reader;
    const auto a = detail::parse_strict(text, strict, limits);
    const auto b = detail::parse_with_reader(text, reader, limits);
    if (a.has_value() != b.has_value()) return fmt::format("one parse failed ({}), the other did not", a ? a->rule : b->rule);
    if (a) {
        if (a->rule != b->rule || a->message != b->message || a->offset != b->offset || a->length != b->length)
            return fmt::format("faults differ: {} at {}+{} '{}' vs {} at {}+{} '{}'", a->rule, a->offset, a->length, a->message,
                               b->rule, b->offset, b->length, b->message);
        return std::nullopt;
    }
    if (auto d = values_differ(strict.dom, reader.dom, "root")) return d;
    if (strict.map.size() != reader.map.size()) return fmt::format("{} vs {} source nodes", strict.map.size(), reader.map.size());
    for (std::uint32_t i = 0; i < strict.map.size(); ++i) {
        const detail::SourceNode &x = strict.map[i], &y = reader.map[i];
        if (x.begin != y.begin || x.end != y.end || x.key_begin != y.key_begin || x.key_end != y.key_end || x.parent != y.parent ||
            x.ordinal != y.ordinal || x.next != y.next)
            return fmt::format("source node {} differs: [{}, {}) key [{}, {}) parent {} ordinal {} next {} vs [{}, {}) key [{}, {}) "
                               "parent {} ordinal {} next {}",
                               i, x.begin, x.end, x.key_begin, x.key_end, x.parent, x.ordinal, x.next, y.begin, y.end, y.key_begin,
                               y.key_end, y.parent, y.ordinal, y.next);
    }
    return std::nullopt;
}

}  // namespace cartlint::testing
