#pragma once
// Which .cartlint.json governs each file, as ESLint and ruff decide it: the nearest one to the file
// itself (in its directory or the nearest parent directory that has one), not the working
// directory's; or, for every file, the one --config names; or none with --no-config. Override
// and exclude globs match a file's path relative to the directory of the configuration that
// governs it. Each configuration is read and checked once; a broken one stops the run (exit 2).

#include "cli_options.hpp"

#include <cartlint/config.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace cartlint::cli {

struct ConfigScope {
    Config config;
    std::filesystem::path directory;  // absolute and normalised: globs match paths relative to it
};

class ConfigFinder {
public:
    explicit ConfigFinder(const Options& options);

    // The configuration of an entry (a file, or a directory a walk is about to enter) of
    // `directory`, a path as the user wrote it; nullptr where none applies.
    std::shared_ptr<const ConfigScope> for_entries_of(const std::filesystem::path& directory);
    // The configuration of the file `path` ("-": standard input, placed where --stdin-filename
    // says, or in the working directory).
    std::shared_ptr<const ConfigScope> for_file(const std::string& path);

    // A configuration could not be read or has errors (already reported on standard error).
    [[nodiscard]] bool failed() const noexcept { return failed_; }

private:
    std::shared_ptr<const ConfigScope> load(const std::filesystem::path& file);

    bool enabled_ = true;
    bool failed_ = false;
    std::string stdin_filename_;
    std::shared_ptr<const ConfigScope> named_;  // --config
    std::map<std::filesystem::path, std::shared_ptr<const ConfigScope>> by_directory_;  // nullptr: none
};

// `path` (as the user wrote it) relative to `directory` (absolute), normalised, with '/'.
std::string relative_to(const std::filesystem::path& directory, const std::string& path);

// Whether `relative` or one of the directories above it matches one of the patterns (so "vendor"
// or "fixtures/**" leave out everything under them; a trailing '/' is ignored).
bool excluded_by(const std::vector<std::string>& patterns, const std::string& relative);

// The lint options for one input: the command line's, then its configuration's, overrides included.
LintOptions options_for_input(const std::shared_ptr<const ConfigScope>& scope, const LintOptions& base, const std::string& path,
                              const std::string& display);

}  // namespace cartlint::cli
