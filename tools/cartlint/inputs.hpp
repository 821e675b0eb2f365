#pragma once
// What to lint: the command line's files, directories (searched recursively), globs (expanded
// here, for shells and CI runners that pass them through quoted) and standard input, less what
// --exclude and the configurations' "exclude" leave out; each with the configuration that governs it.

#include "config_scope.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cartlint::cli {

struct InputSpec {
    std::string path;     // where to read it ("-" for standard input)
    std::string display;  // how reports name it
    std::optional<std::string> error;  // a directory that could not be read: reported as io/unreadable
    std::shared_ptr<const ConfigScope> config = nullptr;  // its nearest .cartlint.json (or --config's); none: nullptr
};

struct Expansion {
    std::vector<InputSpec> inputs;
    std::vector<std::string> errors;  // arguments that name nothing readable, globs that match nothing
};

struct Selection {
    std::vector<std::string> extensions{"json"};  // what a directory contributes
    std::vector<std::string> exclude;             // --exclude: globs relative to the working directory
    std::string stdin_name;                       // --stdin-filename
};

// Files named on the command line are taken whatever their extension; directories contribute
// the files whose extension is in `extensions`, in sorted order, skipping hidden entries and
// node_modules. An argument with '*' or '?' that names no file is a glob ('*' within a folder,
// '**' across folders, '?' one character), matched against the paths under its literal leading
// directories; its matches are taken whatever their extension, in sorted order. Excluded files
// (and directories, which are not entered) are left out wherever they come from.
Expansion expand_inputs(const std::vector<std::string>& args, const Selection& selection, ConfigFinder& configs);

}  // namespace cartlint::cli
