// Fuzz target: --fix. Safe fixes never change a value: a document that parses keeps exactly its
// values (only names may change); and --fix reaches a fixed point in one run.

#include <cartlint/cartlint.hpp>

#include <rapidjson/reader.h>

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace {

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// The scalar values of a JSON text in order (keys left out), or nothing if it does not parse.
struct Values : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Values> {
    std::vector<std::string> seen;
    bool Null() { return seen.emplace_back("null"), true; }
    bool Bool(bool b) { return seen.emplace_back(b ? "true" : "false"), true; }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool) { return seen.emplace_back(s, n), true; }
    bool String(const char* s, rapidjson::SizeType n, bool) { return seen.emplace_back(std::string("\"") + std::string(s, n)), true; }
    bool Key(const char*, rapidjson::SizeType, bool) { return true; }
};

std::optional<std::vector<std::string>> values(const std::string& text) {
    Values handler;
    rapidjson::Reader reader;
    rapidjson::StringStream in(text.c_str());
    if (text.find('\0') != std::string::npos) return std::nullopt;
    auto result = reader.Parse<rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseIterativeFlag>(in, handler);
    if (result.IsError()) return std::nullopt;
    return handler.seen;
}

}  // namespace

// A letter, digit or '_' of an ASCII token (a number, a literal, an unquoted name).
bool word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// No safe fix cuts into a token: it never inserts between two of its characters, and what it
// replaces never starts or ends inside one (0x1F must not become 0,"x1F").
void check_no_token_split(const cartlint::Linter& linter, const std::string& text) {
    for (const auto& d : linter.lint(text, {}).diagnostics) {
        if (!d.fix || !d.fix->safe) continue;
        for (const auto& e : d.fix->edits) {
            for (const std::size_t at : {e.offset, e.offset + e.length}) {
                if (at == 0 || at >= text.size()) continue;
                require(!(word(text[at - 1]) && word(text[at])), "a safe fix splits a token");
            }
        }
    }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const cartlint::Linter linter;
    const std::string original(reinterpret_cast<const char*>(data), size);
    check_no_token_split(linter, original);
    const cartlint::FixOutcome fixed = cartlint::apply_safe_fixes(linter, original, {});
    // A fixed point: --fix on its own output changes nothing (a fix that re-creates work for the
    // next run would grow the file on every commit hook).
    const cartlint::FixOutcome again = cartlint::apply_safe_fixes(linter, fixed.text, {});
    require(again.applied == 0 && again.text == fixed.text, "a second --fix changes nothing");
    if (auto before = values(original)) {
        auto after = values(fixed.text);
        require(after.has_value(), "a document that parsed still parses after --fix");
        require(*before == *after, "--fix keeps every value of a document that parsed");
    }
    return 0;
}
