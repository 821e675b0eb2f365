#include "inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <system_error>

namespace cartlint::cli {

namespace fs = std::filesystem;

namespace {

bool is_glob(const std::string& arg) { return arg.find_first_of("*?") != std::string::npos; }

class Selector {
public:
    Selector(const Selection& selection, ConfigFinder& configs, Expansion& out)
        : selection_(selection), configs_(configs), out_(out) {
        std::error_code ec;
        cwd_ = fs::current_path(ec);
    }

    // By --exclude (relative to the working directory) or by the "exclude" of the configuration
    // governing the entry (relative to that configuration's directory).
    bool excluded(const fs::path& entry) {
        const std::string path = entry.string();
        if (!selection_.exclude.empty() && excluded_by(selection_.exclude, relative_to(cwd_, path))) return true;
        const auto scope = configs_.for_entries_of(entry.parent_path());
        return scope && !scope->config.exclude.empty() && excluded_by(scope->config.exclude, relative_to(scope->directory, path));
    }

    void take(const std::string& path) { out_.inputs.push_back({path, path, std::nullopt, configs_.for_file(path)}); }

    // Every file under `root` (a path as written: what is found keeps its spelling, "" is the
    // working directory without a "./") down to `max_depth` levels, that `wanted` accepts, sorted.
    // Walked by hand, one directory at a time, so that one that cannot be read is reported
    // (io/unreadable, exit 2) and the walk goes on with the others, never skipped in silence.
    template <class Wanted>
    std::size_t walk(const fs::path& root, std::size_t max_depth, Wanted wanted) {
        std::vector<std::string> found;
        std::vector<std::pair<fs::path, std::size_t>> pending{{root, 0}};
        while (!pending.empty()) {
            const auto [dir, depth] = pending.back();
            pending.pop_back();
            const fs::path on_disk = dir.empty() ? fs::path(".") : dir;
            std::error_code open_ec;
            fs::directory_iterator it(on_disk, open_ec);
            if (open_ec) {
                out_.inputs.push_back({on_disk.string(), on_disk.string(), "cannot read the directory: " + open_ec.message(), nullptr});
                continue;
            }
            for (; !open_ec && it != fs::directory_iterator(); it.increment(open_ec)) {
                const std::string name = it->path().filename().string();
                const fs::path shown = dir.empty() ? fs::path(name) : dir / name;
                std::error_code type_ec;
                const bool directory = it->is_directory(type_ec) && !it->is_symlink(type_ec);
                if (name.size() > 1 && name[0] == '.') continue;
                if (directory) {
                    if (name != "node_modules" && depth + 1 < max_depth && !excluded(shown)) pending.emplace_back(shown, depth + 1);
                    continue;
                }
                if (!it->is_regular_file(type_ec) || !wanted(shown)) continue;
                if (!excluded(shown)) found.push_back(shown.string());
                else ++excluded_matches_;
            }
            if (open_ec) out_.inputs.push_back({on_disk.string(), on_disk.string(), "cannot read the directory: " + open_ec.message(), nullptr});
        }
        std::sort(found.begin(), found.end());
        for (const auto& f : found) take(f);
        return found.size();
    }

    void directory(const std::string& arg) {
        walk(fs::path(arg), std::numeric_limits<std::size_t>::max(), [&](const fs::path& file) {
            std::string ext = file.extension().string();
            if (!ext.empty()) ext.erase(0, 1);
            return std::find(selection_.extensions.begin(), selection_.extensions.end(), ext) != selection_.extensions.end();
        });
    }

    // The literal directories before the first segment with a wildcard are where the walk starts;
    // without "**" it goes no deeper than the pattern has segments.
    void glob(const std::string& pattern) {
        const std::size_t wildcard = pattern.find_first_of("*?");
        const std::size_t slash = pattern.rfind('/', wildcard);
        const std::string base = slash == std::string::npos ? "" : slash == 0 ? "/" : pattern.substr(0, slash);
        const std::string rest = slash == std::string::npos ? pattern : pattern.substr(slash + 1);
        const std::size_t depth = rest.find("**") != std::string::npos ? std::numeric_limits<std::size_t>::max()
                                                                        : 1 + static_cast<std::size_t>(std::count(rest.begin(), rest.end(), '/'));
        std::error_code ec;
        excluded_matches_ = 0;
        std::size_t taken = 0;
        if (fs::is_directory(base.empty() ? "." : base, ec))
            taken = walk(fs::path(base), depth, [&](const fs::path& file) { return glob_match(pattern, file.generic_string()); });
        if (taken == 0 && excluded_matches_ == 0) out_.errors.push_back("no file matches '" + pattern + "' (hidden entries, node_modules and excluded paths are not searched)");
    }

private:
    const Selection& selection_;
    ConfigFinder& configs_;
    Expansion& out_;
    fs::path cwd_;
    std::size_t excluded_matches_ = 0;
};

}  // namespace

Expansion expand_inputs(const std::vector<std::string>& args, const Selection& selection, ConfigFinder& configs) {
    Expansion out;
    Selector selector(selection, configs, out);
    for (const std::string& arg : args) {
        if (arg == "-") {
            out.inputs.push_back({"-", selection.stdin_name.empty() ? "-" : selection.stdin_name, std::nullopt, configs.for_file("-")});
            continue;
        }
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            selector.directory(arg);
        } else if (is_glob(arg) && !fs::exists(fs::symlink_status(arg, ec))) {
            selector.glob(arg);
        } else if (!selector.excluded(fs::path(arg))) {
            selector.take(arg);  // a file, or a missing one: reading it reports why
        }
    }
    return out;
}

}  // namespace cartlint::cli
