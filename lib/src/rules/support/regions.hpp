#pragma once
// Where additional resellers are allowed: EU-27 and EFTA countries (domain.md, "Resellers").

#include <string_view>

namespace cartlint::detail {

// ISO 3166-1 alpha-2, upper case. Greece counts as GR or EL (the EU's own code). GB is in neither.
bool is_eu_or_efta(std::string_view country) noexcept;

}  // namespace cartlint::detail
