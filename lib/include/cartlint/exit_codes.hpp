#pragma once
// The exit codes of the cartlint command, in one place so the CLI, its tests and the README agree.

namespace cartlint::exit_code {

inline constexpr int ok = 0;        // no finding at or above the failure threshold
inline constexpr int findings = 1;  // at least one finding at or above the failure threshold
inline constexpr int usage = 2;     // bad command line, unreadable input or unwritable output

}  // namespace cartlint::exit_code
