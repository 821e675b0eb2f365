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

namespace cartlint::detail {

// What, beside the rule and the file, says which finding this is: its JSON pointer, or for a finding
// without one its line's text, trimmed. `lines` as for finding_fingerprint.
std::string finding_anchor(const FileResult& file, const Diagnostic& d, std::optional<LineIndex>& lines);

// 16 hex digits. `lines` is built from the file's text the first time a finding needs it, and
// kept by the caller for the piece's other findings.
std::string finding_fingerprint(std::string_view path, const FileResult& file, const Diagnostic& d, std::optional<LineIndex>& lines);

}  // namespace cartlint::detail
