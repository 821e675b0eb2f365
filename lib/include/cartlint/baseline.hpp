#pragma once
// A baseline: the findings a project has accepted for now, so that only new ones fail a run
// (`cartlint --write-baseline FILE`, then `--baseline FILE`). A finding is known by its rule, its
// file and its JSON pointer (a finding without one, a syntax fault, by the trimmed text of its
// line), as SARIF's partial fingerprints are: edits elsewhere in a file do not make it new. Each
// entry has a count, so a file with three `format/guid` findings at one pointer (three documents
// of a stream) and a baseline of two reports the third.

#include <cartlint/export.hpp>
#include <cartlint/report.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cartlint {

// A file's path as a baseline holds it: '/'-separated, lexically normal, without a leading "./",
// so "./payloads/a.json" and "payloads//a.json" are one file.
[[nodiscard]] CARTLINT_API std::string baseline_path(std::string_view path);

class Baseline {
public:
    // The baseline file's text; nothing and `error` set ("NAME:LINE:COLUMN: what is wrong") when
    // it is not one. `name` is how the error names the file.
    [[nodiscard]] CARTLINT_API static std::optional<Baseline> parse(std::string_view text, std::string_view name, std::string& error);

    // Takes out of `part` (a file, or a piece of a stream, named `path` as the report names it)
    // every finding the baseline still holds, each entry absorbing at most its count; a stream's
    // documents keep their counts right. Returns how many findings it took.
    CARTLINT_API std::size_t absorb(std::string_view path, FileResult& part);

    [[nodiscard]] std::uint64_t held() const noexcept { return held_; }            // findings the file lists
    [[nodiscard]] std::uint64_t unmatched() const noexcept { return unmatched_; }  // of those, not seen yet

private:
    std::unordered_map<std::string, std::uint64_t> remaining_;  // key (rule, file, anchor) -> count
    std::uint64_t held_ = 0, unmatched_ = 0;
};

// Writes a baseline of every finding it is given, as the run goes: file by file, in input order;
// within a file, one entry for each (rule, pointer) in the order first seen. Memory: one file's
// distinct entries at a time.
class BaselineWriter {
public:
    // `out` must outlive the writer.
    CARTLINT_API explicit BaselineWriter(std::ostream& out);
    CARTLINT_API ~BaselineWriter();
    BaselineWriter(const BaselineWriter&) = delete;
    BaselineWriter& operator=(const BaselineWriter&) = delete;

    CARTLINT_API void begin_file(std::string_view path);
    CARTLINT_API void piece(const FileResult& part);  // before anything takes findings out of it
    CARTLINT_API void end_file();
    CARTLINT_API void finish();
    [[nodiscard]] CARTLINT_API std::uint64_t findings() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace cartlint
