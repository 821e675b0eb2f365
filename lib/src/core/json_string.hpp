#pragma once
// Writes text as a JSON string literal. Messages can quote bytes from the user's file, which may
// not be UTF-8: such bytes become U+FFFD so the output is always valid JSON.

#include <ostream>
#include <string>
#include <string_view>

namespace cartlint::detail {

void write_json_string(std::ostream& out, std::string_view text);
// The same, appended to `out`: a report builds a finding in a string and writes it once, since
// each ostream insertion costs a sentry and a virtual call (a third of a broken stream's report).
void append_json_string(std::string& out, std::string_view text);

// Length of the well-formed UTF-8 sequence at text[at], or 0 (overlongs and surrogates are not).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at) noexcept;

}  // namespace cartlint::detail
