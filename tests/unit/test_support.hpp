#pragma once
// Helpers shared by the unit tests: files of the repository and of the conformance data
// (CARTLINT_CONFORMANCE_DIR: the seed pages, JSONTestSuite, the SARIF schema), and linting.

#include <cartlint/linter.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <cstdio>
#include <sys/wait.h>

namespace cartlint::test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string source_path(const std::string& relative) { return std::string(CARTLINT_SOURCE_DIR) + "/" + relative; }
// Tests that read it are tagged [conformance] and run as their own ctest entries, reported as
// skipped where the data is absent (tests/conformance/run.sh).
inline std::string conformance_path(const std::string& relative) { return std::string(CARTLINT_CONFORMANCE_DIR) + "/" + relative; }

// What a shell command printed on standard output, and its exit code (-1 if it did not exit).
struct Shell {
    int exit_code = -1;
    std::string out;
};
inline Shell shell(const std::string& command) {
    Shell run;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return run;
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
    const int status = ::pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

inline const Linter& linter() {
    static const Linter instance;
    return instance;
}

// The diagnostics of `rule` in a result.
inline std::vector<Diagnostic> with_rule(const LintResult& r, const std::string& rule) {
    std::vector<Diagnostic> out;
    for (const auto& d : r.diagnostics)
        if (d.rule == rule) out.push_back(d);
    return out;
}

}  // namespace cartlint::test
