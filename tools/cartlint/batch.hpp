#pragma once
// Lints many inputs, in parallel, handing each one's report over in input order as soon as every
// input before it has been handed over: only what is in flight is held, never the run.

#include "cli_options.hpp"
#include "inputs.hpp"

#include <cartlint/linter.hpp>
#include <cartlint/report.hpp>

#include <string>
#include <vector>

namespace cartlint::cli {

// Where the reports go: one call at a time, in input order. For each input: begin_file, piece
// for each part (a file read whole is one; a stream, one per chunk of lines), end_file.
class ReportSink {
public:
    virtual ~ReportSink() = default;
    virtual void begin_file(const std::string& display, bool stream) = 0;
    virtual bool piece(FileResult& part) = 0;  // false: the output is gone, stop the run
    virtual void end_file(double seconds) = 0;
};

struct BatchOutcome {
    bool io_error = false;  // an input could not be read, or a file not fixed
    bool stopped = false;   // the sink said stop
};

BatchOutcome lint_batch(const Linter& linter, const std::vector<InputSpec>& inputs, const Options& options, ReportSink& sink);

}  // namespace cartlint::cli
