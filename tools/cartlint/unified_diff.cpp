#include "unified_diff.hpp"

#include <fmt/format.h>

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

// The shortest edit script between a and b (Myers, O((N+M)·D) time).
std::vector<Op> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size()), max = n + m;
    std::vector<int> v(2 * static_cast<std::size_t>(max) + 2, 0);
    std::vector<std::vector<int>> trace;
    int found_d = 0;
    for (int d = 0; d <= max; ++d) {
        trace.push_back(v);
        bool done = false;
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max])) ? v[k + 1 + max] : v[k - 1 + max] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) ++x, ++y;
            v[k + max] = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
        if (done) {
            found_d = d;
            break;
        }
    }
    std::vector<Op> ops;
    int x = n, y = m;
    for (int d = found_d; d > 0; --d) {
        const std::vector<int>& pv = trace[d];
        int k = x - y;
        int prev_k = (k == -d || (k != d && pv[k - 1 + max] < pv[k + 1 + max])) ? k + 1 : k - 1;
        int prev_x = pv[prev_k + max], prev_y = prev_x - prev_k;
        while (x > prev_x && y > prev_y) ops.push_back(Op::keep), --x, --y;
        ops.push_back(x == prev_x ? Op::add : Op::remove);
        x = prev_x;
        y = prev_y;
    }
    while (x > 0 && y > 0) ops.push_back(Op::keep), --x, --y;
    std::reverse(ops.begin(), ops.end());
    return ops;
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

    std::string out = fmt::format("--- {}\n+++ {} (fixed)\n", path, path);
    std::size_t i = 0;
    while (i < ops.size()) {
        // Find the next change, then grow a hunk until changes are more than 2·context apart.
        std::size_t first = i;
        while (first < ops.size() && ops[first] == Op::keep) ++first;
        if (first == ops.size()) break;
        std::size_t start = first > context ? first - context : 0, end = first, quiet = 0;
        for (std::size_t j = first; j < ops.size(); ++j) {
            quiet = ops[j] == Op::keep ? quiet + 1 : 0;
            end = j + 1;
            if (quiet > 2 * context) {
                end = j + 1 - quiet + context;
                break;
            }
        }
        // Line numbers at `start`.
        std::size_t la = 0, lb = 0;
        for (std::size_t j = 0; j < start; ++j) {
            if (ops[j] != Op::add) ++la;
            if (ops[j] != Op::remove) ++lb;
        }
        std::size_t ca = 0, cb = 0;
        std::string body;
        std::size_t xa = la, xb = lb;
        for (std::size_t j = start; j < end; ++j) {
            if (ops[j] == Op::keep) put_line(body, ' ', a[xa++]), ++xb, ++ca, ++cb;
            else if (ops[j] == Op::remove) put_line(body, '-', a[xa++]), ++ca;
            else put_line(body, '+', b[xb++]), ++cb;
        }
        out += fmt::format("@@ -{},{} +{},{} @@\n", ca ? la + 1 : la, ca, cb ? lb + 1 : lb, cb);
        out += body;
        i = end;
    }
    return out;
}

}  // namespace cartlint::cli
