#include "fixer.hpp"

#include <algorithm>
#include <cstdlib>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace cartlint::cli {

FixOutcome apply_safe_fixes(const Linter& linter, std::string text, const LintOptions& options) {
    FixOutcome out;
    for (int round = 0; round < 8; ++round) {
        LintResult result = linter.lint(text, options);
        std::vector<const Fix*> fixes;
        for (const auto& d : result.diagnostics)
            if (d.fix && d.fix->safe && !d.fix->edits.empty()) fixes.push_back(&*d.fix);
        // Take whole fixes whose edits overlap no edit already taken.
        std::vector<Edit> edits;
        std::size_t taken = 0;
        for (const Fix* fix : fixes) {
            bool clashes = false;
            for (const Edit& e : fix->edits)
                for (const Edit& t : edits)
                    if (e.offset < t.offset + t.length && t.offset < e.offset + e.length) clashes = true;
                    else if (e.length == 0 && t.length == 0 && e.offset == t.offset) clashes = true;
            if (clashes) continue;
            edits.insert(edits.end(), fix->edits.begin(), fix->edits.end());
            ++taken;
        }
        if (taken == 0) break;
        std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.offset < b.offset; });
        std::string next;
        std::size_t at = 0;
        for (const Edit& e : edits) {
            next.append(text, at, e.offset - at);
            next.append(e.text);
            at = e.offset + e.length;
        }
        next.append(text, at, std::string::npos);
        text = std::move(next);
        out.applied += taken;
    }
    out.text = std::move(text);
    return out;
}

FixOutcome apply_safe_fixes_ndjson(const Linter& linter, std::string_view text, const LintOptions& options) {
    FixOutcome out;
    out.text.reserve(text.size());
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end;
        std::size_t content_end = end;
        if (content_end > start && text[content_end - 1] == '\r') --content_end;  // CRLF: the CR stays with the break
        const std::string_view line = text.substr(start, content_end - start);
        FixOutcome fixed;
        if (line.find_first_not_of(" \t") != std::string_view::npos) fixed = apply_safe_fixes(linter, std::string(line), options);
        // A fix that would break the record over lines is not one for a stream.
        if (fixed.applied && fixed.text.find_first_of("\r\n") == std::string::npos) {
            out.text += fixed.text;
            out.applied += fixed.applied;
        } else {
            out.text += line;
        }
        out.text.append(text.substr(content_end, end - content_end));
        if (end < text.size()) out.text += '\n';
        start = end + 1;
    }
    return out;
}

std::optional<std::string> write_atomically(const std::string& path, const std::string& bytes, const std::optional<FileIdentity>& as_read) {
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
    if (::stat(target.c_str(), &original) != 0) return std::string(std::strerror(errno));
    if (!S_ISREG(original.st_mode)) return std::string("not a regular file (a FIFO, a device or a directory): only files are fixed");
    // Renaming a new file over the old one would split hard links and leave the other names unfixed.
    if (original.st_nlink > 1)
        return std::string("the file has ") + std::to_string(original.st_nlink) + " hard links; fixing it would split them";
    if ((original.st_mode & 0222) == 0 || ::access(target.c_str(), W_OK) != 0) return std::string("the file is read-only for you");
    if (as_read && !(identity_of(original) == *as_read)) return std::string("the file changed while cartlint was fixing it");

    std::string temp = target + ".cartlint-XXXXXX";
    int fd = ::mkstemp(temp.data());
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
    // Owner and group first (a chown may clear set-id bits), then the mode.
    if ((original.st_uid != ::geteuid() || original.st_gid != ::getegid()) && ::fchown(fd, original.st_uid, original.st_gid) != 0)
        return fail("cannot keep the file's owner and group");
    if (::fchmod(fd, original.st_mode & 07777) != 0) return fail("cannot keep the file's permissions");
    if (::fsync(fd) != 0) return fail("cannot flush the fixed file");
    // The last look before the rename: bytes appended meanwhile would otherwise be lost.
    struct stat now{};
    errno = 0;
    if (::stat(target.c_str(), &now) != 0 || !(identity_of(now) == identity_of(original)))
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
    return std::nullopt;
}

}  // namespace cartlint::cli
