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
#include <memory>
#include <string>

namespace cartlint::detail {

class FileRange {
public:
    explicit operator bool() const { return file_ != nullptr; }
    // The bytes the range holds: what was asked for, or less where the file ends first.
    std::uint64_t length() const { return length_; }

    // Reads the range from its start, up to its end, once.
    StreamSource source() const {
        return [file = file_, left = length_](char* buffer, std::size_t capacity, std::string& error) mutable {
            const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(capacity, left));
            const std::size_t n = want ? std::fread(buffer, 1, want, file.get()) : 0;
            if (n < want && error.empty()) error = std::ferror(file.get()) ? std::strerror(errno) : "the file ended before the range did";
            left -= n;
            return n;
        };
    }

    friend FileRange open_file_range(const char* path, std::uint64_t offset, std::uint64_t length, std::string& failure);

private:
    std::shared_ptr<std::FILE> file_;
    std::uint64_t length_ = 0;
};

namespace file_range_detail {

inline bool seek(std::FILE* f, std::uint64_t offset, int whence) {
#ifdef _WIN32
    return offset <= static_cast<std::uint64_t>(INT64_MAX) && _fseeki64(f, static_cast<__int64>(offset), whence) == 0;
#else
    return offset <= static_cast<std::uint64_t>(INT64_MAX) && fseeko(f, static_cast<off_t>(offset), whence) == 0;
#endif
}

inline std::int64_t tell(std::FILE* f) {
#ifdef _WIN32
    return _ftelli64(f);
#else
    return ftello(f);
#endif
}

}  // namespace file_range_detail

// The bytes [offset, offset + length) of the file at `path`, clipped to its end (a range past the
// end holds nothing). On failure: an empty FileRange, and `failure` says why, naming the file.
inline FileRange open_file_range(const char* path, std::uint64_t offset, std::uint64_t length, std::string& failure) {
    using namespace file_range_detail;
    FileRange range;
    std::shared_ptr<std::FILE> file(std::fopen(path, "rb"), [](std::FILE* f) {
        if (f) std::fclose(f);
    });
    auto fail = [&](const char* doing) {
        failure = std::string("cannot ") + doing + " " + path + ": " + std::strerror(errno);
        return FileRange{};
    };
    if (!file) return fail("open");
    if (!seek(file.get(), 0, SEEK_END)) return fail("seek in");
    const std::int64_t size = tell(file.get());
    if (size < 0) return fail("seek in");
    const std::uint64_t end = static_cast<std::uint64_t>(size);
    const std::uint64_t start = std::min(offset, end);
    if (!seek(file.get(), start, SEEK_SET)) return fail("seek in");
    range.file_ = std::move(file);
    range.length_ = std::min(length, end - start);
    return range;
}

}  // namespace cartlint::detail
