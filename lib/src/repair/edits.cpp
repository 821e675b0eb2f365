#include "repair/edits.hpp"

#include <algorithm>

namespace cartlint::detail {

std::vector<Edit> normalise_edits(std::vector<Edit> edits) {
    std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
        if (a.offset != b.offset) return a.offset < b.offset;
        return a.length == 0 && b.length != 0;
    });
    std::vector<Edit> kept;
    std::size_t covered = 0;  // end of the last kept edit's original span
    for (auto& e : edits) {
        if (!kept.empty() && e.offset < covered) continue;
        if (!kept.empty() && e.offset == covered && kept.back().length > 0 && e.length > 0 && kept.back().offset == e.offset) continue;
        covered = e.offset + e.length;
        kept.push_back(std::move(e));
    }
    return kept;
}

std::string apply_edits(std::string_view text, const std::vector<Edit>& edits) {
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t at = 0;
    for (const auto& e : edits) {
        if (e.offset > text.size()) break;
        out.append(text.substr(at, e.offset - at));
        out.append(e.text);
        at = std::min(text.size(), e.offset + e.length);
    }
    out.append(text.substr(std::min(at, text.size())));
    return out;
}

std::size_t OffsetMap::to_original(std::size_t edited) const noexcept {
    std::ptrdiff_t delta = 0;  // edited offset - original offset, before the current edit
    for (const auto& e : edits_) {
        std::size_t start = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(e.offset) + delta);
        if (edited < start) break;
        if (edited < start + e.text.size()) return e.offset;
        delta += static_cast<std::ptrdiff_t>(e.text.size()) - static_cast<std::ptrdiff_t>(e.length);
    }
    return static_cast<std::size_t>(static_cast<std::ptrdiff_t>(edited) - delta);
}

}  // namespace cartlint::detail
