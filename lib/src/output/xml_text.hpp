#pragma once
// XML 1.0 text for the XML formats (JUnit, Checkstyle), from strings that carry the user's bytes.

#include <string>
#include <string_view>

namespace cartlint::detail {

// Markup escaped, characters XML cannot carry dropped (C0 controls as '?'), bytes that are not
// UTF-8 and U+FFFE/U+FFFF as U+FFFD; in an attribute, line breaks and tabs as character
// references (a raw one would be read back as a space).
std::string xml(std::string_view s, bool attribute = false);

}  // namespace cartlint::detail
