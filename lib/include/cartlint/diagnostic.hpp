#pragma once
// The one finding type every stage produces: syntax, schema, rules and quirks alike.

#include <cartlint/export.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cartlint {

enum class Severity : std::uint8_t { info, warning, error };

[[nodiscard]] CARTLINT_API std::string_view to_string(Severity severity) noexcept;  // "info", "warning", "error"
[[nodiscard]] CARTLINT_API std::optional<Severity> parse_severity(std::string_view name) noexcept;

// A place in the user's original text. Lines and columns are 1-based; columns count Unicode
// code points (a multi-byte UTF-8 character is one column), offsets count bytes from 0.
struct Position {
    std::size_t offset = 0;
    std::uint64_t line = 1;    // 64-bit: an NDJSON stream may have more than 2^32 lines
    std::uint32_t column = 1;
};

// One replacement in the original text: the bytes [offset, offset + length) become `text`.
struct Edit {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string text;
};

// A repair for a finding: a description and the edits that make it. Edits never overlap.
// A safe fix changes only syntax or property names, never a value: `cartlint --fix` applies
// those. Others (billingCycle "Monthly" -> "monthly") are suggestions the user must choose.
struct Fix {
    std::string description;
    std::vector<Edit> edits;
    bool safe = true;
};

struct Diagnostic {
    std::string rule;      // "category/name", e.g. "schema/required"
    Severity severity = Severity::error;
    std::string message;
    std::string pointer;   // RFC 6901; "" is the document root
    Position begin;
    Position end;          // one past the last character of the finding
    std::optional<Fix> fix;
};

}  // namespace cartlint
