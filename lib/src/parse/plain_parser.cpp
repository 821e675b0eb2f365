#include "parse/plain_parser.hpp"

#include "core/thread_scratch.hpp"
#include "parse/plain_run.hpp"

#include <cstdint>
#include <cstring>
#include <vector>

namespace cartlint::detail {
namespace {

struct OpenContainer {
    std::uint32_t node;      // its source node
    std::uint32_t children;  // members or elements so far
    bool object;
};

// Per thread and kept: its buffer would otherwise be allocated for every document.
struct KeptOpen {
    std::vector<OpenContainer> open;
};

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// One pass over a private, NUL-terminated and padded copy of the text (strings stay in it, as in
// RapidJSON's in-place parse, each ended by a NUL written over its closing quote). Every scan
// stops at the terminating NUL, so no step needs a bounds check.
class PlainParser {
public:
    PlainParser(char* text, std::size_t size, JsonDocument& doc, const ParseLimits& limits, std::vector<OpenContainer>& open)
        : begin_(text), end_(text + size), p_(text), dom_(doc.dom), nodes_(doc.map.nodes), limits_(limits), open_(open) {
        open_.clear();
    }

    // Document::Populate's generator: true once the whole text is one value and white space.
    bool operator()(rapidjson::Document&) { return parsed_ = parse(); }
    bool parsed() const noexcept { return parsed_; }

private:
    bool parse() {
        skip_space();
        for (;;) {
            if (!value()) return false;
            // Past a complete value: close what ends here, then the next member or element.
            for (;;) {
                skip_space();
                if (open_.empty()) return p_ == end_;
                const bool object = open_.back().object;
                if (*p_ == ',') {
                    ++p_;
                    skip_space();
                    if (object && !key()) return false;
                    break;
                }
                if (*p_ != (object ? '}' : ']') || !close()) return false;
            }
        }
    }

    // The value at p_. A non-empty container is opened and its first value is next: the caller's
    // loop parses it (the nesting lives in open_, not on the call stack).
    bool value() {
        for (;;) {
            switch (*p_) {
            case '{':
                if (!open(true)) return false;
                skip_space();
                if (*p_ == '}') return close();
                if (!key()) return false;
                continue;
            case '[':
                if (!open(false)) return false;
                skip_space();
                if (*p_ == ']') return close();
                continue;
            case '"': return string();
            case 't': return literal("true", 4) && dom_.Bool(true);
            case 'f': return literal("false", 5) && dom_.Bool(false);
            case 'n': return literal("null", 4) && dom_.Null();
            default: return number();
            }
        }
    }

    void skip_space() noexcept {
        while (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t') ++p_;
    }

    std::uint32_t offset(const char* at) const noexcept { return static_cast<std::uint32_t>(at - begin_); }

    // The string whose opening quote is at p_: its bytes, NUL-ended in place, and its span; empty
    // `bytes` when it is not plain (an escape, a control or non-ASCII byte, the end of the text).
    struct Scanned {
        const char* bytes = nullptr;
        std::uint32_t size = 0;
    };
    Scanned scan_string() noexcept {
        char* first = p_ + 1;
        char* last = const_cast<char*>(plain_run_end<true>(first));
        if (*last != '"') return {};
        const std::size_t size = static_cast<std::size_t>(last - first);
        if (size > limits_.max_string_length) return {};
        *last = '\0';
        p_ = last + 1;
        return {first, static_cast<std::uint32_t>(size)};
    }

    bool key() {
        if (*p_ != '"') return false;
        key_begin_ = offset(p_);
        const Scanned name = scan_string();
        if (!name.bytes) return false;
        key_end_ = offset(p_);
        dom_.Key(name.bytes, name.size, false);
        skip_space();
        if (*p_ != ':') return false;
        ++p_;
        skip_space();
        return true;
    }

    bool string() {
        const std::uint32_t begin = offset(p_);
        const Scanned text = scan_string();
        return text.bytes && push(begin, offset(p_)) && dom_.String(text.bytes, text.size, false);
    }

    bool literal(const char* word, std::size_t size) {
        // The padding after the terminator keeps a five-byte compare inside the copy.
        if (std::memcmp(p_, word, size) != 0) return false;
        const std::uint32_t begin = offset(p_);
        p_ += size;
        return push(begin, offset(p_));
    }

    // An integer, given to the Document as RapidJSON's reader gives it (Uint up to 2^32 - 1, Int
    // down to -2^31, else the 64-bit ones), so the DOM holds the same number flags.
    bool number() {
        const char* start = p_;
        const bool minus = *p_ == '-';
        if (minus) ++p_;
        std::uint64_t magnitude = 0;
        if (*p_ == '0') {
            ++p_;
        } else if (is_digit(*p_)) {
            const char* first = p_;
            do magnitude = magnitude * 10 + static_cast<unsigned>(*p_++ - '0');
            while (is_digit(*p_));
            if (p_ - first > 18) return false;  // near 2^63 and 2^64 the reader's own rules decide
        } else {
            return false;
        }
        if (is_digit(*p_) || *p_ == '.' || *p_ == 'e' || *p_ == 'E') return false;  // a leading zero, a fraction, an exponent
        if (!push(offset(start), offset(p_))) return false;
        if (minus) {
            const std::int64_t negative = -static_cast<std::int64_t>(magnitude);
            return magnitude <= 2147483648u ? dom_.Int(static_cast<int>(negative)) : dom_.Int64(negative);
        }
        return magnitude <= 0xFFFFFFFFu ? dom_.Uint(static_cast<unsigned>(magnitude)) : dom_.Uint64(magnitude);
    }

    bool open(bool object) {
        if (open_.size() >= limits_.max_depth) return false;
        if (!push(offset(p_), 0)) return false;  // the end is known when the container closes
        open_.push_back({static_cast<std::uint32_t>(nodes_.size() - 1), 0, object});
        ++p_;
        return object ? dom_.StartObject() : dom_.StartArray();
    }

    bool close() {
        const OpenContainer top = open_.back();
        open_.pop_back();
        ++p_;
        SourceNode& node = nodes_[top.node];
        node.end = offset(p_);
        node.next = static_cast<std::uint32_t>(nodes_.size());
        return top.object ? dom_.EndObject(top.children) : dom_.EndArray(top.children);
    }

    // The source node of a value, as the strict parser's recorder makes it. Inlined: a call for
    // each of a cart's sixty values was a tenth of the WebAssembly build's parse.
    [[gnu::always_inline]] bool push(std::uint32_t begin, std::uint32_t end) {
        SourceNode node;
        node.begin = begin;
        node.end = end;
        node.next = static_cast<std::uint32_t>(nodes_.size() + 1);
        if (!open_.empty()) {
            OpenContainer& parent = open_.back();
            if (parent.children >= limits_.max_members) return false;
            node.parent = parent.node;
            node.ordinal = parent.children++;
            if (parent.object) {
                node.key_begin = key_begin_;
                node.key_end = key_end_;
            }
        }
        nodes_.push_back(node);
        return true;
    }

    char* const begin_;
    const char* const end_;
    char* p_;
    rapidjson::Document& dom_;
    std::vector<SourceNode>& nodes_;
    const ParseLimits& limits_;
    std::vector<OpenContainer>& open_;  // the containers open at p_, innermost last
    std::uint32_t key_begin_ = 0;
    std::uint32_t key_end_ = 0;
    bool parsed_ = false;
};

}  // namespace

bool parse_plain(std::string_view text, JsonDocument& doc, const ParseLimits& limits) {
    doc.map.nodes.clear();
    doc.dom.SetNull();
    PlainParser parser(padded_copy(text, doc.dom.GetAllocator()), text.size(), doc, limits, thread_scratch<KeptOpen>().open);
    doc.dom.Populate(parser);
    if (parser.parsed()) return true;
    doc.map.nodes.clear();
    doc.dom.SetNull();
    return false;
}

}  // namespace cartlint::detail
