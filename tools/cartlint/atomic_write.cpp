#include "atomic_write.hpp"

#include <cstdlib>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace cartlint::cli {

namespace {

// Whether the file at `path` holds exactly `expected`: read again for the last look before the
// rename.
bool holds_exactly(const std::string& path, std::string_view expected) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    std::string buffer(1 << 16, '\0');
    std::size_t at = 0;
    bool same = true;
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            same = false;
            break;
        }
        if (n == 0) break;
        const auto got = static_cast<std::size_t>(n);
        if (at + got > expected.size() || expected.compare(at, got, buffer.data(), got) != 0) {
            same = false;
            break;
        }
        at += got;
    }
    ::close(fd);
    return same && at == expected.size();
}

// Copies every extended attribute of `from` (POSIX ACLs, SELinux labels, user.* attributes) to the
// open file `to`. Dropping an ACL can widen who may read the file (a user:bob:--- entry), so an
// attribute that cannot be set is a refusal, unless the new file already has the same value (a
// label the directory gives every new file).
std::optional<std::string> copy_extended_attributes(const std::string& from, int to) {
    ssize_t size = ::listxattr(from.c_str(), nullptr, 0);
    if (size < 0) return errno == ENOTSUP ? std::nullopt : std::optional<std::string>("cannot list the file's extended attributes");
    std::string names(static_cast<std::size_t>(size), '\0');
    size = ::listxattr(from.c_str(), names.data(), names.size());
    if (size < 0) return std::string("cannot list the file's extended attributes");
    names.resize(static_cast<std::size_t>(size));
    auto value_of = [](auto&& get) -> std::optional<std::string> {
        const ssize_t n = get(nullptr, 0);
        if (n < 0) return std::nullopt;
        std::string value(static_cast<std::size_t>(n), '\0');
        const ssize_t m = get(value.data(), value.size());
        if (m < 0) return std::nullopt;
        value.resize(static_cast<std::size_t>(m));
        return value;
    };
    for (std::size_t at = 0; at < names.size();) {
        const std::string name(names.c_str() + at);
        at += name.size() + 1;
        if (name.empty()) continue;
        const auto value = value_of([&](char* buffer, std::size_t n) { return ::getxattr(from.c_str(), name.c_str(), buffer, n); });
        if (!value) return "cannot read the extended attribute " + name;
        if (::fsetxattr(to, name.c_str(), value->data(), value->size(), 0) == 0) continue;
        const auto already = value_of([&](char* buffer, std::size_t n) { return ::fgetxattr(to, name.c_str(), buffer, n); });
        if (already && *already == *value) continue;
        return "cannot keep the extended attribute " + name + ": " + std::strerror(errno);
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> write_atomically(const std::string& path, const std::string& bytes, const std::optional<FileIdentity>& as_read,
                                            const WriteChecks& checks) {
    // A symbolic link is followed: the file it points to is fixed, and the link stays a link.
    std::string target = path;
    struct stat link{};
    if (::lstat(path.c_str(), &link) != 0) return std::string(std::strerror(errno));
    if (S_ISLNK(link.st_mode)) {
        char* resolved = ::realpath(path.c_str(), nullptr);
        if (!resolved) return std::string("cannot resolve the symbolic link: ") + std::strerror(errno);
        target = resolved;
        std::free(resolved);
    }
    struct stat original{};
    if (::lstat(target.c_str(), &original) != 0) return std::string(std::strerror(errno));
    if (!S_ISREG(original.st_mode)) return std::string("not a regular file (a FIFO, a device or a directory): only files are fixed");
    // Renaming a new file over the old one would split hard links and leave the other names unfixed.
    if (original.st_nlink > 1)
        return std::string("the file has ") + std::to_string(original.st_nlink) + " hard links; fixing it would split them";
    // Renaming needs only the directory to be writable: the file's own permissions are checked
    // here, for the effective user (AT_EACCESS), as a write to it would be.
    if ((original.st_mode & 0222) == 0 || ::faccessat(AT_FDCWD, target.c_str(), W_OK, AT_EACCESS) != 0)
        return std::string("the file is read-only for you");
    if (as_read && !(identity_of(original) == *as_read)) return std::string("the file changed while cartlint was fixing it");

    // Named after the file, so a leftover (after a crash) says whose it is; a name near the
    // file system's limit (255 bytes) leaves no room for the suffix: then a short one in the same
    // directory (the rename must not cross file systems).
    std::string temp = target + ".cartlint-XXXXXX";
    int fd = ::mkstemp(temp.data());
    if (fd < 0 && errno == ENAMETOOLONG) {
        const std::size_t slash = target.find_last_of('/');
        temp = (slash == std::string::npos ? std::string() : target.substr(0, slash + 1)) + ".cartlint-XXXXXX";
        fd = ::mkstemp(temp.data());
    }
    if (fd < 0) return std::string("cannot create a temporary file beside it: ") + std::strerror(errno);
    auto fail = [&](const std::string& what) {
        std::string reason = what + (errno ? std::string(": ") + std::strerror(errno) : std::string());
        ::close(fd);
        ::unlink(temp.c_str());
        return reason;
    };
    std::size_t written = 0;
    while (written < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail("cannot write the fixed file");
        }
        written += static_cast<std::size_t>(n);
    }
    // Owner and group first (a chown may clear set-id bits), then the mode, then the extended
    // attributes (setting an ACL sets the group bits from its mask, as the original has them).
    if ((original.st_uid != ::geteuid() || original.st_gid != ::getegid()) && ::fchown(fd, original.st_uid, original.st_gid) != 0)
        return fail("cannot keep the file's owner and group");
    if (::fchmod(fd, original.st_mode & 07777) != 0) return fail("cannot keep the file's permissions");
    if (auto error = copy_extended_attributes(target, fd)) {
        errno = 0;
        return fail(*error);
    }
    if (::fsync(fd) != 0) return fail("cannot flush the fixed file");
    if (checks.before_last_look) checks.before_last_look();
    // The last look before the rename: bytes written meanwhile would otherwise be lost.
    errno = 0;
    if (checks.as_read_bytes && !holds_exactly(target, *checks.as_read_bytes))
        return fail("the file changed while cartlint was fixing it");
    struct stat now{};
    if (::lstat(target.c_str(), &now) != 0 || !(identity_of(now) == identity_of(original)))
        return fail("the file changed while cartlint was fixing it");
    if (::close(fd) != 0) {
        ::unlink(temp.c_str());
        return std::string("cannot close the fixed file: ") + std::strerror(errno);
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        std::string reason = std::string("cannot replace the file: ") + std::strerror(errno);
        ::unlink(temp.c_str());
        return reason;
    }
    // The rename itself is durable only once the directory is synced (best effort: the file is
    // already replaced, whole, either way).
    const std::size_t slash = target.find_last_of('/');
    const std::string directory = slash == std::string::npos ? "." : slash == 0 ? "/" : target.substr(0, slash);
    const int dir = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return std::nullopt;
}

}  // namespace cartlint::cli
