#include "parse/syntax_fault.hpp"

#include <fmt/format.h>
#include <rapidjson/error/en.h>

#include <cctype>

namespace cartlint::detail {
namespace {

bool starts_with_bom(std::string_view text) { return text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF"; }

// Length of the valid UTF-8 sequence at `at`, or 0 when the bytes there are not valid UTF-8.
std::size_t utf8_length(std::string_view text, std::size_t at) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char c = byte(at);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || at + n > text.size()) return 0;
    for (std::size_t i = 1; i < n; ++i)
        if ((byte(at + i) & 0xC0) != 0x80) return 0;
    return n;
}

// The last byte before `offset` that is not white space, or '\0'.
char previous_significant(std::string_view text, std::size_t offset) {
    while (offset > 0) {
        char c = text[--offset];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return c;
    }
    return '\0';
}

}  // namespace

std::string describe_found(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) return "the end of the input";
    unsigned char c = static_cast<unsigned char>(text[offset]);
    if (c == 0) return "a NUL byte";
    if (c < 0x20 || c == 0x7F) return fmt::format("the control character U+{:04X}", c);
    std::size_t n = utf8_length(text, offset);
    if (n == 0) return fmt::format("byte 0x{:02X} (not UTF-8)", c);
    if (c == '"') {
        // Show a short string token whole: it is what the user will recognise.
        std::size_t end = text.find('"', offset + 1);
        if (end != std::string_view::npos && end - offset <= 40 && text.substr(offset, end - offset).find('\n') == std::string_view::npos)
            return fmt::format("'{}'", text.substr(offset, end - offset + 1));
    }
    if (c >= 'a' && c <= 'z') {
        std::size_t end = offset;
        while (end < text.size() && end - offset < 20 && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
        return fmt::format("'{}'", text.substr(offset, end - offset));
    }
    return fmt::format("'{}'", text.substr(offset, n));
}

SyntaxFault describe_syntax_fault(std::string_view text, rapidjson::ParseErrorCode code, std::size_t offset) {
    using namespace rapidjson;
    if (code == kParseErrorValueInvalid) {
        // RapidJSON stops inside a misspelt literal ("tru", "nul"): point at the word's start.
        while (offset > 0 && offset <= text.size() && std::isalpha(static_cast<unsigned char>(text[offset - 1]))) --offset;
    }
    const std::string found = describe_found(text, offset);
    const bool at_end = offset >= text.size();
    auto fault = [&](std::string rule, std::string message, std::size_t length = 1) {
        return SyntaxFault{std::move(rule), std::move(message), offset, at_end ? 0 : length};
    };

    if (offset == 0 && starts_with_bom(text))
        return fault("syntax/byte-order-mark", "the document starts with a UTF-8 byte order mark (EF BB BF), which JSON does not allow", 3);
    if (!at_end && text[offset] == '\0' && code != kParseErrorStringInvalidEncoding)
        return fault("syntax/nul-byte", "a NUL byte is not allowed in JSON text");
    if (at_end && code != kParseErrorDocumentEmpty)
        return fault("syntax/unexpected-end", "the document ends before its JSON value is complete (is it truncated?)");

    // Faults RapidJSON reports by their consequence: name the cause where the text shows it.
    const char c = at_end ? '\0' : text[offset];
    const char next = offset + 1 < text.size() ? text[offset + 1] : '\0';
    const bool expecting_token = code == kParseErrorObjectMissName || code == kParseErrorValueInvalid ||
                                 code == kParseErrorObjectMissCommaOrCurlyBracket ||
                                 code == kParseErrorArrayMissCommaOrSquareBracket || code == kParseErrorDocumentRootNotSingular;
    if (expecting_token && c == '/' && (next == '/' || next == '*'))
        return fault("syntax/comment", "JSON does not allow comments", 2);
    if (expecting_token && c == '\'')
        return fault("syntax/single-quotes", "strings and property names need double quotes, not single quotes");
    if (code == kParseErrorObjectMissName && (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$'))
        return fault("syntax/unquoted-key", fmt::format("the property name {} needs double quotes", found));
    if ((code == kParseErrorObjectMissCommaOrCurlyBracket || code == kParseErrorArrayMissCommaOrSquareBracket) &&
        std::isdigit(static_cast<unsigned char>(c)) && offset >= 1 && text[offset - 1] == '0' &&
        (offset < 2 || !std::isdigit(static_cast<unsigned char>(text[offset - 2]))))
        return SyntaxFault{"syntax/invalid-number", "a number must not start with a leading zero", offset - 1, 2};

    switch (code) {
    case kParseErrorDocumentEmpty:
        return fault("syntax/empty-document", "the document is empty: expected a JSON value", 0);
    case kParseErrorDocumentRootNotSingular:
        return fault("syntax/trailing-content", fmt::format("unexpected {} after the end of the JSON value", found));
    case kParseErrorValueInvalid:
        if (text[offset] == ']' && previous_significant(text, offset) == ',')
            return fault("syntax/trailing-comma", "a comma before ']': JSON does not allow a trailing comma");
        return fault("syntax/invalid-value",
                     fmt::format("expected a JSON value (object, array, string, number, true, false or null), found {}", found));
    case kParseErrorObjectMissName:
        if (text[offset] == '}')
            return fault("syntax/trailing-comma", "a comma before '}': JSON does not allow a trailing comma");
        return fault("syntax/missing-name", fmt::format("expected a property name in double quotes, found {}", found));
    case kParseErrorObjectMissColon:
        return fault("syntax/missing-colon", fmt::format("expected ':' after the property name, found {}", found));
    case kParseErrorObjectMissCommaOrCurlyBracket:
        return fault("syntax/missing-comma", fmt::format("expected ',' or '}}' after the property value, found {}", found));
    case kParseErrorArrayMissCommaOrSquareBracket:
        return fault("syntax/missing-comma", fmt::format("expected ',' or ']' after the array element, found {}", found));
    case kParseErrorStringUnicodeEscapeInvalidHex:
        return fault("syntax/invalid-escape", "a \\u escape needs four hexadecimal digits");
    case kParseErrorStringUnicodeSurrogateInvalid:
        return fault("syntax/invalid-escape", "a \\u escape of a high surrogate must be followed by one of a low surrogate");
    case kParseErrorStringEscapeInvalid:
        if (c == '\n' || c == '\r')
            return fault("syntax/unterminated-string",
                         "the string is not closed before the end of the line (a line break inside a string must be written \\n)");
        if (static_cast<unsigned char>(c) < 0x20)
            return fault("syntax/control-character",
                         fmt::format("{} must be escaped inside a string (\\n, \\t or \\u00XX)", found));
        return fault("syntax/invalid-escape",
                     fmt::format("invalid escape sequence '{}' in a string (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
                                 text.substr(offset, next ? 2 : 1)),
                     2);
    case kParseErrorStringMissQuotationMark:
        return fault("syntax/unterminated-string", "the string has no closing double quote");
    case kParseErrorStringInvalidEncoding:
        return fault("syntax/invalid-utf8", fmt::format("invalid UTF-8 in a string: {}", found));
    case kParseErrorNumberTooBig:
        return fault("syntax/invalid-number", "the number is too large to be represented");
    case kParseErrorNumberMissFraction:
        return fault("syntax/invalid-number", fmt::format("expected a digit after the decimal point, found {}", found));
    case kParseErrorNumberMissExponent:
        return fault("syntax/invalid-number", fmt::format("expected a digit in the exponent, found {}", found));
    default:
        return fault("syntax/invalid", fmt::format("{}, found {}", GetParseError_En(code), found));
    }
}

}  // namespace cartlint::detail
