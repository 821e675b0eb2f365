#pragma once
// Reading a payload: a file's bytes exactly as stored, or all of standard input.

#include <cstdio>
#include <optional>
#include <string>

namespace cartlint::cli {

struct ReadResult {
    std::string bytes;
    std::optional<std::string> error;  // why it could not be read
};

ReadResult read_input(const std::string& path);  // "-" reads standard input

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
