#include "repair/recover.hpp"

#include "core/json_string.hpp"
#include "parse/syntax_fault.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <cctype>
#include <optional>

namespace cartlint::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_word_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }
bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }
bool is_number_char(char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; }
bool is_value_start(char c) {
    return c == '{' || c == '[' || c == '"' || c == '\'' || c == '-' || c == '+' || std::isdigit(static_cast<unsigned char>(c)) ||
           is_word_start(c);
}

// A JSON number exactly (RFC 8259 section 6).
bool is_json_number(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') ++i;
    if (i >= s.size()) return false;
    if (s[i] == '0') ++i;
    else if (std::isdigit(static_cast<unsigned char>(s[i]))) while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    else return false;
    if (i < s.size() && s[i] == '.') {
        std::size_t start = ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        if (i == start) return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        std::size_t start = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        if (i == start) return false;
    }
    return i == s.size();
}

// The same number written as JSON, when only its spelling is wrong (+1, 007, .5, 5.).
std::optional<std::string> normalise_number(std::string_view s) {
    std::string sign, body(s);
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        if (body[0] == '-') sign = "-";
        body.erase(0, 1);
    }
    std::size_t exp = body.find_first_of("eE");
    std::string mantissa = body.substr(0, exp), exponent = exp == std::string::npos ? "" : body.substr(exp);
    std::size_t dot = mantissa.find('.');
    std::string whole = mantissa.substr(0, dot), fraction = dot == std::string::npos ? "" : mantissa.substr(dot + 1);
    if (dot != std::string::npos && fraction.empty()) fraction = "0";
    while (whole.size() > 1 && whole[0] == '0') whole.erase(0, 1);
    if (whole.empty()) whole = "0";
    std::string out = sign + whole + (dot != std::string::npos ? "." + fraction : "") + exponent;
    return is_json_number(out) ? std::optional<std::string>(out) : std::nullopt;
}

enum class Expect { root, after_root, key_or_end, key, colon, value, value_or_end, comma_or_end };

struct Frame {
    char kind;                      // '{', '[', or 'p': braces to remove (an extra pair)
    std::size_t open;               // offset of the opening bracket
    std::size_t last_begin = 0;     // the last member's or element's value
    std::size_t last_end = 0;
    bool last_scalar = false;
    bool has_value = false;
    std::size_t key_begin = 0, key_end = 0;  // the pending key (object, Expect::colon)
    std::size_t value_slot = 0;     // after the last member's ':' (and spaces on that line)
    std::size_t comma = 0;          // the last comma
    int repair = -1;                // for 'p': the extra-braces repair to complete
};

class Scanner {
public:
    explicit Scanner(std::string_view text) : t_(text) {}

    Recovery run() {
        if (t_.substr(0, 3) == "\xEF\xBB\xBF") {
            add("syntax/byte-order-mark", "the document starts with a UTF-8 byte order mark (EF BB BF), which JSON does not allow",
                0, 3, {{0, 3, ""}}, true, "remove the byte order mark");
            i_ = 3;
        }
        while (true) {
            skip_space();
            if (i_ >= t_.size()) break;
            step(t_[i_]);
        }
        if (too_deep_) return {std::move(repairs_), false, {}};
        finish();
        std::vector<std::pair<std::string, std::size_t>> left_out;
        for (const auto& [rule, at] : overflow_at_) {
            const std::size_t more = per_rule_[rule] - findings_per_rule;
            repairs_.push_back({rule, fmt::format("and {} more like this: only the first {} are listed", more, findings_per_rule), at, 0, {}, false, ""});
            left_out.emplace_back(rule, more - 1);
        }
        // Incompletely repaired: nothing more to check.
        if (!left_out.empty()) return {std::move(repairs_), false, std::move(left_out)};
        if (!nbsp_.empty()) {
            const std::size_t first = nbsp_.front().offset, length = nbsp_.front().length, count = nbsp_.size();
            add("syntax/non-breaking-space",
                count == 1 ? std::string("a no-break space (U+00A0) used as white space, where JSON allows only space, tab and line breaks")
                           : fmt::format("{} no-break spaces (U+00A0) used as white space, the first here; JSON allows only space, tab "
                                         "and line breaks", count),
                first, length, std::move(nbsp_), true, "replace them with spaces");
        }
        return {std::move(repairs_), saw_value_, {}};
    }

private:
    // --- reporting ---------------------------------------------------------------------------
    int add(std::string rule, std::string message, std::size_t at, std::size_t length, std::vector<Edit> edits, bool safe,
            std::string fix) {
        // After a guess, a repair that depends on the document's structure rests on the guess:
        // it is named, but not fixed (a "fix" there could repair into another document, and grow
        // on every run). Comments, NUL bytes, a BOM and no-break spaces are fixed wherever they are.
        if (safe && guessed_ && rule != "syntax/comment" && rule != "syntax/nul-byte" && rule != "syntax/byte-order-mark") {
            safe = false;
            fix.clear();
        }
        guessed_ |= !safe;
        // At most findings_per_rule of one rule are kept: 5M missing commas must not cost 5M
        // findings of memory. Past the cap the repaired text would be incomplete, so it is not
        // checked further (the document is unusable), and finish() reports how many were left out.
        auto& count = per_rule_[rule];
        if (++count > findings_per_rule) {
            if (count == findings_per_rule + 1) overflow_at_.emplace(rule, at);
            return -1;
        }
        repairs_.push_back({std::move(rule), std::move(message), at, length, std::move(edits), safe, std::move(fix)});
        return static_cast<int>(repairs_.size()) - 1;
    }

    std::string found() const { return describe_found(t_, i_); }

    // --- white space, comments, stray bytes between tokens --------------------------------------
    void skip_space() {
        while (i_ < t_.size()) {
            char c = t_[i_];
            if (is_space(c)) {
                ++i_;
            } else if (const std::size_t n = nbsp_at(i_)) {
                // Copied from a web page: indentation in U+00A0. One finding for all of them (see finish()).
                nbsp_.push_back({i_, n, " "});
                i_ += n;
            } else if (c == '/' && i_ + 1 < t_.size() && (t_[i_ + 1] == '/' || t_[i_ + 1] == '*')) {
                std::size_t begin = i_;
                if (t_[i_ + 1] == '/') {
                    std::size_t end = t_.find_first_of("\r\n", i_);
                    i_ = end == std::string_view::npos ? t_.size() : end;
                } else {
                    std::size_t end = t_.find("*/", i_ + 2);
                    i_ = end == std::string_view::npos ? t_.size() : end + 2;
                }
                add("syntax/comment", "JSON does not allow comments", begin, i_ - begin, {{begin, i_ - begin, ""}}, true, "remove the comment");
            } else if (c == '\0') {
                std::size_t begin = i_;
                while (i_ < t_.size() && t_[i_] == '\0') ++i_;
                add("syntax/nul-byte", "a NUL byte is not allowed in JSON text", begin, i_ - begin, {{begin, i_ - begin, ""}}, true,
                    "remove the NUL bytes");
            } else {
                return;
            }
        }
    }

    // A no-break space (U+00A0) or narrow no-break space (U+202F) used as white space: its length.
    std::size_t nbsp_at(std::size_t at) const {
        if (at + 1 < t_.size() && t_[at] == '\xC2' && t_[at + 1] == '\xA0') return 2;
        if (at + 2 < t_.size() && t_[at] == '\xE2' && t_[at + 1] == '\x80' && t_[at + 2] == '\xAF') return 3;
        return 0;
    }

    char next_significant(std::size_t from) const {
        // Comments count as space here, as skip_space treats them.
        while (from < t_.size()) {
            char c = t_[from];
            if (const std::size_t n = nbsp_at(from)) {
                from += n;
            } else if (is_space(c) || c == '\0') {
                ++from;
            } else if (c == '/' && from + 1 < t_.size() && t_[from + 1] == '/') {
                std::size_t end = t_.find_first_of("\r\n", from);
                from = end == std::string_view::npos ? t_.size() : end;
            } else if (c == '/' && from + 1 < t_.size() && t_[from + 1] == '*') {
                std::size_t end = t_.find("*/", from + 2);
                from = end == std::string_view::npos ? t_.size() : end + 2;
            } else {
                return c;
            }
        }
        return '\0';
    }

    void garbage(const char* what) {
        std::size_t n = std::max<std::size_t>(1, utf8_sequence_length(t_, i_));
        add("syntax/unexpected-character", fmt::format("unexpected {} {}", found(), what), i_, n, {{i_, n, ""}}, false, "");
        i_ += n;
    }

    // --- the state machine -------------------------------------------------------------------
    void step(char c) {
        switch (expect_) {
        case Expect::root:
        case Expect::value:
        case Expect::value_or_end: return value(c);
        case Expect::key_or_end:
        case Expect::key: return key(c);
        case Expect::colon: return colon(c);
        case Expect::comma_or_end: return comma_or_end(c);
        case Expect::after_root: return after_root(c);
        }
    }

    void value_done(std::size_t begin, std::size_t end, bool scalar) {
        saw_value_ = true;
        if (stack_.empty()) {
            expect_ = Expect::after_root;
            return;
        }
        Frame& top = stack_.back();
        top.last_begin = begin;
        top.last_end = end;
        top.last_scalar = scalar;
        top.has_value = true;
        expect_ = Expect::comma_or_end;
    }

    void open(char kind) {
        // Past the parser's nesting limit the repaired text could not be checked anyway, and a
        // frame per level of 10 MB of '[' would cost a gigabyte: stop here.
        if (stack_.size() >= max_recovery_depth) {
            // Only count brackets from here (strings skipped): a text that ends inside its
            // containers is truncated, a syntax error that wins over the limit.
            const std::size_t at = i_;
            std::size_t depth = stack_.size();
            for (; i_ < t_.size(); ++i_) {
                const char c = t_[i_];
                if (c == '"') {
                    for (++i_; i_ < t_.size() && t_[i_] != '"'; ++i_) i_ += t_[i_] == '\\';
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && depth > 0) {
                    --depth;
                }
            }
            if (depth > 0)
                add("syntax/unexpected-end", "the document ends before its JSON value is complete (is it truncated?)", t_.size(), 0, {},
                    false, "");
            else
                add("limit/depth", fmt::format("objects and arrays are nested deeper than {} levels, the most cartlint checks; the rest "
                                               "of the text was not checked", max_recovery_depth),
                    at, 1, {}, false, "");
            too_deep_ = true;
            i_ = t_.size();
            return;
        }
        stack_.push_back(Frame{kind, i_});
        ++i_;
        expect_ = kind == '{' ? Expect::key_or_end : Expect::value_or_end;
    }

    // A bracket that does not close the innermost container but does close the one around it:
    // the innermost one lost its own closing bracket (an object in an array left open before
    // "],", as in the get-all-of-a-customer-s-orders and create-an-order response examples).
    bool closes_container_below(char c) const {
        if (stack_.size() < 2) return false;
        const char below = stack_[stack_.size() - 2].kind;
        return (c == '}' && (below == '{' || below == 'p')) || (c == ']' && below == '[');
    }

    // Inserts the innermost container's missing bracket after its last member and closes it; the
    // bracket at i_ is read again and closes the container around it. Inserting a bracket
    // changes no value: a safe fix.
    void close_missing() {
        const Frame frame = stack_.back();
        const char missing = frame.kind == '[' ? ']' : '}';
        const std::size_t at = frame.has_value ? frame.last_end : frame.open + 1;
        add("syntax/missing-close-bracket",
            fmt::format("'{}' is missing: this {} is not closed before {} closes the one around it", missing,
                        frame.kind == '[' ? "array" : "object", found()),
            at, 0, {{at, 0, std::string(1, missing)}}, true, fmt::format("insert '{}'", missing));
        stack_.pop_back();
        value_done(frame.open, at, false);
    }

    void close() {
        Frame frame = stack_.back();
        stack_.pop_back();
        ++i_;
        if (frame.kind == 'p') {
            if (frame.repair >= 0) repairs_[static_cast<std::size_t>(frame.repair)].edits.push_back({i_ - 1, 1, ""});
            expect_ = stack_.empty() ? Expect::after_root : Expect::comma_or_end;
            return;
        }
        value_done(frame.open, i_, false);
    }

    void value(char c) {
        if (c == '{' || c == '[') return open(c);
        if (expect_ == Expect::root && text_before_document()) return;
        if (smart_quote_at(i_)) {
            std::size_t begin = i_;
            smart_string();
            return value_done(begin, i_, true);
        }
        if (c == '"' || c == '\'') {
            std::size_t begin = i_;
            string(c);
            return value_done(begin, i_, true);
        }
        if (c == '.' && t_.substr(i_, 3) == "...") return placeholder();
        if (c == '-' || c == '+' || c == '.' || std::isdigit(static_cast<unsigned char>(c))) return number();
        if (is_word_start(c)) return word();
        if ((c == '}' || c == ']') && !stack_.empty()) {
            if (expect_ == Expect::value_or_end && c == ']' && stack_.back().kind == '[') return close();
            // "key": } — a member without a value.
            add("syntax/missing-value", fmt::format("expected a value, found {}", found()), i_, 0, {{i_, 0, "null"}}, false, "");
            return value_done(i_, i_, true);
        }
        if (c == ',' && !stack_.empty()) {
            if (stack_.back().kind == '[') {
                add("syntax/extra-comma", "an extra comma with no element before it", i_, 1, {{i_, 1, ""}}, true, "remove the comma");
                ++i_;
                return;
            }
            add("syntax/missing-value", fmt::format("expected a value, found {}", found()), i_, 0, {{i_, 0, "null"}}, false, "");
            return value_done(i_, i_, true);
        }
        garbage("where a value belongs");
    }

    void key(char c) {
        Frame& top = stack_.back();
        if (smart_quote_at(i_)) {
            top.key_begin = i_;
            smart_string();
            top.key_end = i_;
            expect_ = Expect::colon;
            return;
        }
        if (c == '"' || c == '\'') {
            top.key_begin = i_;
            string(c);
            top.key_end = i_;
            expect_ = Expect::colon;
            return;
        }
        if (prose_ahead()) return prose();
        if (is_word_start(c) || name_byte(i_)) {
            std::size_t begin = i_;
            // The whole name, non-ASCII letters included ({café: 6}): a fix never splits one.
            while (i_ < t_.size() && (is_word(t_[i_]) || t_[i_] == '-' || name_byte(i_))) ++i_;
            std::string name(t_.substr(begin, i_ - begin));
            if (i_ < t_.size() && t_[i_] == '"') {
                // status": — the closing quote is there, the opening one is not.
                ++i_;
                add("syntax/missing-quote", fmt::format("the property name '{}' has no opening quote", name), begin, i_ - begin,
                    {{begin, 0, "\""}}, true, "insert '\"'");
                top.key_begin = begin;
                top.key_end = i_;
                expect_ = Expect::colon;
                return;
            }
            add("syntax/unquoted-key", fmt::format("the property name '{}' needs double quotes", name), begin, i_ - begin,
                {{begin, 0, "\""}, {i_, 0, "\""}}, true, "quote the property name");
            top.key_begin = begin;
            top.key_end = i_;
            expect_ = Expect::colon;
            return;
        }
        if (c == '}') {
            if (top.kind == '{') return close();
            add("syntax/mismatched-bracket", "'}' closes an array: expected ']'", i_, 1, {{i_, 1, "]"}}, false, "");
            return close();
        }
        if (c == '{' && expect_ == Expect::key_or_end && top.kind == '{') {
            // { { … } }: the body wrapped in an extra pair of braces (the Update a cart request example).
            top.kind = 'p';
            top.repair = add("syntax/extra-braces",
                             "the document is wrapped in an extra pair of braces: '{' where a property name belongs",
                             top.open, 1, {{top.open, 1, ""}}, true, "remove the extra pair of braces");
            return open('{');
        }
        if (c == ',') {
            add("syntax/extra-comma", "an extra comma with no member before it", i_, 1, {{i_, 1, ""}}, true, "remove the comma");
            ++i_;
            return;
        }
        if (c == '.' && t_.substr(i_, 3) == "...") return placeholder();
        if (c == ']') {
            add("syntax/mismatched-bracket", "']' closes an object: expected '}'", i_, 1, {{i_, 1, "}"}}, false, "");
            return close();
        }
        std::size_t n = std::max<std::size_t>(1, utf8_sequence_length(t_, i_));
        add("syntax/missing-name", fmt::format("expected a property name in double quotes, found {}", found()), i_, n, {{i_, n, ""}},
            false, "");
        i_ += n;
    }

    void colon(char c) {
        Frame& top = stack_.back();
        if (c == ':') {
            ++i_;
            top.value_slot = i_;
            while (top.value_slot < t_.size() && (t_[top.value_slot] == ' ' || t_[top.value_slot] == '\t')) ++top.value_slot;
            expect_ = Expect::value;
            return;
        }
        if (c == '=') {
            add("syntax/missing-colon", "'=' between a property name and its value: JSON uses ':'", i_, 1, {{i_, 1, ":"}}, true, "write ':'");
            ++i_;
            expect_ = Expect::value;
            return;
        }
        if ((c == ',' || c == ']') && top.has_value && top.last_scalar && missing_open_bracket_ahead()) {
            // "ids": "1", "2" ],  — the values form an array whose '[' is missing (the checkout sample).
            // The '[' belongs where the member's value starts: after its ':', on the faulty line.
            std::size_t slot = top.value_slot && top.value_slot <= top.last_begin ? top.value_slot : top.last_begin;
            add("syntax/missing-open-bracket",
                fmt::format("the array's opening '[' is missing: the values after this ':' end with the ']' on line {}", line_of(closing_bracket())),
                slot, 0, {{slot, 0, "["}}, true, "insert '['");
            Frame array{'[', slot};
            array.has_value = true;
            array.last_begin = top.key_begin;
            array.last_end = top.key_end;
            array.last_scalar = true;
            stack_.push_back(array);
            expect_ = Expect::comma_or_end;
            return;
        }
        if (is_value_start(c)) {
            add("syntax/missing-colon", fmt::format("expected ':' after the property name, found {}", found()), top.key_end, 0,
                {{top.key_end, 0, ":"}}, true, "insert ':'");
            expect_ = Expect::value;
            return;
        }
        add("syntax/missing-value", fmt::format("the property has no value: expected ':' and a value, found {}", found()), top.key_end,
            0, {{top.key_end, 0, ":null"}}, false, "");
        value_done(top.key_end, top.key_end, true);
    }

    std::size_t line_of(std::size_t offset) const {
        return 1 + static_cast<std::size_t>(std::count(t_.begin(), t_.begin() + static_cast<std::ptrdiff_t>(std::min(offset, t_.size())), '\n'));
    }

    std::size_t closing_bracket() const {
        std::size_t at = t_.find(']', i_);
        return at == std::string_view::npos ? t_.size() : at;
    }

    // After `"key"` not followed by ':': do only scalars and commas follow, up to a ']'?
    bool missing_open_bracket_ahead() const {
        std::size_t at = i_;
        bool want_comma_or_close = true;
        for (int guard = 0; guard < 10000 && at < t_.size(); ++guard) {
            char c = t_[at];
            if (is_space(c)) {
                ++at;
                continue;
            }
            if (want_comma_or_close) {
                if (c == ']') return true;
                if (c != ',') return false;
                ++at;
                want_comma_or_close = false;
                continue;
            }
            if (c == '"') {
                std::size_t end = at + 1;
                while (end < t_.size() && t_[end] != '"' && t_[end] != '\n') end += t_[end] == '\\' ? 2 : 1;
                if (end >= t_.size() || t_[end] != '"') return false;
                at = end + 1;
            } else if (is_number_char(c) || is_word_start(c)) {
                while (at < t_.size() && (is_number_char(t_[at]) || is_word(t_[at]))) ++at;
            } else {
                return false;
            }
            want_comma_or_close = true;
        }
        return false;
    }

    void comma_or_end(char c) {
        Frame& top = stack_.back();
        // { {"a":1}, {"b":2} }: not one body in an extra pair of braces; removing them would make
        // two documents. The finding stays, its fix goes.
        if (top.kind == 'p' && c != '}' && top.repair >= 0) {
            repairs_[static_cast<std::size_t>(top.repair)].safe = false;
            guessed_ = true;
        }
        if (c == ';') {
            // "quantity": 1; "billingCycle": … — a statement separator from C#, PowerShell or prose.
            const char next = next_significant(i_ + 1);
            const bool last = next == '}' || next == ']';
            add("syntax/semicolon", last ? "';' after the last member: JSON has no separator there"
                                         : "';' between two members or elements: JSON separates them with ','",
                i_, 1, {{i_, 1, last ? "" : ","}}, true, last ? "remove the ';'" : "write ','");
            if (!last) {
                top.comma = i_;
                expect_ = top.kind == '[' ? Expect::value : Expect::key;
            }
            ++i_;
            return;
        }
        if (c == ',') {
            char next = next_significant(i_ + 1);
            if (next == '}' || next == ']') {
                add("syntax/trailing-comma", fmt::format("a comma before '{}': JSON does not allow a trailing comma", next), i_, 1,
                    {{i_, 1, ""}}, true, "remove the comma");
                ++i_;
                return;
            }
            top.comma = i_;
            ++i_;
            expect_ = top.kind == '[' ? Expect::value : Expect::key;
            return;
        }
        if (c == '}' || c == ']') {
            bool matches = (c == '}' && (top.kind == '{' || top.kind == 'p')) || (c == ']' && top.kind == '[');
            if (!matches && closes_container_below(c)) return close_missing();
            if (!matches && next_significant(i_ + 1) == (top.kind == '[' ? ']' : '}')) {
                // {"a":[1,2]]}: this one is extra, the next one closes the container as it should.
                add("syntax/mismatched-bracket", fmt::format("an extra '{}': the {} is closed by the bracket after it", c,
                                                             top.kind == '[' ? "array" : "object"),
                    i_, 1, {{i_, 1, ""}}, true, fmt::format("remove the extra '{}'", c));
                ++i_;
                return;
            }
            if (!matches)
                add("syntax/mismatched-bracket", fmt::format("'{}' closes {}: expected '{}'", c, top.kind == '[' ? "an array" : "an object",
                                                             top.kind == '[' ? ']' : '}'),
                    i_, 1, {{i_, 1, top.kind == '[' ? "]" : "}"}}, false, "");
            return close();
        }
        if (is_value_start(c)) {
            add("syntax/missing-comma",
                fmt::format("a comma is missing after this {}: {} follows it", top.kind == '[' ? "element" : "value", found()),
                top.last_end, 0, {{top.last_end, 0, ","}}, true, "insert ','");
            expect_ = top.kind == '[' ? Expect::value : Expect::key;
            return;
        }
        garbage(top.kind == '[' ? "after an array element" : "after a property value");
    }

    void after_root(char c) {
        if (c == '}' || c == ']') {
            // Surely extra only when nothing before had to be guessed: after a guess, which bracket
            // is the extra one is a guess too.
            add("syntax/trailing-content", fmt::format("an extra '{}' after the end of the JSON value", c), i_, 1, {{i_, 1, ""}}, !guessed_,
                guessed_ ? "" : "remove it");
            ++i_;
            return;
        }
        add("syntax/trailing-content", fmt::format("unexpected {} after the end of the JSON value", found()), i_, t_.size() - i_,
            {{i_, t_.size() - i_, ""}}, false, "");
        i_ = t_.size();
    }

    void finish() {
        if (stack_.empty()) {
            if (!saw_value_ && repairs_.empty())
                add("syntax/empty-document", "the document is empty: expected a JSON value", t_.size(), 0, {}, false, "");
            return;
        }
        std::string closing;
        std::vector<Edit> edits;
        if (expect_ == Expect::colon) closing += ":null";
        else if (expect_ == Expect::value && stack_.back().kind == '{') closing += "null";
        else if ((expect_ == Expect::key || expect_ == Expect::value) && stack_.back().comma)
            edits.push_back({stack_.back().comma, 1, ""});
        for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
            if (it->kind != 'p') closing += it->kind == '{' ? '}' : ']';
        edits.push_back({t_.size(), 0, closing});
        add("syntax/unexpected-end", "the document ends before its JSON value is complete (is it truncated?)", t_.size(), 0,
            std::move(edits), false, "");
    }

    // --- tokens ------------------------------------------------------------------------------
    void placeholder() {
        std::vector<Edit> edits;
        // "links": {…}, ... }: without the placeholder the comma before it would trail, and the
        // strict parse of the repaired text would report that comma at the '}'.
        const bool after_comma = !stack_.empty() && ((expect_ == Expect::key && stack_.back().kind != '[') ||
                                                      (expect_ == Expect::value && stack_.back().kind == '['));
        if (after_comma && stack_.back().comma < i_) {
            const char next = next_significant(i_ + 3);
            if (next == '}' || next == ']') edits.push_back({stack_.back().comma, 1, ""});
        }
        edits.push_back({i_, 3, ""});
        add("syntax/placeholder", "'...' is a placeholder from the docs, not JSON: replace it with the real content", i_, 3,
            std::move(edits), false, "");
        i_ += 3;
    }

    void number() {
        std::size_t begin = i_;
        // The whole token, letters included (0x1F, 1_000, -Infinity): a fix never splits one.
        while (i_ < t_.size() && (is_number_char(t_[i_]) || is_word(t_[i_]))) ++i_;
        std::string_view token = t_.substr(begin, i_ - begin);
        if (is_json_number(token)) {
            // 1e999999 is JSON, but no reader holds it (RapidJSON and Json.NET refuse it): named
            // here, so the rest of the document is still checked.
            const double v = std::strtod(std::string(token).c_str(), nullptr);
            if (!std::isinf(v)) return value_done(begin, i_, true);
            add("syntax/invalid-number", fmt::format("'{}' is too large for any number a reader holds", token), begin, token.size(),
                {{begin, token.size(), "0"}}, false, "");
            return value_done(begin, i_, true);
        }
        const bool digits = token.find_first_of("0123456789") != std::string_view::npos;
        const bool letters = std::any_of(token.begin(), token.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) && c != 'e' && c != 'E'; });
        // 010: a lenient reader (Json.NET) takes a leading zero as octal, so which value was meant is not sure.
        const std::size_t lead = token.find_first_not_of("+-");
        const bool leading_zero = lead != std::string_view::npos && lead + 1 < token.size() && token[lead] == '0' &&
                                  std::isdigit(static_cast<unsigned char>(token[lead + 1]));
        auto fixed = digits && !letters ? normalise_number(token) : std::nullopt;
        if (fixed && !leading_zero)
            add("syntax/invalid-number", fmt::format("'{}' is not a JSON number; write {}", token, *fixed), begin, token.size(),
                {{begin, token.size(), *fixed}}, true, fmt::format("write {}", *fixed));
        else if (fixed)
            add("syntax/invalid-number", fmt::format("'{}' is not a JSON number: JSON has no leading zeros (Json.NET would read it as octal); "
                                                     "write {} if that is what you mean", token, *fixed),
                begin, token.size(), {{begin, token.size(), *fixed}}, false, "");
        else
            add("syntax/invalid-number", fmt::format("'{}' is not a JSON number", token), begin, token.size(), {{begin, token.size(), "0"}},
                false, "");
        value_done(begin, i_, true);
    }

    void word() {
        std::size_t begin = i_;
        while (i_ < t_.size() && is_word(t_[i_])) ++i_;
        std::string_view w = t_.substr(begin, i_ - begin);
        if (w == "true" || w == "false" || w == "null") return value_done(begin, i_, true);
        std::string lower(w);
        for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        std::string replacement;
        if (lower == "true" || lower == "false" || lower == "null") replacement = lower;
        else if (lower == "none" || lower == "nil" || lower == "undefined") replacement = "null";
        if (!replacement.empty()) {
            add("syntax/invalid-value", fmt::format("'{}' is not a JSON literal; write {}", w, replacement), begin, w.size(),
                {{begin, w.size(), replacement}}, true, fmt::format("write {}", replacement));
        } else if (lower == "nan" || lower == "infinity") {
            add("syntax/invalid-value", fmt::format("'{}' is not a JSON number", w), begin, w.size(), {{begin, w.size(), "null"}}, false, "");
        } else {
            add("syntax/invalid-value", fmt::format("'{}' is not a JSON value; a string needs double quotes", w), begin, w.size(),
                {{begin, 0, "\""}, {i_, 0, "\""}}, false, "");
        }
        value_done(begin, i_, true);
    }

    // A string in double or single quotes, repairing what can be repaired without changing it.
    // A few stray characters on the first line before the document's '{' or '[' (a byte order
    // mark an editor turned into '?', a prompt's '>'): nothing of the document, so removing them
    // is safe. Anything longer, or on other lines, is left to the general rules.
    bool text_before_document() {
        std::size_t at = i_;
        while (at < t_.size() && at - i_ < 8 && t_[at] != '{' && t_[at] != '[' && t_[at] != '\n' && t_[at] != '"') ++at;
        if (at >= t_.size() || (t_[at] != '{' && t_[at] != '[')) return false;
        std::size_t end = at;
        while (end > i_ && (t_[end - 1] == ' ' || t_[end - 1] == '\t')) --end;
        add("syntax/text-before-document",
            fmt::format("'{}' before the document: nothing may come before its first '{}'", std::string(t_.substr(i_, end - i_)), t_[at]),
            i_, end - i_, {{i_, end - i_, ""}}, true, "remove it");
        i_ = at;
        return true;
    }

    // Where a property name belongs, the rest of the line reads as words, not JSON: no quote, no
    // ':' and no bracket, and at least two words or a leading '-' ("- Base", a note the page put
    // in its sample). One finding for the line instead of a cascade.
    bool prose_ahead() const {
        // Looks at most a short line ahead: the scanner stays linear on long minified lines.
        constexpr std::size_t longest = 160;
        if (t_[i_] != '-' && !is_word_start(t_[i_])) return false;
        const std::string_view ahead = t_.substr(i_, longest);
        const std::size_t newline = ahead.find('\n');
        if (newline == std::string_view::npos && ahead.size() == longest) return false;
        const std::string_view line = ahead.substr(0, newline);
        if (line.find_first_of("\":{}[]") != std::string_view::npos) return false;
        const bool dash = line.front() == '-' && line.size() > 1 && line[1] == ' ';
        const auto space = line.find(' ');
        const bool words = space != std::string_view::npos && space > 0 && line.find_first_not_of(" \t\r", space) != std::string_view::npos;
        return (dash || words) && line.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos;
    }

    void prose() {
        std::size_t end = t_.find('\n', i_);
        if (end == std::string_view::npos) end = t_.size();
        while (end > i_ && (t_[end - 1] == ' ' || t_[end - 1] == '\t' || t_[end - 1] == '\r')) --end;
        std::vector<Edit> edits;
        // Without the words the comma before them would trail (see placeholder()).
        const char next = next_significant(end);
        if (!stack_.empty() && expect_ == Expect::key && stack_.back().comma < i_ && (next == '}' || next == ']'))
            edits.push_back({stack_.back().comma, 1, ""});
        edits.push_back({i_, end - i_, ""});
        add("syntax/prose", fmt::format("'{}' is text, not JSON: a note copied with the sample?", std::string(t_.substr(i_, end - i_))), i_,
            end - i_, std::move(edits), false, "");
        i_ = end;
    }

    // A byte of a non-ASCII character that can be part of an unquoted name (not a smart quote, a
    // no-break space or another separator the scanner treats on its own).
    bool name_byte(std::size_t at) const {
        const unsigned char u = static_cast<unsigned char>(t_[at]);
        if (u < 0x80) return false;
        if ((u & 0xC0) == 0x80) return at > 0 && name_byte_lead(at);
        return !smart_quote_at(at) && !nbsp_at(at) && utf8_sequence_length(t_, at) > 1;
    }
    // A continuation byte belongs to the name when its sequence's lead byte does.
    bool name_byte_lead(std::size_t at) const {
        std::size_t lead = at;
        while (lead > 0 && (static_cast<unsigned char>(t_[lead]) & 0xC0) == 0x80) --lead;
        return static_cast<unsigned char>(t_[lead]) >= 0xC0 && !smart_quote_at(lead) && !nbsp_at(lead);
    }

    // “ or ” (U+201C, U+201D), as a word processor or a web page writes quotes.
    bool smart_quote_at(std::size_t at) const {
        return at + 2 < t_.size() && t_[at] == '\xE2' && t_[at + 1] == '\x80' && (t_[at + 2] == '\x9C' || t_[at + 2] == '\x9D');
    }

    // A string opened with a smart quote and closed by one or by '"' (the docs mix them:
    // “id”: “2y6dF_…"). Replacing the smart quotes with '"' changes no character of the value:
    // a safe fix, one finding per string.
    void smart_string() {
        const std::size_t begin = i_;
        std::vector<Edit> edits{{begin, 3, "\""}};
        i_ += 3;
        while (true) {
            if (i_ >= t_.size() || t_[i_] == '\n' || t_[i_] == '\r') {
                add("syntax/unterminated-string", "the string is not closed before the end of the line", i_, 0, {{i_, 0, "\""}}, false, "");
                break;
            }
            if (smart_quote_at(i_)) {
                edits.push_back({i_, 3, "\""});
                i_ += 3;
                break;
            }
            const char c = t_[i_];
            if (c == '"') {
                ++i_;
                break;
            }
            if (c == '\\') {
                escape('"', edits);
                continue;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                edits.push_back({i_, 1, fmt::format("\\u{:04x}", static_cast<unsigned char>(c))});
                ++i_;
                continue;
            }
            i_ += std::max<std::size_t>(1, utf8_sequence_length(t_, i_));
        }
        add("syntax/smart-quotes", "typographic quotes (“ ”) around a string: JSON needs straight double quotes", begin, i_ - begin,
            std::move(edits), true, "replace them with '\"'");
    }

    void string(char quote) {
        const std::size_t begin = i_;
        std::vector<Edit> escapes;  // control characters written raw: escaping them keeps the value
        if (quote == '\'') escapes.push_back({begin, 1, "\""});
        ++i_;
        while (true) {
            if (i_ >= t_.size()) {
                add("syntax/unexpected-end", "the document ends inside a string", t_.size(), 0, {{t_.size(), 0, "\""}}, false, "");
                break;
            }
            char c = t_[i_];
            unsigned char u = static_cast<unsigned char>(c);
            if (c == quote) {
                if (quote == '\'') escapes.push_back({i_, 1, "\""});
                ++i_;
                break;
            }
            if (c == '\n' || c == '\r') {
                add("syntax/unterminated-string", "the string is not closed before the end of the line", i_, 0, {{i_, 0, "\""}}, false, "");
                break;
            }
            if (c == '\\') {
                escape(quote, escapes);
                continue;
            }
            if (u < 0x20) {
                escapes.push_back({i_, 1, fmt::format("\\u{:04x}", u)});
                ++i_;
                continue;
            }
            if (c == '"' && quote == '\'') {
                escapes.push_back({i_, 1, "\\\""});
                ++i_;
                continue;
            }
            if (u >= 0x80) {
                std::size_t n = utf8_sequence_length(t_, i_);
                if (n == 0) {
                    add("syntax/invalid-utf8", fmt::format("the byte 0x{:02X} in this string is not UTF-8", u), i_, 1, {{i_, 1, "\\ufffd"}},
                        false, "");
                    ++i_;
                } else {
                    i_ += n;
                }
                continue;
            }
            ++i_;
        }
        if (escapes.empty()) return;
        if (quote == '\'') {
            add("syntax/single-quotes", "strings and property names need double quotes, not single quotes", begin, i_ - begin,
                std::move(escapes), true, "use double quotes");
        } else {
            const std::size_t first = escapes.front().offset;  // before escapes is moved from
            add("syntax/control-character", "control characters inside a string must be escaped", first, 1, std::move(escapes), true,
                "escape the control characters");
        }
    }

    void escape(char quote, std::vector<Edit>& escapes) {
        const std::size_t at = i_;
        char e = at + 1 < t_.size() ? t_[at + 1] : '\0';
        auto hex4 = [&](std::size_t from) {
            if (from + 4 > t_.size()) return -1;
            int v = 0;
            for (std::size_t k = from; k < from + 4; ++k) {
                if (!std::isxdigit(static_cast<unsigned char>(t_[k]))) return -1;
                v = v * 16 + (std::isdigit(static_cast<unsigned char>(t_[k])) ? t_[k] - '0' : std::tolower(t_[k]) - 'a' + 10);
            }
            return v;
        };
        if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
            i_ += 2;
            return;
        }
        if (e == '\'' && quote == '\'') {
            escapes.push_back({at, 2, "'"});
            i_ += 2;
            return;
        }
        if (e == 'u') {
            int v = hex4(at + 2);
            if (v >= 0) {
                bool high = v >= 0xD800 && v <= 0xDBFF, low = v >= 0xDC00 && v <= 0xDFFF;
                if (high && t_.substr(at + 6, 2) == "\\u") {
                    int w = hex4(at + 8);
                    if (w >= 0xDC00 && w <= 0xDFFF) {
                        i_ += 12;
                        return;
                    }
                }
                if (high || low) {
                    add("syntax/invalid-escape", fmt::format("'{}' is half of a surrogate pair", t_.substr(at, 6)), at, 6,
                        {{at, 6, "\\ufffd"}}, false, "");
                    i_ += 6;
                    return;
                }
                i_ += 6;
                return;
            }
        }
        // \x, \u12: keep the text as typed by escaping the backslash (C:\Users -> C:\\Users).
        add("syntax/invalid-escape", fmt::format("invalid escape sequence '\\{}' in a string", e ? std::string(1, e) : std::string()), at,
            e ? 2 : 1, {{at, 1, "\\\\"}}, true, "escape the backslash");
        i_ += 1;
    }

    std::string_view t_;
    std::size_t i_ = 0;
    Expect expect_ = Expect::root;
    std::vector<Frame> stack_;
    std::vector<Repair> repairs_;
    bool saw_value_ = false;
    bool guessed_ = false;  // a repair so far had to guess (it is not safe)
    bool too_deep_ = false;  // stopped at the nesting limit
    std::map<std::string, std::size_t, std::less<>> per_rule_;  // faults found, by rule
    std::map<std::string, std::size_t, std::less<>> overflow_at_;  // the first fault past the cap, by rule
    std::vector<Edit> nbsp_;  // no-break spaces outside strings, each to become a space
};

}  // namespace

Recovery recover(std::string_view text) { return Scanner(text).run(); }

}  // namespace cartlint::detail
