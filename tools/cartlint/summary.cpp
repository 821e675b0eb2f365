#include "summary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace cartlint::cli {

void write_summary(std::ostream& out, const std::vector<FileResult>& files, std::chrono::steady_clock::time_point started) {
    std::map<std::string, std::size_t> per_rule;
    std::size_t with_findings = 0;
    for (const auto& f : files) {
        with_findings += !f.result.diagnostics.empty();
        for (const auto& d : f.result.diagnostics) ++per_rule[d.rule];
    }
    std::vector<std::pair<std::string, std::size_t>> rules(per_rule.begin(), per_rule.end());
    std::stable_sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out << fmt::format("cartlint: {} file{} ({} with findings) in {:.2f} s\n", files.size(), files.size() == 1 ? "" : "s", with_findings, seconds);
    constexpr std::size_t shown = 12;
    for (std::size_t i = 0; i < rules.size() && i < shown; ++i) out << fmt::format("  {:>6}  {}\n", rules[i].second, rules[i].first);
    if (rules.size() > shown) out << fmt::format("  and {} more rules\n", rules.size() - shown);
}

}  // namespace cartlint::cli
