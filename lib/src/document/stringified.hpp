#pragma once
// A body serialised twice: the whole document is a JSON string whose text is the JSON the
// service expects ("{\"lineItems\":[…]}"), as code that serialises an already serialised string
// sends it. The service reads a string where it expects a cart and rejects it.

#include "core/json_document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cartlint::detail {

struct Stringified {
    std::string inner;                // the decoded text of the string
    std::vector<std::size_t> source;  // for each byte of inner (and one past its end): its offset in the outer text
    std::size_t begin = 0, end = 0;   // the string in the outer text, quotes included
};

// The inner document when `doc` (parsed from `text`) is a string holding an object or array.
std::optional<Stringified> stringified_document(std::string_view text, const JsonDocument& doc);

}  // namespace cartlint::detail
