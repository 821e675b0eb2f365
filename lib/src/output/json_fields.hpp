#pragma once
// Pieces of the JSON contract that the json and ndjson formats (and the C ABI through them) share:
// a finding, and the notes of a summary. Add fields; never rename or remove one.

#include <cartlint/diagnostic.hpp>
#include <cartlint/linter.hpp>

#include <cstdint>
#include <string>

namespace cartlint::detail {

// Each appended to a string: a format builds what it writes there and writes it at once (a
// stream's ostream operations, a sentry and a locale each, cost more than the JSON itself).

// {"rule","severity","message","pointer","line","column","endLine","endColumn","offset","length","fix"?}
void append_json_diagnostic(std::string& out, const Diagnostic& d);
// ,"notes":[{"rule","documents","message"}] when there is a note; nothing otherwise.
void append_json_notes(std::string& out, const MissingContext& missing);
void append_json_number(std::string& out, std::uint64_t n);

}  // namespace cartlint::detail
