#pragma once
// The native checks behind x-cartlint-format, one per format rule. They must accept exactly
// what the schema's `pattern` accepts; tests/unit/format_test.cpp compares them with std::regex.

#include <string_view>

namespace cartlint::detail {

bool is_guid(std::string_view s) noexcept;
bool is_catalog_item_id(std::string_view s) noexcept;
bool is_partner_id(std::string_view s) noexcept;
bool is_currency_code(std::string_view s) noexcept;

}  // namespace cartlint::detail
