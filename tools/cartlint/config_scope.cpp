#include "config_scope.hpp"

#include "input.hpp"

#include <cartlint/report.hpp>

#include <iostream>
#include <system_error>

namespace cartlint::cli {

namespace fs = std::filesystem;

namespace {

fs::path absolute_normal(const fs::path& path) {
    std::error_code ec;
    fs::path out = fs::absolute(path.empty() ? fs::path(".") : path, ec).lexically_normal();
    if (!out.has_filename() && out.has_parent_path() && out != out.root_path()) out = out.parent_path();  // "a/b/" → "a/b"
    return out;
}

}  // namespace

ConfigFinder::ConfigFinder(const Options& options) : enabled_(!options.no_config), stdin_filename_(options.stdin_filename) {
    if (enabled_ && options.config_path) {
        named_ = load(*options.config_path);
        if (!named_) failed_ = true;
    }
}

std::shared_ptr<const ConfigScope> ConfigFinder::load(const fs::path& path) {
    auto read = read_input(path.string());
    if (read.error) {
        std::cerr << "cartlint: cannot read the configuration " << printable(path.string()) << ": " << printable(*read.error) << '\n';
        failed_ = true;
        return nullptr;
    }
    ConfigLoad load = parse_config(read.bytes);
    if (!load.diagnostics.empty()) {
        FileResult report{path.string(), read.bytes, LintResult{DocumentKind::cart, load.diagnostics}, {}};
        write_text(std::cerr, {report}, TextStyle{false});
    }
    if (!load.ok()) {
        std::cerr << "cartlint: the configuration " << printable(path.string()) << " has errors\n";
        failed_ = true;
        return nullptr;
    }
    auto scope = std::make_shared<ConfigScope>();
    scope->config = std::move(load.config);
    scope->directory = absolute_normal(path).parent_path();
    return scope;
}

std::shared_ptr<const ConfigScope> ConfigFinder::for_entries_of(const fs::path& directory) {
    if (!enabled_) return nullptr;
    if (named_) return named_;
    // Walked upward once per directory and remembered, misses included: a tree of many files in
    // few directories reads each configuration once and asks the file system little.
    const fs::path dir = absolute_normal(directory);
    if (auto known = by_directory_.find(dir); known != by_directory_.end()) return known->second;
    std::shared_ptr<const ConfigScope> found;
    std::error_code missing;  // a directory without the file (or one that cannot be read) has none
    if (fs::is_regular_file(dir / ".cartlint.json", missing)) found = load(dir / ".cartlint.json");
    else if (dir.has_relative_path()) found = for_entries_of(dir.parent_path());
    by_directory_.emplace(dir, found);
    return found;
}

std::shared_ptr<const ConfigScope> ConfigFinder::for_file(const std::string& path) {
    if (path == "-") return for_entries_of(stdin_filename_.empty() ? fs::path(".") : fs::path(stdin_filename_).parent_path());
    return for_entries_of(fs::path(path).parent_path());
}

std::string relative_to(const fs::path& directory, const std::string& path) {
    return absolute_normal(path).lexically_relative(directory).generic_string();
}

bool excluded_by(const std::vector<std::string>& patterns, const std::string& relative) {
    if (patterns.empty() || relative.empty() || relative.rfind("..", 0) == 0) return false;
    for (std::string pattern : patterns) {
        while (pattern.size() > 1 && pattern.back() == '/') pattern.pop_back();
        // The path itself, then each directory above it: "a/b/c.json", "a/b", "a".
        for (std::size_t end = relative.size(); end != std::string::npos && end > 0; end = relative.rfind('/', end - 1))
            if (glob_match(pattern, std::string_view(relative).substr(0, end))) return true;
    }
    return false;
}

LintOptions options_for_input(const std::shared_ptr<const ConfigScope>& scope, const LintOptions& base, const std::string& path,
                              const std::string& display) {
    if (!scope) return base;
    return options_for(scope->config, base, relative_to(scope->directory, path == "-" ? display : path));
}

}  // namespace cartlint::cli
