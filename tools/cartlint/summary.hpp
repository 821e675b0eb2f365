#pragma once
// What a run says about itself beside its report, counted as the pieces go by (never the findings
// themselves): the closing summary on standard error, and --stats.

#include <cartlint/report.hpp>
#include <cartlint/report_writer.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace cartlint::cli {

// The closing summary of a run, on standard error: files, findings per rule, elapsed time.
class RunSummary {
public:
    void begin_file() { ++files_, file_has_findings_ = false; }
    void count(const FileResult& part);
    void end_file() { with_findings_ += file_has_findings_; }
    // With the notes too when the report itself carries none (ndjson: one line per input line).
    void write(std::ostream& out, std::chrono::steady_clock::time_point started, const MissingContext* notes) const;

private:
    std::map<std::string, std::uint64_t> per_rule_;
    std::uint64_t files_ = 0, with_findings_ = 0;
    bool file_has_findings_ = false;
};

// --stats, for corpus runs: inputs per verdict, findings per rule, the slowest inputs.
class Stats {
public:
    void begin_file(const std::string& display);
    void count(const FileResult& part);
    void end_file(double seconds);
    void write(std::ostream& out) const;

private:
    static constexpr std::size_t slowest_shown = 10;
    std::array<std::uint64_t, 7> per_verdict_{};
    std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> per_rule_;  // findings, inputs
    std::uint64_t inputs_ = 0;
    MissingContext missing_context_;
    double total_seconds_ = 0;
    std::vector<std::pair<double, std::string>> slowest_;  // at most slowest_shown, slowest first
    // The input in hand.
    std::string display_;
    int verdict_ = 0;
    std::map<std::string, bool> seen_;
};

}  // namespace cartlint::cli
