#include "stream/ndjson_lines.hpp"

#include <cartlint/stream.hpp>

#include <string>
#include <utility>

namespace cartlint {

namespace detail {

std::uint64_t lint_ndjson_lines(const Linter& linter, std::string_view text, std::uint64_t first_line, std::size_t first_offset,
                                const LintOptions& options, LintResult& out, bool& first_document, std::vector<SourceLine>* keep,
                                std::vector<StreamDocument>* documents) {
    std::uint64_t line = first_line;
    for (std::size_t start = 0; start < text.size(); ++line) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view doc = text.substr(start, end - start);
        if (!doc.empty() && doc.back() == '\r') doc.remove_suffix(1);
        if (doc.find_first_not_of(" \t") == std::string_view::npos) {
            if (documents) documents->push_back({line, DocumentKind::cart, true, 0});
        } else {
            LintResult r = linter.lint(doc, options);
            if (documents) documents->push_back({line, r.kind, false, r.diagnostics.size()});
            if (first_document) out.kind = r.kind;
            out.missing_context += r.missing_context;
            first_document = false;
            if (!r.diagnostics.empty() && keep) {
                // A line over the size limit has one finding, at its start: the start is all its
                // excerpt shows (a window of about a hundred characters), so only that is kept.
                constexpr std::size_t excerpt_bytes = 4096;
                keep->push_back({line, first_offset + start, std::string(doc.size() > max_document_bytes ? doc.substr(0, excerpt_bytes) : doc)});
            }
            for (auto& d : r.diagnostics) {
                // A document is one line, unless a repair spans it: keep positions in the stream.
                d.begin.line += line - 1;
                d.end.line += line - 1;
                d.begin.offset += first_offset + start;
                d.end.offset += first_offset + start;
                out.diagnostics.push_back(std::move(d));
            }
        }
        start = end + 1;
    }
    return line - first_line;
}

}  // namespace detail

LintResult lint_ndjson(const Linter& linter, std::string_view text, const LintOptions& options) {
    LintResult out;
    bool first = true;
    detail::lint_ndjson_lines(linter, text, 1, 0, options, out, first, nullptr);
    return out;
}

}  // namespace cartlint
