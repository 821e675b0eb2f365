#include "input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace cartlint::cli {

OpenInput::OpenInput(const std::string& path) {
    if (path == "-") {
        file_ = stdin;
        return;
    }
    struct stat st{};
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        error_ = "is a directory";
        return;
    }
    file_ = std::fopen(path.c_str(), "rb");
    if (!file_) error_ = std::strerror(errno);
}

OpenInput::~OpenInput() {
    if (file_ && file_ != stdin) std::fclose(file_);
}

ReadResult read_input(const std::string& path) {
    ReadResult out;
    OpenInput in(path);
    if (in.error()) {
        out.error = in.error();
        return out;
    }
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, in.file())) > 0) out.bytes.append(buffer, n);
    if (std::ferror(in.file())) out.error = std::strerror(errno);
    return out;
}

}  // namespace cartlint::cli
