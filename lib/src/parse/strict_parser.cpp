#include "parse/strict_parser.hpp"

#include "parse/syntax_fault.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace cartlint::detail {
namespace {

// A RapidJSON input stream over a byte span: embedded NUL bytes are data, and '\0' is returned
// only past the end (RapidJSON's own end marker).
class SpanStream {
public:
    using Ch = char;
    SpanStream(const char* data, std::size_t size) : begin_(data), cur_(data), end_(data + size) {}
    Ch Peek() const { return cur_ < end_ ? *cur_ : '\0'; }
    Ch Take() { return cur_ < end_ ? *cur_++ : '\0'; }
    std::size_t Tell() const { return static_cast<std::size_t>(cur_ - begin_); }
    Ch* PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    std::size_t PutEnd(Ch*) { return 0; }

private:
    const char* begin_;
    const char* cur_;
    const char* end_;
};

bool is_separator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':'; }

// Forwards every SAX event to the Document and records where each value starts and ends.
// RapidJSON's iterative reader reports a scalar once its token is consumed (the stream position is
// the token's end) but a bracket just before consuming it (the position is the bracket itself).
// A token starts at the first byte after the previous one that is not white space or a separator.
class Recorder {
public:
    Recorder(rapidjson::Document& doc, const SpanStream& in, std::string_view text, SourceMap& map, const ParseLimits& limits)
        : doc_(doc), in_(in), text_(text), map_(map), limits_(limits), max_depth_(limits.max_depth) {}

    bool Null() { return !leaf() || doc_.Null(); }
    bool Bool(bool b) { return !leaf() || doc_.Bool(b); }
    bool Int(int i) { return !leaf() || doc_.Int(i); }
    bool Uint(unsigned u) { return !leaf() || doc_.Uint(u); }
    bool Int64(std::int64_t i) { return !leaf() || doc_.Int64(i); }
    bool Uint64(std::uint64_t u) { return !leaf() || doc_.Uint64(u); }
    bool Double(double d) { return !leaf() || doc_.Double(d); }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return !leaf() || doc_.RawNumber(s, n, copy); }
    bool String(const char* s, rapidjson::SizeType n, bool copy) {
        if (!too_deep_ && n > limits_.max_string_length)
            return hit_limit("limit/string-length", fmt::format("a string of {} bytes; cartlint checks strings up to {} bytes", n,
                                                                limits_.max_string_length));
        return !leaf() || doc_.String(s, n, copy);
    }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) {
        if (too_deep_) return true;
        if (n > limits_.max_string_length)
            return hit_limit("limit/string-length", fmt::format("a property name of {} bytes; cartlint checks names up to {} bytes", n,
                                                                limits_.max_string_length));
        key_begin_ = start();
        key_end_ = tell();
        last_ = key_end_;
        return doc_.Key(s, n, copy);
    }
    bool StartObject() { return !open() || doc_.StartObject(); }
    bool EndObject(rapidjson::SizeType n) { return !close() || doc_.EndObject(n); }
    bool StartArray() { return !open() || doc_.StartArray(); }
    bool EndArray(rapidjson::SizeType n) { return !close() || doc_.EndArray(n); }

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

    // Past a limit the document is abandoned, but the reader goes on checking syntax (events are
    // no longer recorded), so that a syntax error later in the text still wins over the limit.
    bool hit_limit(std::string rule, std::string message) {
        if (!too_deep_) limit_ = SyntaxFault{std::move(rule), std::move(message), start(), 1};
        too_deep_ = true;
        return true;
    }

    // Appends the node of the value whose token just ended.
    bool push(std::uint32_t end) {
        if (!counts_.empty() && counts_.back() >= limits_.max_members)
            return !hit_limit("limit/member-count", fmt::format("more than {} members or elements in one object or array",
                                                                limits_.max_members));
        SourceNode node;
        node.begin = start();
        node.end = end;
        if (!open_.empty()) {
            node.parent = open_.back();
            node.ordinal = counts_.back()++;
            if (text_[map_.nodes[node.parent].begin] == '{') {
                node.key_begin = key_begin_;
                node.key_end = key_end_;
            }
        }
        node.next = map_.size() + 1;
        map_.nodes.push_back(node);
        last_ = end;
        return true;
    }
    bool leaf() { return !too_deep_ && push(tell()) && !too_deep_; }
    bool open() {
        if (too_deep_) return false;
        if (open_.size() >= max_depth_) {
            too_deep_ = true;
            too_deep_at_ = start();
            return false;
        }
        if (!push(0) || too_deep_) return false;  // the end is known when the container closes
        open_.push_back(map_.size() - 1);
        counts_.push_back(0);
        last_ = tell() + 1;
        return true;
    }
    bool close() {
        if (too_deep_) return false;
        SourceNode& node = map_.nodes[open_.back()];
        node.end = tell() + 1;
        node.next = map_.size();
        open_.pop_back();
        counts_.pop_back();
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
    std::vector<std::uint32_t> open_;
    std::vector<std::uint32_t> counts_;
    std::uint32_t last_ = 0;
    std::uint32_t key_begin_ = 0;
    std::uint32_t key_end_ = 0;
    bool too_deep_ = false;
    std::size_t too_deep_at_ = 0;
};

constexpr unsigned parse_flags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;

}  // namespace

std::optional<SyntaxFault> parse_strict(std::string_view text, JsonDocument& doc, const ParseLimits& limits) {
    doc.text = text;
    doc.map.nodes.clear();
    doc.dom.SetNull();
    doc.map.nodes.reserve(std::min<std::size_t>(text.size() / 12 + 16, 1 << 16));  // about one value per dozen bytes in a cart
    if (text.size() > limits.max_document_size || text.size() >= std::numeric_limits<std::uint32_t>::max()) {
        return SyntaxFault{"limit/document-size",
                           fmt::format("the document has {} bytes; cartlint checks documents up to {} bytes", text.size(),
                                       std::min<std::size_t>(limits.max_document_size, std::numeric_limits<std::uint32_t>::max() - 1)),
                           0, 0};
    }

    SpanStream in(text.data(), text.size());
    rapidjson::Reader reader;
    Recorder recorder(doc.dom, in, text, doc.map, limits);
    rapidjson::ParseResult result;
    auto generate = [&](rapidjson::Document&) {
        result = reader.Parse<parse_flags>(in, recorder);
        // Too deep: the recorder stopped building but let the reader finish checking syntax, so a
        // later syntax error still wins over the limit (the text may not be JSON at all).
        return !result.IsError() && !recorder.too_deep();
    };
    doc.dom.Populate(generate);

    if (result.IsError()) {
        doc.map.nodes.clear();
        doc.dom.SetNull();
        return describe_syntax_fault(text, result.Code(), result.Offset());
    }
    if (recorder.limit()) {
        doc.map.nodes.clear();
        doc.dom.SetNull();
        return *recorder.limit();
    }
    if (recorder.too_deep()) {
        doc.map.nodes.clear();
        doc.dom.SetNull();
        return SyntaxFault{"limit/depth",
                           "objects and arrays are nested deeper than " + std::to_string(limits.max_depth) +
                               " levels, the most cartlint checks",
                           recorder.too_deep_at(), 1};
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

}  // namespace cartlint::detail
