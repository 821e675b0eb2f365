#pragma once
// Text that is not UTF-8 at all but UTF-16 or UTF-32 (Windows tools save JSON as "Unicode"):
// read as UTF-8 it is every other byte NUL, and a byte-level repair would destroy it.

#include <optional>
#include <string_view>

namespace cartlint::detail {

// "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when the text starts with that byte order
// mark, or its first bytes have the NUL pattern of ASCII in that encoding.
std::optional<std::string_view> wide_encoding(std::string_view text) noexcept;

}  // namespace cartlint::detail
