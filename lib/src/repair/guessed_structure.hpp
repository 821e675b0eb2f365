#pragma once
// After a recovery that had to guess (a bracket that closes the wrong container, a value that is
// missing, text dropped as junk), the repaired document's structure near the guess is cartlint's
// invention, not the user's: "quantity is missing" may only mean the guess moved it. Findings
// that depend on such a guess are not reported; the syntax fault that forced it is.

#include "core/json_document.hpp"

#include <cartlint/diagnostic.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cartlint::detail {

class GuessedStructure {
public:
    // `guesses`: where the unsafe repairs are, in the original text; `edits`: the normalised
    // edits that made `repaired` from it.
    GuessedStructure(const JsonDocument& repaired, const std::vector<Edit>& edits, std::vector<std::size_t> guesses);

    // A finding depends on a guess when its value holds one, or when it is about where a value
    // sits (a missing or unknown member, an element's type) and its container holds one.
    bool depends_on_guess(const Diagnostic& d) const;

private:
    bool marked(std::string_view pointer) const;

    std::vector<std::uint64_t> guessed_;  // hashes of the pointers of the values a guess touched, sorted
};

}  // namespace cartlint::detail
