// The findings about the run rather than the payload: a file that could not be read (the
// command's input stage) and a failure inside cartlint (any stage). Neither belongs to one stage.

#include "core/stage_rule_docs.hpp"

namespace cartlint::detail {
namespace {

constexpr RuleDoc docs[] = {
    {"io/unreadable", Severity::error, "The file could not be read", "A missing file, a directory, or no permission; the other files are still checked, and the exit code is 2.", "", "",
    ServiceResponse::unchecked,
    "cartlint could not read the file, so nothing in it was checked; the exit code is 2."},
    {"internal/error", Severity::error, "cartlint failed on this input", "A bug in cartlint, reported instead of crashing. Please report it with the input.", "", "",
    ServiceResponse::unchecked,
    "cartlint failed on this input, so nothing in it was checked. Please report it with the input."},
};

}  // namespace

std::span<const RuleDoc> run_rule_docs() noexcept { return docs; }

}  // namespace cartlint::detail
