// Fuzz target: the native schema engine and valijson, the reference, report the same findings on
// every input (tests/support/engine_agreement.hpp says which one difference is allowed).

#include "engine_agreement.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const cartlint::Linter linter;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    cartlint::LintOptions options;
    options.now = cartlint::parse_timestamp("2018-03-16T00:00:00Z");
    if (auto difference = cartlint::testing::engines_disagree(linter, text, options)) {
        std::fprintf(stderr, "the schema engines disagree: %s\n", difference->c_str());
        std::abort();
    }
    return 0;
}
