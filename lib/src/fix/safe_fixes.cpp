// The safe fixes of every finding, applied in rounds until none is left.

#include <cartlint/fix.hpp>

#include <algorithm>
#include <utility>
#include <vector>

namespace cartlint {

FixOutcome apply_safe_fixes(const Linter& linter, std::string_view original, const LintOptions& options) {
    FixOutcome out;
    std::string text(original);
    for (int round = 0; round < 8; ++round) {
        LintResult result = linter.lint(text, options);
        std::vector<const Fix*> fixes;
        for (const auto& d : result.diagnostics)
            if (d.fix && d.fix->safe && !d.fix->edits.empty()) fixes.push_back(&*d.fix);
        // Take whole fixes whose edits overlap no edit already taken.
        std::vector<Edit> edits;
        std::size_t taken = 0;
        for (const Fix* fix : fixes) {
            bool clashes = false;
            for (const Edit& e : fix->edits)
                for (const Edit& t : edits)
                    if (e.offset < t.offset + t.length && t.offset < e.offset + e.length) clashes = true;
                    else if (e.length == 0 && t.length == 0 && e.offset == t.offset) clashes = true;
            if (clashes) continue;
            edits.insert(edits.end(), fix->edits.begin(), fix->edits.end());
            ++taken;
        }
        if (taken == 0) break;
        std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.offset < b.offset; });
        std::string next;
        std::size_t at = 0;
        for (const Edit& e : edits) {
            next.append(text, at, e.offset - at);
            next.append(e.text);
            at = e.offset + e.length;
        }
        next.append(text, at, std::string::npos);
        text = std::move(next);
        out.applied += taken;
    }
    out.text = std::move(text);
    return out;
}

FixOutcome apply_safe_fixes_ndjson(const Linter& linter, std::string_view text, const LintOptions& options) {
    FixOutcome out;
    out.text.reserve(text.size());
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end;
        std::size_t content_end = end;
        if (content_end > start && text[content_end - 1] == '\r') --content_end;  // CRLF: the CR stays with the break
        const std::string_view line = text.substr(start, content_end - start);
        FixOutcome fixed;
        if (line.find_first_not_of(" \t") != std::string_view::npos) fixed = apply_safe_fixes(linter, line, options);
        // A fix that would break the record over lines is not one for a stream.
        if (fixed.applied && fixed.text.find_first_of("\r\n") == std::string::npos) {
            out.text += fixed.text;
            out.applied += fixed.applied;
        } else {
            out.text += line;
        }
        out.text.append(text.substr(content_end, end - content_end));
        if (end < text.size()) out.text += '\n';
        start = end + 1;
    }
    return out;
}

}  // namespace cartlint
