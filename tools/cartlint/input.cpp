#include "input.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <algorithm>
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

FileIdentity identity_of(const struct stat& st) noexcept {
    return FileIdentity{st.st_dev, st.st_ino, st.st_size, st.st_mtim, st.st_ctim};
}

ReadResult read_input(const std::string& path, std::size_t max_bytes) {
    ReadResult out;
    OpenInput in(path);
    if (in.error()) {
        out.error = in.error();
        return out;
    }
    // The identity before reading: a change during the read shows up as a different one later.
    struct stat st{};
    if (path != "-" && ::fstat(::fileno(in.file()), &st) == 0 && S_ISREG(st.st_mode)) out.identity = identity_of(st);
    char buffer[1 << 16];
    std::size_t n;
    const std::size_t most = max_bytes + 1;
    while (out.bytes.size() < most && (n = std::fread(buffer, 1, std::min(sizeof buffer, most - out.bytes.size()), in.file())) > 0)
        out.bytes.append(buffer, n);
    if (std::ferror(in.file())) out.error = std::strerror(errno);
    out.truncated = out.bytes.size() > max_bytes;
    return out;
}

}  // namespace cartlint::cli
