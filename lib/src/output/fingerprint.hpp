#pragma once
// A finding's identity across runs, the same in every format that carries one (SARIF's
// partialFingerprints, GitLab's fingerprint): the rule, the file and the JSON pointer, or for a
// finding without a pointer (syntax) the trimmed text of its line. Stable across edits elsewhere
// in the file.

#include <cartlint/report.hpp>

#include "core/line_index.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cartlint::detail {

// What, beside the rule and the file, says which finding this is: its JSON pointer, or for a finding
// without one its line's text, trimmed. `lines` as for finding_fingerprint.
std::string finding_anchor(const FileResult& file, const Diagnostic& d, std::optional<LineIndex>& lines);

// 16 hex digits. `lines` is built from the file's text the first time a finding needs it, and
// kept by the caller for the piece's other findings.
std::string finding_fingerprint(std::string_view path, const FileResult& file, const Diagnostic& d, std::optional<LineIndex>& lines);

// The fingerprints of one file's findings, in report order: the n-th finding with one rule and
// anchor is told apart from the first (the first keeps finding_fingerprint's), so a stream whose
// 400 documents share a fault gives 400 fingerprints and GitLab, which takes a fingerprint for one
// issue, folds none of them. Adding a document adds one; the others keep theirs. Memory: one
// count per distinct fingerprint of the file in hand.
class FileFingerprints {
public:
    void begin_file() { seen_.clear(); }
    std::string next(std::string_view path, const FileResult& part, const Diagnostic& d, std::optional<LineIndex>& lines);

private:
    std::unordered_map<std::string, std::uint64_t> seen_;
};

}  // namespace cartlint::detail
