#include "parse/strict_parser.hpp"

#include "core/thread_scratch.hpp"
#include "parse/plain_parser.hpp"
#include "parse/plain_run.hpp"
#include "parse/syntax_fault.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <new>

namespace cartlint::detail {
namespace {

// A RapidJSON input stream over a private, NUL-terminated copy of the text. RapidJSON reads its
// input up to a '\0' and never past one (it is its end marker), so the stream needs no bounds
// check; an embedded NUL byte ends the input for RapidJSON exactly as the real end does, and the
// caller sees that the value stopped short of the end. Parsing in place, RapidJSON writes each
// decoded string over the bytes it was read from (never ahead of the reading position).
class SpanStream {
public:
    using Ch = char;
    explicit SpanStream(char* terminated) : begin_(terminated), cur_(terminated) {}
    Ch Peek() const { return *cur_; }
    Ch Take() { return *cur_++; }
    std::size_t Tell() const { return static_cast<std::size_t>(cur_ - begin_); }
    // Where a string the reader hands over, decoded in place, starts in the text: just after its quote.
    std::uint32_t offset_of(const char* in_place) const { return static_cast<std::uint32_t>(in_place - begin_); }
    Ch* PutBegin() { return put_ = cur_; }
    void Put(Ch c) { *put_++ = c; }
    void Flush() {}
    std::size_t PutEnd(Ch* begin) { return static_cast<std::size_t>(put_ - begin); }

    // Moves past the run of string bytes RapidJSON would otherwise copy onto themselves one at a
    // time (see plain_run.hpp). Only while nothing has been decoded yet (the write position is the
    // read position), so the skipped bytes already are where they belong. The copy's terminating
    // NUL stops the scan, and the padding after the text (padded_copy) keeps a wide load that
    // starts at or before that NUL inside the allocation.
    void skip_plain() {
        if (put_ != cur_) return;
        put_ = cur_ = const_cast<char*>(plain_run_end(cur_));
    }

private:
    char* begin_;
    char* cur_;
    char* put_ = nullptr;
};

}  // namespace
}  // namespace cartlint::detail

// RapidJSON's hook for a faster string scan: its generic one does nothing, and its SSE versions
// take only its own stream types. In place, the input and output streams are the same object.
RAPIDJSON_NAMESPACE_BEGIN
template <>
template <>
inline void Reader::ScanCopyUnescapedString<cartlint::detail::SpanStream, cartlint::detail::SpanStream>(
    cartlint::detail::SpanStream& is, cartlint::detail::SpanStream&) {
    is.skip_plain();
}
RAPIDJSON_NAMESPACE_END

namespace cartlint::detail {
namespace {

bool is_separator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':'; }

// Forwards every SAX event to the Document and records where each value starts and ends.
// Both RapidJSON readers report a scalar once its token is consumed (the stream position is the
// token's end); the iterative reader reports a bracket just before consuming it (the position is
// the bracket itself), the recursive one just after. A token starts at the first byte after the
// previous one that is not white space or a separator.
//
// Past a limit the document is abandoned. The iterative reader then goes on checking syntax
// (events are no longer recorded); the recursive reader is stopped at once, since going on would
// mean recursing without bound, and the caller parses again iteratively.
class Recorder {
public:
    struct OpenContainer {
        std::uint32_t node;      // its source node
        std::uint32_t children;  // members or elements so far
        bool object;
    };

    // `open` is a scratch stack, kept by the caller from parse to parse.
    Recorder(rapidjson::Document& doc, const SpanStream& in, std::string_view text, SourceMap& map, const ParseLimits& limits,
             bool recursive, std::vector<OpenContainer>& open)
        : doc_(doc), in_(in), text_(text), map_(map), limits_(limits), max_depth_(limits.max_depth), open_(open),
          bracket_taken_(recursive ? 1 : 0), recursive_(recursive) {
        open_.clear();
    }

    bool Null() { return leaf() ? doc_.Null() : go_on(); }
    bool Bool(bool b) { return leaf() ? doc_.Bool(b) : go_on(); }
    bool Int(int i) { return leaf() ? doc_.Int(i) : go_on(); }
    bool Uint(unsigned u) { return leaf() ? doc_.Uint(u) : go_on(); }
    bool Int64(std::int64_t i) { return leaf() ? doc_.Int64(i) : go_on(); }
    bool Uint64(std::uint64_t u) { return leaf() ? doc_.Uint64(u) : go_on(); }
    bool Double(double d) { return leaf() ? doc_.Double(d) : go_on(); }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return leaf() ? doc_.RawNumber(s, n, copy) : go_on(); }
    // Strings are parsed in place: the quote before `s` is where the string starts, no scan needed.
    bool String(const char* s, rapidjson::SizeType n, bool copy) {
        if (!too_deep_ && n > limits_.max_string_length) return too_long("a string", "strings", n);
        return !too_deep_ && push(in_.offset_of(s) - 1, tell()) && !too_deep_ ? doc_.String(s, n, copy) : go_on();
    }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) {
        if (too_deep_) return go_on();
        if (n > limits_.max_string_length) return too_long("a property name", "names", n);
        key_begin_ = in_.offset_of(s) - 1;
        key_end_ = tell();
        last_ = key_end_;
        return doc_.Key(s, n, copy);
    }
    bool StartObject() { return open(true) ? doc_.StartObject() : go_on(); }
    bool EndObject(rapidjson::SizeType n) { return close() ? doc_.EndObject(n) : go_on(); }
    bool StartArray() { return open(false) ? doc_.StartArray() : go_on(); }
    bool EndArray(rapidjson::SizeType n) { return close() ? doc_.EndArray(n) : go_on(); }

    bool too_deep() const { return too_deep_; }
    std::size_t too_deep_at() const { return too_deep_at_; }
    const std::optional<SyntaxFault>& limit() const { return limit_; }

private:
    std::uint32_t tell() const { return static_cast<std::uint32_t>(in_.Tell()); }
    std::uint32_t start() const {
        std::size_t at = last_;
        while (at < text_.size() && is_separator(text_[at])) ++at;
        return static_cast<std::uint32_t>(at);
    }

    // Whether the reader goes on after an event that is not recorded.
    bool go_on() const noexcept { return !recursive_; }

    [[gnu::cold, gnu::noinline]] bool too_long(const char* what, const char* kind, rapidjson::SizeType n) {
        hit_limit("limit/string-length", fmt::format("{} of {} bytes; cartlint checks {} up to {} bytes", what, n, kind, limits_.max_string_length));
        return go_on();
    }

    bool hit_limit(std::string rule, std::string message) {
        if (!too_deep_) limit_ = SyntaxFault{std::move(rule), std::move(message), start(), 1};
        too_deep_ = true;
        return true;
    }

    // Appends the node of the value whose token just ended.
    bool push(std::uint32_t end) { return push(start(), end); }
    bool push(std::uint32_t begin, std::uint32_t end) {
        SourceNode node;
        node.begin = begin;
        node.end = end;
        node.next = map_.size() + 1;
        if (!open_.empty()) {
            OpenContainer& parent = open_.back();
            if (parent.children >= limits_.max_members) return too_many_members();
            node.parent = parent.node;
            node.ordinal = parent.children++;
            if (parent.object) {
                node.key_begin = key_begin_;
                node.key_end = key_end_;
            }
        }
        map_.nodes.push_back(node);
        last_ = end;
        return true;
    }
    [[gnu::cold, gnu::noinline]] bool too_many_members() {
        return !hit_limit("limit/member-count",
                          fmt::format("more than {} members or elements in one object or array", limits_.max_members));
    }
    bool leaf() { return !too_deep_ && push(tell()) && !too_deep_; }
    bool open(bool object) {
        if (too_deep_) return false;
        if (open_.size() >= max_depth_) {
            too_deep_ = true;
            too_deep_at_ = start();
            return false;
        }
        if (!push(0) || too_deep_) return false;  // the end is known when the container closes
        open_.push_back({map_.size() - 1, 0, object});
        last_ = tell() + 1 - bracket_taken_;
        return true;
    }
    bool close() {
        if (too_deep_) return false;
        SourceNode& node = map_.nodes[open_.back().node];
        node.end = tell() + 1 - bracket_taken_;
        node.next = map_.size();
        open_.pop_back();
        last_ = node.end;
        return true;
    }

    rapidjson::Document& doc_;
    const SpanStream& in_;
    std::string_view text_;
    SourceMap& map_;
    const ParseLimits& limits_;
    std::uint32_t max_depth_;
    std::optional<SyntaxFault> limit_;
    std::vector<OpenContainer>& open_;  // the containers open at this point, innermost last
    std::uint32_t last_ = 0;
    std::uint32_t key_begin_ = 0;
    std::uint32_t key_end_ = 0;
    bool too_deep_ = false;
    std::size_t too_deep_at_ = 0;
    std::uint32_t bracket_taken_;  // 1 when the reader reports a bracket after consuming it
    bool recursive_;
};

// Nearly every payload is ASCII, and ASCII needs no UTF-8 validation: eight bytes at a time.
bool is_ascii(std::string_view text) noexcept {
    std::size_t i = 0;
    std::uint64_t high = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        high |= word;
    }
    for (; i < text.size(); ++i) high |= static_cast<unsigned char>(text[i]);
    return (high & 0x8080808080808080ull) == 0;
}

struct Attempt {
    rapidjson::ParseResult result;
    bool too_deep = false;
    std::size_t too_deep_at = 0;
    std::optional<SyntaxFault> limit;
};

template <unsigned Flags>
Attempt attempt(std::string_view text, JsonDocument& doc, const ParseLimits& limits) {
    constexpr bool recursive = !(Flags & rapidjson::kParseIterativeFlag);
    doc.map.nodes.clear();
    doc.dom.SetNull();
    // In place: the DOM's strings point into a copy of the text instead of each being copied out
    // one by one. Its NUL is RapidJSON's end marker; the padding keeps SpanStream's wide loads inside.
    SpanStream in(padded_copy(text, doc.dom.GetAllocator()));
    // Per thread and kept: their buffers would otherwise be allocated for every document (found
    // through thread_scratch: the reader's inlined Parse made dozens of TLS lookups per document).
    struct KeptReader {
        rapidjson::Reader reader;
    };
    struct KeptOpen {
        std::vector<Recorder::OpenContainer> open;
    };
    rapidjson::Reader& reader = thread_scratch<KeptReader>().reader;
    Recorder recorder(doc.dom, in, text, doc.map, limits, recursive, thread_scratch<KeptOpen>().open);
    Attempt out;
    auto generate = [&](rapidjson::Document&) {
        out.result = reader.Parse<Flags>(in, recorder);
        // Too deep: the recorder stopped building but let the reader finish checking syntax, so a
        // later syntax error still wins over the limit (the text may not be JSON at all).
        return !out.result.IsError() && !recorder.too_deep();
    };
    doc.dom.Populate(generate);
    out.too_deep = recorder.too_deep();
    out.too_deep_at = recorder.too_deep_at();
    out.limit = recorder.limit();
    return out;
}

constexpr unsigned exact_flags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseInsituFlag;

// What every parse starts with: the document emptied, and the size limit.
std::optional<SyntaxFault> start(std::string_view text, JsonDocument& doc, const ParseLimits& limits) {
    doc.text = text;
    doc.map.nodes.clear();
    doc.dom.SetNull();
    doc.map.nodes.reserve(std::min<std::size_t>(text.size() / 12 + 16, 1 << 16));  // about one value per dozen bytes in a cart
    if (text.size() > limits.max_document_size || text.size() >= std::numeric_limits<std::uint32_t>::max()) {
        return SyntaxFault{"limit/document-size",
                           // Readers stop one byte past the limit, so the size past it is not known.
                           fmt::format("the document is larger than {} bytes, the most cartlint checks; nothing in it was checked",
                                       std::min<std::size_t>(limits.max_document_size, std::numeric_limits<std::uint32_t>::max() - 1)),
                           0, 0};
    }
    return std::nullopt;
}

std::optional<SyntaxFault> read(std::string_view text, JsonDocument& doc, const ParseLimits& limits) {
    // The fast way first: RapidJSON's recursive reader (the nesting limit bounds its recursion),
    // skipping UTF-8 validation for ASCII text. At a limit it stops; then, and for any syntax
    // error, the exact way decides (the iterative reader, which checks the rest of the syntax and
    // whose error offsets the syntax findings are written for).
    Attempt fast = is_ascii(text) ? attempt<rapidjson::kParseInsituFlag>(text, doc, limits)
                                  : attempt<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseInsituFlag>(text, doc, limits);
    const bool stopped = fast.too_deep || fast.limit || fast.result.IsError();
    Attempt exact = stopped ? attempt<exact_flags>(text, doc, limits) : std::move(fast);
    const rapidjson::ParseResult& result = exact.result;

    if (result.IsError()) {
        doc.map.nodes.clear();
        doc.dom.SetNull();
        return describe_syntax_fault(text, result.Code(), result.Offset());
    }
    if (exact.limit) {
        doc.map.nodes.clear();
        doc.dom.SetNull();
        return *exact.limit;
    }
    if (exact.too_deep) {
        doc.map.nodes.clear();
        doc.dom.SetNull();
        return SyntaxFault{"limit/depth",
                           "objects and arrays are nested deeper than " + std::to_string(limits.max_depth) +
                               " levels, the most cartlint checks",
                           exact.too_deep_at, 1};
    }
    // RapidJSON stops at its end marker, a NUL byte; anything after the value must be white space.
    std::size_t at = doc.map.size() ? doc.map[0].end : 0;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) ++at;
    if (at < text.size()) {
        doc.map.nodes.clear();
        doc.dom.SetNull();
        return describe_syntax_fault(text, rapidjson::kParseErrorDocumentRootNotSingular, at);
    }
    return std::nullopt;
}

}  // namespace

std::optional<SyntaxFault> parse_strict(std::string_view text, JsonDocument& doc, const ParseLimits& limits) {
    if (auto fault = start(text, doc, limits)) return fault;
    // Nearly every payload is plain JSON, and its own parser is fastest (plain_parser.hpp).
    if (parse_plain(text, doc, limits)) return std::nullopt;
    return read(text, doc, limits);
}

std::optional<SyntaxFault> parse_with_reader(std::string_view text, JsonDocument& doc, const ParseLimits& limits) {
    if (auto fault = start(text, doc, limits)) return fault;
    return read(text, doc, limits);
}

}  // namespace cartlint::detail
