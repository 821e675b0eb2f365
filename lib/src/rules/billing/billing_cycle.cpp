#include "rules/billing/billing_cycle.hpp"

#include <cctype>

namespace cartlint::detail {

std::optional<std::string_view> read_billing_cycle(std::string_view value) {
    for (std::string_view canonical : canonical_billing_cycles)  // the common case, without building a copy
        if (value == canonical) return canonical;
    // The converter upper-cases the first letter and every letter after '_', drops the
    // underscores, and matches the enum member names case-sensitively.
    std::string pascal;
    bool upper_next = true;
    for (char c : value) {
        if (c == '_') {
            upper_next = true;
            continue;
        }
        pascal += upper_next ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper_next = false;
    }
    static constexpr std::pair<std::string_view, std::string_view> members[] = {
        {"Unknown", "unknown"},     {"Monthly", "monthly"},     {"Annual", "annual"},     {"None", "none"},
        {"OneTime", "one_time"}, {"Triennial", "triennial"}, {"Biennial", "biennial"},
    };
    for (auto [name, canonical] : members)
        if (pascal == name) return canonical;
    return std::nullopt;
}

}  // namespace cartlint::detail
