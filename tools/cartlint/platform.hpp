#pragma once
// The operating-system calls the command makes besides reading inputs and the --fix writer
// (atomic_write.cpp, which keeps owners, permissions and extended attributes: POSIX by design).
// One small layer, so the rest of the command is plain C++ and a port (Windows: _isatty,
// GetFileType) replaces platform.cpp alone; the README's Portability section says what is left.

#include <string>

namespace cartlint::cli::platform {

enum class Stream { output, error };

// Whether standard output or standard error is a terminal (colour, the progress line).
bool is_terminal(Stream stream) noexcept;

// Whether both paths name one existing file, through any links (--output naming an input).
bool same_file(const std::string& a, const std::string& b) noexcept;

// Whether the path exists and is not a regular file: a FIFO, a device, a directory, a socket
// (--fix rewrites regular files only; reading a FIFO would wait for a writer).
bool exists_but_not_regular(const std::string& path) noexcept;

}  // namespace cartlint::cli::platform
