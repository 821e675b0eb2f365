#pragma once
// --baseline and --write-baseline: the baseline file read before the run, and the new one written
// beside its final name and moved there only when the run completed (a run cut short leaves the
// old baseline as it was).

#include <cartlint/baseline.hpp>

#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace cartlint::cli {

// The baseline at `path`; nothing and `error` set when it cannot be read or is not a baseline.
std::optional<Baseline> read_baseline(const std::string& path, std::string& error);

class BaselineOutput {
public:
    // Opens a temporary file beside `path`; `error` says why not.
    BaselineOutput(std::string path, std::string& error);
    ~BaselineOutput();  // a run that never committed leaves no temporary file behind
    BaselineOutput(const BaselineOutput&) = delete;
    BaselineOutput& operator=(const BaselineOutput&) = delete;

    BaselineWriter& writer() { return *writer_; }
    // Finishes the baseline and moves it to its name; the reason when it could not.
    std::optional<std::string> commit();

private:
    std::string path_, temporary_;
    std::ofstream file_;
    std::optional<BaselineWriter> writer_;
    bool committed_ = false;
};

}  // namespace cartlint::cli
