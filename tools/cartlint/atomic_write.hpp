#pragma once
// --fix writes the fixed text (cartlint/fix.hpp makes it) back into the user's file, atomically.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "input.hpp"

namespace cartlint::cli {

// What write_atomically checks against, besides the file's identity as it was read.
struct WriteChecks {
    // The bytes as they were read: compared with the file's again just before the rename, which
    // catches a same-size change within the file system's timestamp granularity.
    std::optional<std::string_view> as_read_bytes;
    // Called after the fixed text is written and synced, before the last look: a test's seam for
    // "another program changed the file meanwhile".
    std::function<void()> before_last_look;
};

// Writes `bytes` to `path` through a temporary file beside it (flushed, synced, renamed over the
// original; owner, group, permissions and extended attributes such as ACLs kept). A symbolic
// link is followed to its file and stays a link. Refuses, leaving everything untouched, a file
// that is not regular (FIFO, device), has other hard links, is not writable by the user, whose
// owner, group or extended attributes the new file cannot take, or is no longer as it was read
// (`as_read`: device, inode, size, modification and change times, and with `checks` the bytes;
// checked first and again just before the rename). On any failure the original is untouched;
// returns the reason.
std::optional<std::string> write_atomically(const std::string& path, const std::string& bytes,
                                            const std::optional<FileIdentity>& as_read = std::nullopt,
                                            const WriteChecks& checks = {});

}  // namespace cartlint::cli
