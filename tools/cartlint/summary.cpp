#include "summary.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace cartlint::cli {

void RunSummary::count(const FileResult& part) {
    file_has_findings_ |= !part.result.diagnostics.empty();
    for (const auto& d : part.result.diagnostics) ++per_rule_[d.rule];
}

void RunSummary::write(std::ostream& out, std::chrono::steady_clock::time_point started, const MissingContext* notes) const {
    std::vector<std::pair<std::string, std::uint64_t>> rules(per_rule_.begin(), per_rule_.end());
    std::stable_sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out << fmt::format("cartlint: {} file{} ({} with findings) in {:.2f} s\n", files_, files_ == 1 ? "" : "s", with_findings_, seconds);
    constexpr std::size_t shown = 12;
    for (std::size_t i = 0; i < rules.size() && i < shown; ++i) out << fmt::format("  {:>6}  {}\n", rules[i].second, rules[i].first);
    if (rules.size() > shown) out << fmt::format("  and {} more rules\n", rules.size() - shown);
    if (notes)
        for (const ReportNote& note : report_notes(*notes)) out << "cartlint: note: " << note.message << " [" << note.rule << "]\n";
}

void Stats::begin_file(const std::string& display) {
    display_ = display;
    verdict_ = 0;
    seen_.clear();
}

void Stats::count(const FileResult& part) {
    missing_context_ += part.result.missing_context;
    // The verdict of an input is the worst thing about it.
    for (const auto& d : part.result.diagnostics) {
        int v = d.rule == "io/unreadable"                  ? 6
                : d.rule.rfind("limit/", 0) == 0           ? 5
                : d.rule.rfind("syntax/", 0) == 0          ? 4
                : d.severity == Severity::error            ? 3
                : d.severity == Severity::warning          ? 2
                                                           : 1;
        verdict_ = std::max(verdict_, v);
        auto& r = per_rule_[d.rule];
        ++r.first;
        if (!seen_[d.rule]) ++r.second, seen_[d.rule] = true;
    }
}

void Stats::end_file(double seconds) {
    ++per_verdict_[static_cast<std::size_t>(verdict_)];
    ++inputs_;
    total_seconds_ += seconds;
    // The slowest few, slowest first; an input as slow as one shown keeps the earlier one first.
    auto at = std::upper_bound(slowest_.begin(), slowest_.end(), seconds, [](double s, const auto& e) { return s > e.first; });
    if (static_cast<std::size_t>(at - slowest_.begin()) < slowest_shown) {
        slowest_.insert(at, {seconds, display_});
        if (slowest_.size() > slowest_shown) slowest_.pop_back();
    }
}

void Stats::write(std::ostream& out) const {
    const char* const verdicts[] = {"clean", "info only", "warnings", "errors", "syntax errors", "limits", "unreadable"};
    out << fmt::format("inputs: {} in {:.3f} s of linting ({:.1f} µs each on average)\n", inputs_, total_seconds_,
                       inputs_ == 0 ? 0.0 : total_seconds_ * 1e6 / static_cast<double>(inputs_));
    out << "verdicts:\n";
    for (std::size_t v = 0; v < 7; ++v) out << fmt::format("  {:>8}  {}\n", per_verdict_[v], verdicts[v]);
    std::vector<std::pair<std::string, std::pair<std::uint64_t, std::uint64_t>>> rules(per_rule_.begin(), per_rule_.end());
    std::stable_sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
    out << "findings by rule (findings, inputs):\n";
    for (const auto& [rule, counts] : rules) out << fmt::format("  {:>8}  {:>8}  {}\n", counts.first, counts.second, rule);
    const std::vector<ReportNote> notes = report_notes(missing_context_);
    if (!notes.empty()) out << "notes:\n";
    for (const ReportNote& note : notes) out << "  " << note.message << " [" << note.rule << "]\n";
    out << "slowest inputs:\n";
    for (const auto& [seconds, display] : slowest_) out << fmt::format("  {:>10.3f} ms  {}\n", seconds * 1e3, printable(display));
}

}  // namespace cartlint::cli
