#pragma once
// Reading a payload: a file's bytes exactly as stored, or all of standard input.

#include <optional>
#include <string>

namespace cartlint::cli {

struct ReadResult {
    std::string bytes;
    std::optional<std::string> error;  // why it could not be read
};

ReadResult read_input(const std::string& path);  // "-" reads standard input

}  // namespace cartlint::cli
