#pragma once
// The two schema engines must agree: the native validator (what cartlint runs) and valijson (the
// reference). Shared by the differential unit test and the engine_diff fuzz target.

#include <cartlint/linter.hpp>

#include <fmt/format.h>
#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <string_view>

namespace cartlint::testing {

inline std::string describe(const Diagnostic& d) {
    std::string out = fmt::format("{} {} at '{}' [{}, {}): {}", d.rule, static_cast<int>(d.severity), d.pointer, d.begin.offset,
                                  d.end.offset, d.message);
    if (d.fix) {
        out += fmt::format(" fix '{}' safe={}", d.fix->description, d.fix->safe);
        for (const auto& e : d.fix->edits) out += fmt::format(" [{}+{} '{}']", e.offset, e.length, e.text);
    }
    return out;
}

// The first difference between the engines' findings on `text`, in order, or nothing.
//
// Two known differences, both valijson 1.0's, are left out:
// - where a member name repeats in one object (quirk/duplicate-key), valijson checks only the
//   first of them and its error paths cannot tell them apart; the native engine checks each one;
// - an integer above 2^63 - 1 is wrapped to a negative number by valijson's RapidJSON adapter
//   (static_cast<int64_t>), so 9223372036854775808 "must be at least 0"; the native engine
//   compares the true value.
inline bool has_integer_valijson_wraps(const rapidjson::Value& v) {
    if (v.IsUint64() && !v.IsInt64()) return true;
    if (v.IsObject())
        for (const auto& m : v.GetObject())
            if (has_integer_valijson_wraps(m.value)) return true;
    if (v.IsArray())
        for (const auto& e : v.GetArray())
            if (has_integer_valijson_wraps(e)) return true;
    return false;
}

inline std::optional<std::string> engines_disagree(const Linter& linter, std::string_view text, LintOptions options = {}) {
    {
        rapidjson::Document dom;
        dom.Parse<rapidjson::kParseIterativeFlag>(text.data(), text.size());
        if (!dom.HasParseError() && has_integer_valijson_wraps(dom)) return std::nullopt;
    }
    options.engine = SchemaEngine::native;
    const LintResult native = linter.lint(text, options);
    for (const auto& d : native.diagnostics)
        if (d.rule == "quirk/duplicate-key") return std::nullopt;
    options.engine = SchemaEngine::valijson;
    const LintResult reference = linter.lint(text, options);
    const std::size_t n = std::max(native.diagnostics.size(), reference.diagnostics.size());
    for (std::size_t i = 0; i < n; ++i) {
        std::string a = i < native.diagnostics.size() ? describe(native.diagnostics[i]) : "(nothing)";
        std::string b = i < reference.diagnostics.size() ? describe(reference.diagnostics[i]) : "(nothing)";
        if (a != b) return fmt::format("finding {}:\n  native:   {}\n  valijson: {}", i, a, b);
    }
    return std::nullopt;
}

}  // namespace cartlint::testing
