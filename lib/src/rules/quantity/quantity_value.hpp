#pragma once
// Reads a quantity the way the service does: a JSON number, or a numeric string it coerces.

#include "core/json_document.hpp"

#include <optional>
#include <string>

namespace cartlint::detail {

struct QuantityValue {
    bool numeric = false;                // a number, or a string holding one
    std::optional<std::string> problem;  // why it is not a whole number in 1 … 2147483647
    std::string text;                    // the number as JSON text, for fixes and messages
};

QuantityValue read_quantity(Node quantity);

}  // namespace cartlint::detail
