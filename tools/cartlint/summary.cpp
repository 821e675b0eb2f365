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

void write_stats(std::ostream& out, const std::vector<FileResult>& files, const std::vector<double>& seconds) {
    // The verdict of an input is the worst thing about it.
    const char* const verdicts[] = {"clean", "info only", "warnings", "errors", "syntax errors", "limits", "unreadable"};
    std::size_t per_verdict[7] = {};
    std::map<std::string, std::pair<std::size_t, std::size_t>> per_rule;  // findings, inputs
    for (const auto& f : files) {
        int verdict = 0;
        std::map<std::string, bool> seen;
        for (const auto& d : f.result.diagnostics) {
            int v = d.rule == "io/unreadable"                  ? 6
                    : d.rule.rfind("limit/", 0) == 0           ? 5
                    : d.rule.rfind("syntax/", 0) == 0          ? 4
                    : d.severity == Severity::error            ? 3
                    : d.severity == Severity::warning          ? 2
                                                               : 1;
            verdict = std::max(verdict, v);
            auto& r = per_rule[d.rule];
            ++r.first;
            if (!seen[d.rule]) ++r.second, seen[d.rule] = true;
        }
        ++per_verdict[verdict];
    }
    double total = 0;
    for (double s : seconds) total += s;
    out << fmt::format("inputs: {} in {:.3f} s of linting ({:.1f} µs each on average)\n", files.size(), total,
                       files.empty() ? 0.0 : total * 1e6 / static_cast<double>(files.size()));
    out << "verdicts:\n";
    for (int v = 0; v < 7; ++v) out << fmt::format("  {:>8}  {}\n", per_verdict[v], verdicts[v]);
    std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>> rules(per_rule.begin(), per_rule.end());
    std::stable_sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
    out << "findings by rule (findings, inputs):\n";
    for (const auto& [rule, counts] : rules) out << fmt::format("  {:>8}  {:>8}  {}\n", counts.first, counts.second, rule);
    std::vector<std::size_t> order(files.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return seconds[a] > seconds[b]; });
    out << "slowest inputs:\n";
    for (std::size_t i = 0; i < order.size() && i < 10; ++i)
        out << fmt::format("  {:>10.3f} ms  {}\n", seconds[order[i]] * 1e3, printable(files[order[i]].path));
}

}  // namespace cartlint::cli
