#include "inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace cartlint::cli {

namespace fs = std::filesystem;

Expansion expand_inputs(const std::vector<std::string>& args, const std::vector<std::string>& extensions, const std::string& stdin_name) {
    Expansion out;
    for (const std::string& arg : args) {
        if (arg == "-") {
            out.inputs.push_back({"-", stdin_name.empty() ? "-" : stdin_name, std::nullopt});
            continue;
        }
        std::error_code ec;
        if (!fs::is_directory(arg, ec)) {
            out.inputs.push_back({arg, arg, std::nullopt});  // a file, or a missing one: reading it reports why
            continue;
        }
        std::vector<std::string> found;
        // Walked by hand, one directory at a time, so that one that cannot be read is reported
        // (io/unreadable, exit 2) and the walk goes on with the others, never skipped in silence.
        std::vector<fs::path> pending{fs::path(arg)};
        while (!pending.empty()) {
            const fs::path dir = pending.back();
            pending.pop_back();
            std::error_code open_ec;
            fs::directory_iterator it(dir, open_ec);
            if (open_ec) {
                out.inputs.push_back({dir.string(), dir.string(), "cannot read the directory: " + open_ec.message()});
                continue;
            }
            for (; !open_ec && it != fs::directory_iterator(); it.increment(open_ec)) {
                const std::string name = it->path().filename().string();
                std::error_code type_ec;
                const bool directory = it->is_directory(type_ec) && !it->is_symlink(type_ec);
                if (name.size() > 1 && name[0] == '.') continue;
                if (directory) {
                    if (name != "node_modules") pending.push_back(it->path());
                    continue;
                }
                if (!it->is_regular_file(type_ec)) continue;
                std::string ext = it->path().extension().string();
                if (!ext.empty()) ext.erase(0, 1);
                if (std::find(extensions.begin(), extensions.end(), ext) != extensions.end()) found.push_back(it->path().string());
            }
            if (open_ec) out.inputs.push_back({dir.string(), dir.string(), "cannot read the directory: " + open_ec.message()});
        }
        std::sort(found.begin(), found.end());
        for (auto& f : found) out.inputs.push_back({f, f, std::nullopt});
    }
    return out;
}

}  // namespace cartlint::cli
