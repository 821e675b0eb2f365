#pragma once
// "Did you mean …?": the closest known name to a misspelt one.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cartlint::detail {

// Edit distance with adjacent transpositions (optimal string alignment), ignoring case.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a plausible slip: at most a
// third of the word's length in edits (and at least one).
std::optional<std::string> closest_name(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace cartlint::detail
