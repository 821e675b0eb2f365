#include <cartlint/diagnostic.hpp>

namespace cartlint {

std::string_view to_string(Severity severity) noexcept {
    switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view name) noexcept {
    for (auto s : {Severity::info, Severity::warning, Severity::error})
        if (name == to_string(s)) return s;
    return std::nullopt;
}

}  // namespace cartlint
