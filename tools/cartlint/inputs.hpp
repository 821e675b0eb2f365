#pragma once
// What to lint: the command line's files, directories (searched recursively) and standard input.

#include <optional>
#include <string>
#include <vector>

namespace cartlint::cli {

struct InputSpec {
    std::string path;     // where to read it ("-" for standard input)
    std::string display;  // how reports name it
    std::optional<std::string> error;  // a directory that could not be read: reported as io/unreadable
};

struct Expansion {
    std::vector<InputSpec> inputs;
    std::vector<std::string> errors;  // arguments that name nothing readable
};

// Files named on the command line are taken whatever their extension; directories contribute
// the files whose extension is in `extensions` ("json" by default), in sorted order, skipping
// hidden entries and node_modules.
Expansion expand_inputs(const std::vector<std::string>& args, const std::vector<std::string>& extensions,
                        const std::string& stdin_name);

}  // namespace cartlint::cli
