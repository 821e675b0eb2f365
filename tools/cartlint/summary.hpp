#pragma once
// The closing summary of a run, on standard error: files, findings per rule, elapsed time.

#include <cartlint/report.hpp>

#include <chrono>
#include <ostream>
#include <vector>

namespace cartlint::cli {

void write_summary(std::ostream& out, const std::vector<FileResult>& files, std::chrono::steady_clock::time_point started);

// --stats, for corpus runs: inputs per verdict, findings per rule, the slowest inputs.
void write_stats(std::ostream& out, const std::vector<FileResult>& files, const std::vector<double>& seconds);

}  // namespace cartlint::cli
