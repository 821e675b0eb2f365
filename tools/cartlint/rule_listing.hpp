#pragma once
// --list-rules and --explain.

#include "cli_options.hpp"

#include <ostream>
#include <string_view>

namespace cartlint::cli {

void list_rules(std::ostream& out, OutputFormat format);
// False when no rule has that id.
bool explain_rule(std::ostream& out, std::string_view id);

}  // namespace cartlint::cli
