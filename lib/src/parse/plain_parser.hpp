#pragma once
// The common case, parsed without RapidJSON's reader: ASCII JSON whose strings have no escapes and
// whose numbers are integers of up to 18 digits, which is nearly every cart. It builds the same DOM
// (through the Document's own handler, so every value has the flags RapidJSON's reader gives it)
// and the same source map as the strict parser, in about a third of the instructions: the reader
// went through a character stream a byte at a time and the map's recorder re-scanned for each
// token's start, while this parser knows where each token starts as it meets it.
//
// Anything else, it declines: a syntax error, an escape, a fraction or exponent, a longer number,
// a limit reached. Then it has built nothing usable and the strict parser parses the text from
// scratch, so every error, every limit and every unusual value has exactly one implementation.

#include "core/json_document.hpp"
#include "parse/strict_parser.hpp"

#include <string_view>

namespace cartlint::detail {

// Parses `text` into `doc` as parse_strict would and returns true; or returns false, leaving `doc`
// to be parsed again. doc.text is not set. Any byte from 0x80 is declined where it stands (in a
// string, by the scan that finds the string's end): no pass over the text checks it beforehand.
bool parse_plain(std::string_view text, JsonDocument& doc, const ParseLimits& limits);

}  // namespace cartlint::detail
