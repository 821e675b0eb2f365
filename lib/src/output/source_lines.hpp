#pragma once
// Lookup in the lines a streamed file kept (FileResult::lines), which are in line order.

#include <cartlint/report.hpp>

#include <algorithm>

namespace cartlint::detail {

inline const SourceLine* find_line(const std::vector<SourceLine>& lines, std::uint64_t number) {
    auto it = std::lower_bound(lines.begin(), lines.end(), number, [](const SourceLine& l, std::uint64_t n) { return l.number < n; });
    return it != lines.end() && it->number == number ? &*it : nullptr;
}

}  // namespace cartlint::detail
