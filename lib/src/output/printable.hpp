#pragma once
// Text for a terminal or a CI log, from strings that carry the user's bytes (property names,
// values, file names): every control character written as an escape, so a payload can neither
// move the cursor (ESC sequences) nor start a line of its own (a forged "::error" workflow
// command on a line after a raw newline).

#include <string>
#include <string_view>

namespace cartlint::detail {

// C0 controls as \n, \r, \t or \u001b; DEL and the C1 controls (U+0080 to U+009F) and the
// line and paragraph separators (U+2028, U+2029) as \u escapes; bytes that are not UTF-8 as U+FFFD.
std::string printable(std::string_view text);

// Whether the code point of `n` bytes at `at` is one printable() escapes (for one-column views).
bool is_control_sequence(std::string_view text, std::size_t at, std::size_t n) noexcept;

}  // namespace cartlint::detail
