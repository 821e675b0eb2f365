// Fuzz target: the plain parser changes nothing. parse_strict (which tries it first) and
// RapidJSON's reader alone agree on every input: the verdict, the DOM and the source map
// (tests/support/parse_agreement.hpp). Unlike the other targets it reaches into the library's
// private parse layer, which is what it checks.

#include "parse_agreement.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto difference = cartlint::testing::parsers_disagree(text)) {
        std::fprintf(stderr, "the parsers disagree: %s\n", difference->c_str());
        std::abort();
    }
    // Small limits too, so that inputs of fuzzing size reach each of them.
    const cartlint::detail::ParseLimits small{.max_depth = 4, .max_string_length = 8, .max_members = 4};
    if (auto difference = cartlint::testing::parsers_disagree(text, small)) {
        std::fprintf(stderr, "the parsers disagree under small limits: %s\n", difference->c_str());
        std::abort();
    }
    return 0;
}
