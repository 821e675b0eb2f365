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
            out.inputs.push_back({"-", stdin_name.empty() ? "-" : stdin_name});
            continue;
        }
        std::error_code ec;
        if (!fs::is_directory(arg, ec)) {
            out.inputs.push_back({arg, arg});  // a file, or a missing one: reading it reports why
            continue;
        }
        std::vector<std::string> found;
        auto options = fs::directory_options::skip_permission_denied;
        for (auto it = fs::recursive_directory_iterator(arg, options, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (name.size() > 1 && name[0] == '.' ) {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (name == "node_modules" && it->is_directory(ec)) {
                it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file(ec)) continue;
            std::string ext = it->path().extension().string();
            if (!ext.empty()) ext.erase(0, 1);
            if (std::find(extensions.begin(), extensions.end(), ext) != extensions.end()) found.push_back(it->path().string());
        }
        if (ec) out.errors.push_back(arg + ": " + ec.message());
        std::sort(found.begin(), found.end());
        for (auto& f : found) out.inputs.push_back({f, f});
    }
    return out;
}

}  // namespace cartlint::cli
