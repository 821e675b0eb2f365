// Fuzz target: the C ABI (cartlint.h), options and text both from the input. Whatever the bytes,
// cartlint_linter_new gives a linter or an error message (never both, never neither); every call
// returns a string; and what the C ABI says equals what the C++ API says: with no options its
// report is write_json's of Linter::lint, and its fix is apply_safe_fixes's.

#include <cartlint/cartlint.h>
#include <cartlint/cartlint.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

namespace {

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

std::string take(char* p) {
    require(p != nullptr, "a call returned NULL for a valid linter and text");
    std::string out(p);
    cartlint_free(p);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // An input that starts with byte 1 carries options: the next byte is their length, then they
    // come, then the text. Any other input is all text, linted with no options (so every corpus
    // file, replayed, holds the C ABI to the C++ API).
    const bool has_options = size >= 2 && data[0] == 1;
    const std::size_t options_size = has_options ? std::min<std::size_t>(data[1], size - 2) : 0;
    const std::size_t skip = has_options ? 2 + options_size : 0;
    const std::string options(reinterpret_cast<const char*>(data) + (has_options ? 2 : 0), options_size);
    const char* text = reinterpret_cast<const char*>(data) + skip;
    const std::size_t length = size - skip;

    char* error = nullptr;
    // Options are a C string: a NUL inside ends them, as it would for any C client.
    cartlint_linter* linter = cartlint_linter_new(has_options ? options.c_str() : nullptr, &error);
    require((linter == nullptr) != (error == nullptr), "a linter or an error, never both or neither");
    if (!linter) {
        require(std::strlen(error) > 0, "an error says something");
        cartlint_free(error);
        return 0;
    }
    const std::string report = take(cartlint_lint(linter, text, length, "input.json"));
    take(cartlint_lint_ndjson(linter, text, length, nullptr));
    {
        // The filter's lines, as lines 7… of a larger stream at its byte 100: one line out per line in.
        std::size_t report_length = 0;
        char* summary = nullptr;
        char* lines = cartlint_ndjson_report(linter, text, length, "in.ndjson", 7, 100, 2, &report_length, &summary);
        require(lines != nullptr && summary != nullptr, "cartlint_ndjson_report returned NULL");
        const std::size_t in_lines = static_cast<std::size_t>(std::count(text, text + length, '\n')) + (length && text[length - 1] != '\n');
        require(static_cast<std::size_t>(std::count(lines, lines + report_length, '\n')) == in_lines,
                "cartlint_ndjson_report wrote other than one line per input line");
        cartlint_free(lines);
        cartlint_free(summary);
    }
    // One document in a batch is cartlint_lint's report; split in two, on two threads, it still lints.
    {
        const char* one[] = {text};
        const std::size_t one_length[] = {length};
        require(take(cartlint_lint_many(linter, one, one_length, 1, "input.json", 1)) == report,
                "cartlint_lint_many of one document differs from cartlint_lint");
        const char* halves[] = {text, text + length / 2};
        const std::size_t half_lengths[] = {length / 2, length - length / 2};
        take(cartlint_lint_many(linter, halves, half_lengths, 2, nullptr, 2));
    }
    std::size_t fixed_length = 0;
    char* fixed = cartlint_fix(linter, text, length, nullptr, 0, &fixed_length);
    require(fixed != nullptr, "cartlint_fix returned NULL");
    const std::string fixed_text(fixed, fixed_length);
    cartlint_free(fixed);
    cartlint_linter_free(linter);

    if (!has_options) {
        static const cartlint::Linter cxx;
        std::vector<cartlint::FileResult> files(1);
        files[0].path = "input.json";
        files[0].text = std::string_view(text, length);
        // The C ABI's defaults: the context/… hints counted in the notes, as the command does.
        cartlint::LintOptions options;
        options.context_hints = cartlint::ContextHints::summary;
        files[0].result = cxx.lint(files[0].text, options);
        std::ostringstream want;
        cartlint::write_json(want, files);
        require(report == want.str(), "the C ABI's report is the C++ API's");
        require(fixed_text == cartlint::apply_safe_fixes(cxx, files[0].text, options).text, "the C ABI's fix is the C++ API's");
    }
    return 0;
}
