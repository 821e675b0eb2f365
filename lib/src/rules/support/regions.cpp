#include "rules/support/regions.hpp"

#include <algorithm>
#include <iterator>

namespace cartlint::detail {

bool is_eu_or_efta(std::string_view country) noexcept {
    static constexpr std::string_view members[] = {
        // EU-27
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "EL", "HU", "IE", "IT", "LV", "LT",
        "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        // EFTA
        "IS", "LI", "NO", "CH",
    };
    return std::find(std::begin(members), std::end(members), country) != std::end(members);
}

}  // namespace cartlint::detail
