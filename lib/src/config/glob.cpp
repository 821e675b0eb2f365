// Glob patterns for configuration overrides.

#include <cartlint/config.hpp>

#include <vector>

namespace cartlint {
namespace {

// One path segment against one pattern segment: '*' any run, '?' one character, with
// backtracking to the last '*' only (enough within a segment, and linear in practice).
bool match_segment(std::string_view p, std::string_view s) {
    std::size_t pi = 0, si = 0, star = std::string_view::npos, from = 0;
    while (si < s.size()) {
        if (pi < p.size() && (p[pi] == '?' || p[pi] == s[si])) {
            ++pi;
            ++si;
        } else if (pi < p.size() && p[pi] == '*') {
            star = pi++;
            from = si;
        } else if (star != std::string_view::npos) {
            pi = star + 1;
            si = ++from;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi] == '*') ++pi;
    return pi == p.size();
}

std::vector<std::string_view> segments(std::string_view s) {
    std::vector<std::string_view> out;
    for (std::size_t start = 0; start <= s.size();) {
        std::size_t end = s.find('/', start);
        if (end == std::string_view::npos) end = s.size();
        out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// Whole paths: "**" matches any number of segments. ok[i][j]: pattern from i matches path from j.
bool match(std::string_view pattern, std::string_view path) {
    const auto p = segments(pattern), s = segments(path);
    std::vector<std::vector<char>> ok(p.size() + 1, std::vector<char>(s.size() + 1, 0));
    ok[p.size()][s.size()] = 1;
    for (std::size_t i = p.size(); i-- > 0;) {
        for (std::size_t j = s.size() + 1; j-- > 0;) {
            if (p[i] == "**") ok[i][j] = ok[i + 1][j] || (j < s.size() && ok[i][j + 1]);
            else ok[i][j] = j < s.size() && match_segment(p[i], s[j]) && ok[i + 1][j + 1];
        }
    }
    return ok[0][0];
}

std::string_view without_dot_slash(std::string_view s) {
    while (s.size() >= 2 && s[0] == '.' && s[1] == '/') s.remove_prefix(2);
    return s;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) noexcept {
    pattern = without_dot_slash(pattern);
    path = without_dot_slash(path);
    if (pattern.find('/') == std::string_view::npos) {
        std::size_t slash = path.rfind('/');
        return match(pattern, slash == std::string_view::npos ? path : path.substr(slash + 1));
    }
    return match(pattern, path);
}

}  // namespace cartlint
