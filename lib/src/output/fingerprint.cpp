#include "output/fingerprint.hpp"
#include "output/source_lines.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace cartlint::detail {
namespace {

// 64-bit FNV-1a.
std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ULL) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::string finding_anchor(const FileResult& file, const Diagnostic& d, std::optional<LineIndex>& lines) {
    if (!d.pointer.empty()) return d.pointer;
    const SourceLine* kept = file.text.empty() ? find_line(file.lines, d.begin.line) : nullptr;
    if (!kept && !lines) lines.emplace(file.text);
    return std::string(trimmed(kept ? std::string_view(kept->text) : lines->line_text(static_cast<std::uint32_t>(d.begin.line))));
}

std::string finding_fingerprint(std::string_view path, const FileResult& file, const Diagnostic& d, std::optional<LineIndex>& lines) {
    return fmt::format("{:016x}", fnv1a(finding_anchor(file, d, lines), fnv1a(path, fnv1a(d.rule))));
}

std::string FileFingerprints::next(std::string_view path, const FileResult& part, const Diagnostic& d, std::optional<LineIndex>& lines) {
    std::string base = finding_fingerprint(path, part, d, lines);
    const std::uint64_t before = seen_[base]++;
    if (before == 0) return base;
    return fmt::format("{:016x}", fnv1a(fmt::format("#{}", before), fnv1a(base)));
}

}  // namespace cartlint::detail
