#pragma once
// A line of a file read piece by piece (an NDJSON stream), kept on its own.

#include <cstddef>
#include <cstdint>
#include <string>

namespace cartlint {

// Streaming only: a file held whole in memory is reported from FileResult::text instead. A stream
// keeps just the lines its findings are on, so excerpts need no second read of it. Owns its text.
struct SourceLine {
    std::uint64_t number = 0;  // 1-based (64-bit: a stream may have more than 2^32 lines)
    std::size_t offset = 0;    // of its first byte in the file
    std::string text;          // without the line break
};

}  // namespace cartlint
