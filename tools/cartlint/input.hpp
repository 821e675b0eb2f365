#pragma once
// Reading a payload: a file's bytes exactly as stored, or all of standard input.

#include <cartlint/linter.hpp>

#include <cstdio>
#include <sys/stat.h>
#include <optional>
#include <string>

namespace cartlint::cli {

// What identifies a file's content at one moment: --fix writes only if it is still the same.
struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    timespec modified{};
    // The status change time as well: a writer can set the modification time back (tar, touch -d,
    // cp -p rewrite a file in place and restore it), never this one.
    timespec changed{};
    bool operator==(const FileIdentity& o) const noexcept {
        return device == o.device && inode == o.inode && size == o.size && modified.tv_sec == o.modified.tv_sec &&
               modified.tv_nsec == o.modified.tv_nsec && changed.tv_sec == o.changed.tv_sec && changed.tv_nsec == o.changed.tv_nsec;
    }
};
FileIdentity identity_of(const struct stat& st) noexcept;

struct ReadResult {
    std::string bytes;
    std::optional<std::string> error;       // why it could not be read
    bool truncated = false;                 // more than max_bytes: only the first max_bytes + 1 were read
    std::optional<FileIdentity> identity;   // a regular file's, as it was read
};

// "-" reads standard input. Reads at most max_bytes + 1 bytes: enough to know a document is
// over the limit without holding an input of any size (/dev/zero) in memory.
ReadResult read_input(const std::string& path, std::size_t max_bytes = max_document_bytes);

// An input opened for reading piece by piece; closes it (unless it is standard input).
class OpenInput {
public:
    explicit OpenInput(const std::string& path);  // "-" is standard input
    ~OpenInput();
    OpenInput(const OpenInput&) = delete;
    OpenInput& operator=(const OpenInput&) = delete;
    std::FILE* file() const noexcept { return file_; }
    const std::optional<std::string>& error() const noexcept { return error_; }

private:
    std::FILE* file_ = nullptr;
    std::optional<std::string> error_;
};

}  // namespace cartlint::cli
