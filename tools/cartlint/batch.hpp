#pragma once
// Lints many inputs, in parallel, keeping the results in input order.

#include "cli_options.hpp"
#include "inputs.hpp"

#include <cartlint/linter.hpp>
#include <cartlint/report.hpp>

#include <memory>
#include <string>
#include <vector>

namespace cartlint::cli {

struct Batch {
    std::vector<FileResult> results;                    // one per input, in input order
    std::vector<std::unique_ptr<std::string>> texts;    // the bytes the results point into
    std::vector<double> seconds;                        // how long each input took
    bool io_error = false;
};

Batch lint_batch(const Linter& linter, const std::vector<InputSpec>& inputs, const Options& options);

}  // namespace cartlint::cli
