#pragma once
// The schemas of schemas/, compiled into the library (see cmake/embed_schemas.cmake).

#include <span>
#include <string_view>

namespace cartlint::detail {

struct EmbeddedSchema {
    std::string_view name;  // file name, e.g. "cart.schema.json"; $refs name schemas this way
    std::string_view text;
};

std::span<const EmbeddedSchema> embedded_schemas() noexcept;

// The schema called `name`, or an empty view.
std::string_view find_embedded_schema(std::string_view name) noexcept;

}  // namespace cartlint::detail
