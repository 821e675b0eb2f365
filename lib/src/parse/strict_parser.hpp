#pragma once
// Strict JSON (RFC 8259) parse with RapidJSON that also records the source map.

#include "core/json_document.hpp"

#include <cartlint/linter.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace cartlint::detail {

// What one document may hold. Real carts are far below each; the limits bound the work and the
// memory hostile input can cost, and each has its own limit/… finding.
struct ParseLimits {
    std::uint32_t max_depth = 512;                   // nesting of objects and arrays; later stages recurse
    std::size_t max_document_size = max_document_bytes;  // bytes
    std::size_t max_string_length = 1u << 20;        // bytes in one string or property name
    std::uint32_t max_members = 100000;              // members of one object, elements of one array
};

// Why a text is not a JSON document, and where.
struct SyntaxFault {
    std::string rule;       // "syntax/…" or "limit/…"
    std::string message;
    std::size_t offset = 0; // where the fault is in the parsed text
    std::size_t length = 0; // how many bytes it spans (0: a point)
};

// Parses `text` into `doc` (doc.text is set to `text`). On a fault the DOM is not usable.
std::optional<SyntaxFault> parse_strict(std::string_view text, JsonDocument& doc, const ParseLimits& limits = {});

// The same by RapidJSON's reader alone, as parse_strict parses any text the plain parser declines
// (plain_parser.hpp): the reference the tests hold that parser to.
std::optional<SyntaxFault> parse_with_reader(std::string_view text, JsonDocument& doc, const ParseLimits& limits = {});

}  // namespace cartlint::detail
