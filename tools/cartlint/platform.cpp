#include "platform.hpp"

#include <filesystem>
#include <system_error>

#if defined(_WIN32)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace cartlint::cli::platform {

bool is_terminal(Stream stream) noexcept {
#if defined(_WIN32)
    return ::_isatty(stream == Stream::output ? 1 : 2) != 0;
#else
    return ::isatty(stream == Stream::output ? STDOUT_FILENO : STDERR_FILENO) != 0;
#endif
}

bool same_file(const std::string& a, const std::string& b) noexcept {
    std::error_code ec;  // either missing: not the same file
    return std::filesystem::equivalent(a, b, ec) && !ec;
}

bool exists_but_not_regular(const std::string& path) noexcept {
    std::error_code ec;  // follows links, as stat() does
    const auto status = std::filesystem::status(path, ec);
    return !ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status);
}

}  // namespace cartlint::cli::platform
