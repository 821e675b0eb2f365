#pragma once
// Names a RapidJSON parse error: a `syntax/…` rule id and a message that says what was expected
// and what was found there.

#include "core/rapidjson_config.hpp"
#include "parse/strict_parser.hpp"

namespace cartlint::detail {

SyntaxFault describe_syntax_fault(std::string_view text, rapidjson::ParseErrorCode code, std::size_t offset);

// "'}'", "end of input", "a NUL byte", "'\"5357563\"'"… for messages.
std::string describe_found(std::string_view text, std::size_t offset);

}  // namespace cartlint::detail
