#include "unified_diff.hpp"

#include <cartlint/report.hpp>

#include <fmt/format.h>

#include <cstddef>

#include <algorithm>
#include <vector>

namespace cartlint::cli {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size() - 1;
        lines.push_back(text.substr(start, end - start + 1));  // keeps the '\n'
        start = end + 1;
    }
    return lines;
}

enum class Op { keep, remove, add };

using Lines = std::vector<std::string_view>;
// Line numbers and diagonals: 64-bit, as an NDJSON stream to fix is read whole and may have more
// than 2^31 lines.
using Index = std::ptrdiff_t;

// The middle snake of the shortest edit script of a[a0, a1) and b[b0, b1) (Myers 1986, section
// 4b): run from both ends until the paths meet. Only two diagonals' rows are kept, not a row per
// step: a diff of two 7,000-line files needs kilobytes, not gigabytes.
struct Snake {
    Index x, y, u, v;  // from (x, y) to (u, v), matching lines all the way
};

Snake middle_snake(const Lines& a, Index a0, Index a1, const Lines& b, Index b0, Index b1, std::vector<Index>& vf, std::vector<Index>& vb) {
    const Index n = a1 - a0, m = b1 - b0, delta = n - m;
    const bool odd = (delta & 1) != 0;
    const Index max = (n + m + 1) / 2 + 1;
    const Index off = max + 1;
    vf.assign(2 * static_cast<std::size_t>(max) + 3, 0);
    vb.assign(2 * static_cast<std::size_t>(max) + 3, 0);
    for (Index d = 0; d <= max; ++d) {
        for (Index k = -d; k <= d; k += 2) {  // forward, diagonal k = x - y
            Index x = (k == -d || (k != d && vf[off + k - 1] < vf[off + k + 1])) ? vf[off + k + 1] : vf[off + k - 1] + 1;
            Index y = x - k;
            const Index sx = x, sy = y;
            while (x < n && y < m && a[a0 + x] == b[b0 + y]) ++x, ++y;
            vf[off + k] = x;
            const Index c = delta - k;  // the same diagonal, counted from the end
            if (odd && c >= -(d - 1) && c <= d - 1 && vf[off + k] + vb[off + c] >= n) return {a0 + sx, b0 + sy, a0 + x, b0 + y};
        }
        for (Index c = -d; c <= d; c += 2) {  // backward, on the reversed texts
            Index x = (c == -d || (c != d && vb[off + c - 1] < vb[off + c + 1])) ? vb[off + c + 1] : vb[off + c - 1] + 1;
            Index y = x - c;
            const Index sx = x, sy = y;
            while (x < n && y < m && a[a1 - 1 - x] == b[b1 - 1 - y]) ++x, ++y;
            vb[off + c] = x;
            const Index k = delta - c;
            if (!odd && k >= -d && k <= d && vb[off + c] + vf[off + k] >= n) return {a0 + n - x, b0 + m - y, a0 + n - sx, b0 + m - sy};
        }
    }
    return {a0, b0, a0, b0};  // not reached: the paths meet by d = max
}

void compare(const Lines& a, Index a0, Index a1, const Lines& b, Index b0, Index b1, std::vector<Op>& ops, std::vector<Index>& vf,
             std::vector<Index>& vb) {
    while (a0 < a1 && b0 < b1 && a[a0] == b[b0]) ops.push_back(Op::keep), ++a0, ++b0;
    Index suffix = 0;
    while (a1 > a0 && b1 > b0 && a[a1 - 1] == b[b1 - 1]) --a1, --b1, ++suffix;
    if (a0 == a1) {
        ops.insert(ops.end(), static_cast<std::size_t>(b1 - b0), Op::add);
    } else if (b0 == b1) {
        ops.insert(ops.end(), static_cast<std::size_t>(a1 - a0), Op::remove);
    } else {
        const Snake s = middle_snake(a, a0, a1, b, b0, b1, vf, vb);
        if ((s.x == a0 && s.y == b0 && s.u == a1 && s.v == b1) || (s.x == a0 && s.y == b0 && s.u == a0 && s.v == b0)) {
            // No split (cannot happen once the common ends are gone; a guard against looping).
            ops.insert(ops.end(), static_cast<std::size_t>(a1 - a0), Op::remove);
            ops.insert(ops.end(), static_cast<std::size_t>(b1 - b0), Op::add);
        } else {
            compare(a, a0, s.x, b, b0, s.y, ops, vf, vb);
            ops.insert(ops.end(), static_cast<std::size_t>(s.u - s.x), Op::keep);
            compare(a, s.u, a1, b, s.v, b1, ops, vf, vb);
        }
    }
    ops.insert(ops.end(), static_cast<std::size_t>(suffix), Op::keep);
}

// A shortest edit script between a and b in linear space (Myers' divide and conquer). Within
// each run of changes the removed lines come first, then the added ones, as GNU diff prints
// them (the halves of a split can leave them interleaved; either order is the same script).
std::vector<Op> edit_script(const Lines& a, const Lines& b) {
    std::vector<Op> ops;
    ops.reserve(a.size() + b.size());
    std::vector<Index> vf, vb;
    compare(a, 0, static_cast<Index>(a.size()), b, 0, static_cast<Index>(b.size()), ops, vf, vb);
    for (std::size_t i = 0; i < ops.size();) {
        if (ops[i] == Op::keep) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < ops.size() && ops[end] != Op::keep) ++end;
        std::stable_partition(ops.begin() + static_cast<std::ptrdiff_t>(i), ops.begin() + static_cast<std::ptrdiff_t>(end),
                              [](Op op) { return op == Op::remove; });
        i = end;
    }
    return ops;
}

// A hunk's range as GNU diff writes it: "start,count", "start" alone for one line, and the line
// before the hunk with ",0" for none.
std::string range(std::size_t before, std::size_t count) {
    if (count == 1) return std::to_string(before + 1);
    return fmt::format("{},{}", count ? before + 1 : before, count);
}

void put_line(std::string& out, char tag, std::string_view line) {
    out += tag;
    out += line;
    if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& path) {
    if (before == after) return {};
    const auto a = split_lines(before), b = split_lines(after);
    const auto ops = edit_script(a, b);
    constexpr std::size_t context = 3;

    // The name as every human format writes it: a line break in it would end the header early.
    const std::string name = printable(path);
    std::string out = fmt::format("--- {}\n+++ {} (fixed)\n", name, name);
    std::size_t i = 0;
    std::size_t counted = 0, la = 0, lb = 0;  // line numbers before ops[counted]: hunks only move forward
    while (i < ops.size()) {
        // Find the next change, then grow a hunk until changes are more than 2·context apart.
        std::size_t first = i;
        while (first < ops.size() && ops[first] == Op::keep) ++first;
        if (first == ops.size()) break;
        // Changes at most 2·context unchanged lines apart share a hunk; a hunk ends `context`
        // lines after its last change, at the end of the file too (as GNU diff's do).
        const std::size_t start = first > context ? first - context : 0;
        std::size_t last_change = first;
        for (std::size_t j = first; j < ops.size(); ++j) {
            if (ops[j] != Op::keep) last_change = j;
            else if (j - last_change > 2 * context) break;
        }
        const std::size_t end = std::min(ops.size(), last_change + 1 + context);
        // Line numbers at `start`, counted on from the last hunk.
        for (; counted < start; ++counted) {
            if (ops[counted] != Op::add) ++la;
            if (ops[counted] != Op::remove) ++lb;
        }
        std::size_t ca = 0, cb = 0;
        std::string body;
        std::size_t xa = la, xb = lb;
        for (std::size_t j = start; j < end; ++j) {
            if (ops[j] == Op::keep) put_line(body, ' ', a[xa++]), ++xb, ++ca, ++cb;
            else if (ops[j] == Op::remove) put_line(body, '-', a[xa++]), ++ca;
            else put_line(body, '+', b[xb++]), ++cb;
        }
        out += "@@ -" + range(la, ca) + " +" + range(lb, cb) + " @@\n";
        out += body;
        i = end;
    }
    return out;
}

}  // namespace cartlint::cli
