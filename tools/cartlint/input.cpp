#include "input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace cartlint::cli {

ReadResult read_input(const std::string& path) {
    ReadResult out;
    std::FILE* f = stdin;
    if (path != "-") {
        struct stat st{};
        if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
            out.error = "is a directory";
            return out;
        }
        f = std::fopen(path.c_str(), "rb");
        if (!f) {
            out.error = std::strerror(errno);
            return out;
        }
    }
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.bytes.append(buffer, n);
    if (std::ferror(f)) out.error = std::strerror(errno);
    if (f != stdin) std::fclose(f);
    return out;
}

}  // namespace cartlint::cli
