#pragma once
// Pieces of the JSON contract that the json and ndjson formats (and the C ABI through them) share:
// a finding, and the notes of a summary. Add fields; never rename or remove one.

#include <cartlint/diagnostic.hpp>
#include <cartlint/linter.hpp>

#include <ostream>
#include <string>

namespace cartlint::detail {

// {"rule","severity","message","pointer","line","column","endLine","endColumn","offset","length","fix"?}
void write_json_diagnostic(std::ostream& out, const Diagnostic& d);
// The same, appended to `out`; a format that writes many builds them there and writes once.
void append_json_diagnostic(std::string& out, const Diagnostic& d);

// ,"notes":[{"rule","documents","message"}] when there is a note; nothing otherwise.
void write_json_notes(std::ostream& out, const MissingContext& missing);

}  // namespace cartlint::detail
