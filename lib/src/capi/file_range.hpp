// A byte range of a file, read as a stream: what a distributed engine's partition is (a Dask task's,
// a Spark split's). cartlint reads it itself, a batch at a time, so a worker holds no copy of the
// partition: read by the caller into its own buffer first, the range was read from memory twice.
#pragma once

#include <cartlint/stream.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <string>

#ifdef _WIN32
#include <sys/stat.h>
#include <sys/types.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cartlint::detail {

class FileRange {
public:
    explicit operator bool() const { return file_ != nullptr; }
    // The bytes the range holds: what was asked for, or less where the file ends first.
    std::uint64_t length() const { return length_; }

    // Reads the range from its start, up to its end, once; after a failure it reads nothing more.
    StreamSource source() const {
        return [file = file_, left = length_](char* buffer, std::size_t capacity, std::string& error) mutable {
            if (!error.empty()) return std::size_t{0};
            const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(capacity, left));
            const std::size_t n = want ? std::fread(buffer, 1, want, file.get()) : 0;
            if (n < want) {
                const int code = errno;
                error = std::ferror(file.get()) ? std::strerror(code) : "the file ended before the range did";
            }
            left -= n;
            return n;
        };
    }

    friend FileRange open_file_range(const char* path, std::uint64_t offset, std::uint64_t length, std::string& failure);

private:
    std::shared_ptr<std::FILE> file_;
    std::uint64_t length_ = 0;
};

// The bytes [offset, offset + length) of the regular file at `path`, clipped to its end (a range
// past the end holds nothing). On failure: an empty FileRange, and `failure` says why, naming the
// file. Not a regular file (a directory, a FIFO, a device) is a failure: such a file has no byte
// ranges, and a FIFO would block the open. `path` is in the system's own encoding (UTF-8 here;
// Windows' ANSI code page, as fopen takes it there).
inline FileRange open_file_range(const char* path, std::uint64_t offset, std::uint64_t length, std::string& failure) {
    FileRange range;
    auto fail = [&](const char* doing, int code) {
        failure = std::string("cannot ") + doing + " " + path + ": " + std::strerror(code);
        return FileRange{};
    };
    std::uint64_t size = 0;
#ifdef _WIN32
    std::FILE* f = std::fopen(path, "rb");
    if (!f) return fail("open", errno);
    std::shared_ptr<std::FILE> file(f, [](std::FILE* p) { std::fclose(p); });
    struct _stat64 st;
    if (_fstat64(_fileno(f), &st) != 0) return fail("read", errno);
    if ((st.st_mode & _S_IFMT) != _S_IFREG) {
        failure = std::string("cannot read ") + path + ": not a regular file";
        return FileRange{};
    }
    size = static_cast<std::uint64_t>(st.st_size);
    const std::uint64_t start = std::min(offset, size);
    if (start > static_cast<std::uint64_t>(INT64_MAX) || _fseeki64(f, static_cast<__int64>(start), SEEK_SET) != 0) return fail("seek in", errno);
#else
    // Non-blocking, so that opening a FIFO returns at once (and is then refused below).
    const int fd = ::open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return fail("open", errno);
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const int code = errno;
        ::close(fd);
        return fail("read", code);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        failure = std::string("cannot read ") + path + ": not a regular file";
        return FileRange{};
    }
    std::FILE* f = ::fdopen(fd, "rb");
    if (!f) {
        const int code = errno;
        ::close(fd);
        return fail("open", code);
    }
    std::shared_ptr<std::FILE> file(f, [](std::FILE* p) { std::fclose(p); });
    size = static_cast<std::uint64_t>(st.st_size);
    const std::uint64_t start = std::min(offset, size);
    if (start > static_cast<std::uint64_t>(std::numeric_limits<off_t>::max()) || ::fseeko(f, static_cast<off_t>(start), SEEK_SET) != 0)
        return fail("seek in", errno);
#endif
    range.file_ = std::move(file);
    range.length_ = std::min(length, size - start);
    return range;
}

}  // namespace cartlint::detail
