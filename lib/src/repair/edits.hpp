#pragma once
// Applying edits to a text, and mapping positions in the edited text back to the original.

#include <cartlint/diagnostic.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cartlint::detail {

// Sorts edits by offset (an insertion before a replacement at the same offset, otherwise in the
// order given) and drops any that overlap an earlier one. Returns the edits kept.
std::vector<Edit> normalise_edits(std::vector<Edit> edits);

// `text` with `edits` applied; the edits must be normalised.
std::string apply_edits(std::string_view text, const std::vector<Edit>& edits);

// Maps offsets of the edited text to the original: an offset inside inserted or replaced text
// maps to where the edit starts in the original.
class OffsetMap {
public:
    explicit OffsetMap(std::vector<Edit> normalised) : edits_(std::move(normalised)) {}
    std::size_t to_original(std::size_t edited) const noexcept;

private:
    std::vector<Edit> edits_;
};

}  // namespace cartlint::detail
