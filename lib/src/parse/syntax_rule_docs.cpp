// What each syntax/… and limit/… finding means. The examples are complete documents.

#include "rules/stage_rule_docs.hpp"

namespace cartlint::detail {
namespace {

constexpr RuleDoc docs[] = {
    {"syntax/empty-document", Severity::error, "The document is empty", "An empty body is not a cart; RFC 8259 needs one JSON value.", "", R"({"lineItems":[]})"},
    {"syntax/trailing-comma", Severity::error, "A comma before '}' or ']'",
     "JSON (RFC 8259) allows no trailing comma. The Update a cart request example ends its body with `],` before the closing braces.",
     R"({"lineItems":[],})", R"({"lineItems":[]})"},
    {"syntax/missing-comma", Severity::error, "Two members or elements with no comma between them",
     "Members and elements are separated by commas. The Update a cart response example has no comma between \"ProvisioningContext\": { … } and \"orderGroup\".",
     R"({"id":"b4c8fdea-cbe4-4d17-9576-13fcacbf9605" "lineItems":[]})", R"({"id":"b4c8fdea-cbe4-4d17-9576-13fcacbf9605","lineItems":[]})"},
    {"syntax/missing-colon", Severity::error, "A property name not followed by ':'",
     "Every member is \"name\": value. In the Update a cart checkout sample, a missing '[' turns the second id of additionalPartnerIdsOnRecord into a name with no colon.",
     R"({"quantity" 1})", R"({"quantity": 1})"},
    {"syntax/missing-name", Severity::error, "Something other than a quoted property name where one belongs",
     "Inside an object JSON expects a property name in double quotes. The Update a cart request example opens its body with two braces, `{ {`.",
     R"({{"id":"b4c8fdea-cbe4-4d17-9576-13fcacbf9605"}})", R"({"id":"b4c8fdea-cbe4-4d17-9576-13fcacbf9605"})"},
    {"syntax/missing-open-bracket", Severity::error, "An array whose opening '[' is missing",
     "The Update a cart checkout sample writes \"additionalPartnerIdsOnRecord\": \"5357564\", \"5357563\" ], with no '['. A parser reports the ']' three lines down; cartlint finds the values the ']' closes and puts the '[' after the ':'.",
     R"({"ids": "5357564", "5357563" ]})", R"({"ids": ["5357564", "5357563" ]})"},
    {"syntax/extra-braces", Severity::error, "The document is wrapped in an extra pair of braces",
     "The Update a cart request example sends { { \"Id\": … ], } }: an object whose first member is another object with no name. The fix removes the outer pair (and the trailing comma is its own finding).",
     R"({ {"lineItems":[]} })", R"({"lineItems":[]})"},
    {"syntax/missing-value", Severity::error, "A property with no value", "Every property needs a value after its ':'. Recovery reads it as null to check the rest; there is no automatic fix.",
     R"({"quantity": })", R"({"quantity": 1})"},
    {"syntax/extra-comma", Severity::error, "A comma with nothing before it", "Two commas in a row, or a comma right after '{' or '[', separate nothing.",
     R"([1,,2])", R"([1,2])"},
    {"syntax/mismatched-bracket", Severity::error, "A '}' closing an array or a ']' closing an object", "Brackets pair up: '[' with ']', '{' with '}'.",
     R"({"lineItems":[1})", R"({"lineItems":[1]})"},
    {"syntax/placeholder", Severity::error, "A '...' placeholder copied from the docs", "The checkout-a-cart article abbreviates JSON with {...}; the placeholder must be replaced by real content before sending.",
     R"({"lineItems":[ ... ]})", R"({"lineItems":[]})"},
    {"syntax/unexpected-character", Severity::error, "A character that has no place in JSON there", "Outside strings JSON has only brackets, commas, colons, literals, numbers and white space.",
     R"({"quantity" 1 = 2})", R"({"quantity": 1})"},
    {"syntax/unquoted-key", Severity::error, "A property name without quotes", "JSON property names are strings in double quotes (JavaScript object literals are not JSON).",
     R"({quantity: 1})", R"({"quantity": 1})"},
    {"syntax/single-quotes", Severity::error, "A string or name in single quotes", "JSON strings and property names use double quotes only; single quotes come from JavaScript or Python literals pasted as JSON.", R"({'quantity': 1})", R"({"quantity": 1})"},
    {"syntax/comment", Severity::error, "A // or /* */ comment",
     "JSON has no comments; the create-a-cart article puts /* … */ comments inside its request JSON, which the service cannot parse.",
     R"({"quantity": 1 /* licenses */})", R"({"quantity": 1})"},
    {"syntax/unexpected-end", Severity::error, "The text ends inside a value", "The document was cut off (a truncated capture, a lost closing bracket).",
     R"({"lineItems":[)", R"({"lineItems":[]})"},
    {"syntax/trailing-content", Severity::error, "Text after the end of the JSON value",
     "A body is one JSON value; text after it (a second object, a stray brace) is not part of it.", R"({"lineItems":[]}})", R"({"lineItems":[]})"},
    {"syntax/invalid-value", Severity::error, "Not a JSON value", "Values are objects, arrays, strings, numbers, true, false or null; True, None, undefined or NaN are not JSON.",
     R"({"attestationAccepted": True})", R"({"attestationAccepted": true})"},
    {"syntax/invalid-number", Severity::error, "A malformed number", "JSON numbers have no leading zeros, and a '.' or an exponent needs digits after it.",
     R"({"quantity": 01})", R"({"quantity": 1})"},
    {"syntax/invalid-escape", Severity::error, "An invalid escape in a string",
     "JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (a high surrogate followed by a low one).", R"({"friendlyName": "C:\Users"})", R"({"friendlyName": "C:\\Users"})"},
    {"syntax/unterminated-string", Severity::error, "A string not closed before the end of its line",
     "A raw line break cannot appear inside a JSON string; usually the closing quote is missing.", "{\"friendlyName\": \"Azure\n}", R"({"friendlyName": "Azure"})"},
    {"syntax/control-character", Severity::error, "A raw control character inside a string", "Control characters (U+0000 to U+001F) must be escaped in JSON strings.",
     "{\"friendlyName\": \"a\tb\"}", R"({"friendlyName": "a\tb"})"},
    {"syntax/invalid-utf8", Severity::error, "Bytes that are not UTF-8", "JSON exchanged between systems is UTF-8 (RFC 8259 section 8.1); Latin-1 or broken bytes are not.",
     "", R"({"friendlyName": "Café"})"},
    {"syntax/byte-order-mark", Severity::error, "A UTF-8 byte order mark before the value", "RFC 8259 section 8.1: implementations must not add a byte order mark to JSON text.",
     "", R"({"lineItems":[]})"},
    {"syntax/nul-byte", Severity::error, "A NUL byte outside a string", "A NUL byte is never part of JSON text; it often marks a buffer sent with its terminator.",
     "", R"({"lineItems":[]})"},
    {"limit/depth", Severity::error, "Objects and arrays nested deeper than 512 levels",
     "A cart is at most a few levels deep; cartlint stops building the document past 512 levels so hostile input cannot exhaust the stack.",
     "", R"({"lineItems":[]})"},
    {"limit/document-size", Severity::error, "A document larger than 64 MiB",
     "A cart is a few kilobytes; cartlint reads documents up to 64 MiB (source positions are 32-bit), so hostile input cannot exhaust memory.",
     "", R"({"lineItems":[]})"},
    {"limit/string-length", Severity::error, "A string or property name longer than 1 MiB",
     "No cart field comes near a megabyte; the limit bounds what one value can cost. A syntax error later in the text is reported instead.",
     "", R"({"friendlyName":"A_sample_Azure_RI"})"},
    {"limit/member-count", Severity::error, "An object or array with more than 100,000 members",
     "A cart has a handful of properties and line items; the limit bounds the work one container can cause. A syntax error later in the text is reported instead.",
     "", R"({"lineItems":[]})"},
};

}  // namespace

std::span<const RuleDoc> syntax_rule_docs() noexcept {
    return docs;
}

}  // namespace cartlint::detail
