// What holds payloads: an HTTP message (a raw request or response, a .http file's requests) and a
// Markdown doc page (its fenced samples and its property tables). Each body is checked as the
// payload it is, by the same pipeline as a file, and every finding and fix is moved to where the
// body stands in the user's text: a fix edits the body in place and nothing else.

#include "pipeline/linter_impl.hpp"

#include "core/finding_limits.hpp"
#include "core/stage_rule_docs.hpp"
#include "document/http_message.hpp"
#include "document/markdown_page.hpp"
#include "rules/container_rule.hpp"
#include "rules/doc/unterminated_fence.hpp"
#include "rules/http/no_message.hpp"
#include "rules/registry.hpp"
#include "rules/support/endpoint.hpp"
#include "rules/support/property_table.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <string>

namespace cartlint {

using namespace detail;

namespace detail {

DocumentKind container_kind(std::string_view text, DocumentKind asked) noexcept {
    if (asked == DocumentKind::http || asked == DocumentKind::markdown) return asked;
    if (asked != DocumentKind::automatic) return DocumentKind::automatic;
    if (looks_like_http(text)) return DocumentKind::http;
    if (looks_like_markdown(text)) return DocumentKind::markdown;
    return DocumentKind::automatic;
}

}  // namespace detail

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

Span trimmed(std::string_view text, Span s) {
    while (s.begin < s.end && is_space(text[s.begin])) ++s.begin;
    while (s.end > s.begin && is_space(text[s.end - 1])) --s.end;
    return s;
}

// A body's {{variables}} stand for values the client fills in: a whole value ({"quantity": {{n}}})
// is read as a number of the same width, one inside a string stays as it is. Same length, so
// every offset still points into the user's text.
std::string with_placeholders(std::string_view body, std::size_t base, const std::vector<Span>& variables) {
    std::string out(body);
    // One pass over the body, knowing at each variable whether it stands inside a JSON string.
    bool in_string = false;
    std::size_t at = 0;
    for (const Span& v : variables) {  // in text order
        if (v.begin < base + at || v.end > base + body.size()) continue;
        const std::size_t b = v.begin - base, e = v.end - base;
        for (; at < b; ++at) {
            if (out[at] == '\\' && in_string) ++at;
            else if (out[at] == '"') in_string = !in_string;
            else if (out[at] == '\n') in_string = false;  // a string never spans lines
        }
        at = e;
        if (in_string) continue;
        out[b] = '1';
        for (std::size_t i = b + 1; i < e; ++i) out[i] = ' ';
    }
    return out;
}

bool overlaps_any(const std::vector<Span>& spans, std::size_t begin, std::size_t end) {
    for (const Span& v : spans)
        if (begin < v.end && v.begin < std::max(end, begin + 1)) return true;
    return false;
}

// The JSON string around an offset of a body line, so that a finding on a string holding a
// variable ("{{cartId}}") is recognised as one on the variable.
Span string_around(std::string_view text, std::size_t at, Span body) {
    std::size_t b = at, e = at;
    while (b > body.begin && text[b - 1] != '"' && text[b - 1] != '\n') --b;
    while (e < body.end && text[e] != '"' && text[e] != '\n') ++e;
    return {b > body.begin ? b - 1 : b, e < body.end ? e + 1 : e};
}

// Every member name in a sample body: `"name"` followed by a colon.
void collect_member_names(std::string_view body, SampleNames& names) {
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] != '"') continue;
        std::size_t j = i + 1;
        while (j < body.size() && body[j] != '"' && body[j] != '\n') j += body[j] == '\\' ? 2 : 1;
        if (j >= body.size() || body[j] != '"') break;
        std::size_t k = j + 1;
        while (k < body.size() && (body[k] == ' ' || body[k] == '\t')) ++k;
        if (k < body.size() && body[k] == ':' && j - i - 1 <= 64) {
            const std::string_view name = body.substr(i + 1, j - i - 1);
            names[fold_ascii(name)].emplace(name);
        }
        i = j;
    }
}

}  // namespace

namespace {

struct ContainerRun {
    std::function<LintResult(std::string_view, const LintOptions&)> check;  // the payload pipeline
    std::string_view text;
    const LintOptions& options;
    ContainerFindings& out;

    // Checks text[body] as a payload of `kind`; its findings land at their places in `text`.
    void check_body(Span body, DocumentKind kind, const std::vector<Span>& variables) {
        if (body.empty()) return;
        const std::string_view raw = text.substr(body.begin, body.size());
        const std::string substituted = variables.empty() ? std::string() : with_placeholders(raw, body.begin, variables);
        LintOptions inner = options;
        inner.kind = kind;
        inner.rule_settings.clear();  // applied once, to every finding of the text
        LintResult r = check(variables.empty() ? raw : std::string_view(substituted), inner);
        for (Diagnostic& d : r.diagnostics) {
            d.begin.offset += body.begin;
            d.end.offset += body.begin;
            if (!variables.empty()) {
                const Span around = string_around(text, d.begin.offset, body);
                if (overlaps_any(variables, d.begin.offset, d.end.offset) || overlaps_any(variables, around.begin, around.end)) continue;
            }
            if (d.fix) {
                for (Edit& e : d.fix->edits) e.offset += body.begin;
                for (const Edit& e : d.fix->edits)
                    if (overlaps_any(variables, e.offset, e.offset + e.length)) {
                        d.fix.reset();  // never rewrite a variable
                        break;
                    }
            }
            if (++out.seen[d.rule] > findings_per_rule + 1) {  // bounded across bodies too
                ++out.left_out[d.rule];
                continue;
            }
            out.kept.push_back(std::move(d));
        }
    }

    void check_message(const HttpMessage& m) {
        const Endpoint endpoint = classify_endpoint(m, text);
        const MessageContext context{m, text, endpoint};
        for (const MessageRule* rule : message_rules()) rule->check(context, out);
        if (m.body.empty()) return;
        const std::string_view body = text.substr(m.body.begin, m.body.size());
        if (body.starts_with("< ")) return;  // a .http file's body read from a file
        if (const HttpHeader* type = find_header(m, text, "Content-Type")) {
            const std::string_view value = text.substr(type->value.begin, type->value.size());
            if (!value.empty() && value.find("json") == std::string_view::npos && !touches_variable(m, type->value)) return;  // not JSON: http/content-type says so
        }
        const DocumentKind kind = endpoint.known && endpoint.takes_body ? endpoint.body_kind : DocumentKind::automatic;
        check_body(m.body, kind, m.variables);
    }

    // Whether there was a message in it.
    bool check_http(Span within, std::size_t indent) {
        const auto messages = parse_http_messages(text, within.begin, within.end, indent);
        for (const HttpMessage& m : messages) check_message(m);
        return !messages.empty();
    }

    void check_page() {
        const MarkdownPage page = parse_markdown(text);
        SampleNames names;
        for (const CodeFence& fence : page.fences) {
            if (!fence.closed) {
                report_span(out, rules::doc_unterminated_fence(), fence.open_line,
                            "this code block is never closed: the rest of the page is code, and the block was not checked");
                continue;
            }
            const std::string_view body = text.substr(fence.body.begin, fence.body.size());
            const Span content = trimmed(text, fence.body);
            const bool http_label = fence.label == "http" || fence.label == "rest" || fence.label == "httprequest";
            const bool json_label = fence.label == "json" || fence.label == "jsonc";
            const bool unlabelled = fence.label.empty() || fence.label == "text" || fence.label == "console";
            if ((http_label || unlabelled) && looks_like_http(body)) {
                check_http(fence.body, fence.indent);
                for (const HttpMessage& m : parse_http_messages(text, fence.body.begin, fence.body.end, fence.indent))
                    collect_member_names(text.substr(m.body.begin, m.body.size()), names);
            } else if (json_label || ((http_label || unlabelled) && !content.empty() && (text[content.begin] == '{' || text[content.begin] == '['))) {
                check_body(content, DocumentKind::automatic, {});
                collect_member_names(text.substr(content.begin, content.size()), names);
            }
        }
        const SchemaIndex& index = schema_index();
        for (const PipeTable& table : page.tables) {
            const PropertyTableMatch match = match_property_table(table, index);
            const TableContext context{table, text, match.object, match.required_column, names, match.values_of};
            for (const TableRule* rule : table_rules()) rule->check(context, out);
        }
    }
};

}  // namespace

LintResult Linter::Impl::check_container(std::string_view text, DocumentKind container, const LintOptions& options, LeftOut& left_out) const {
    LintResult result;
    result.kind = container;
    try {
        ContainerFindings findings{result.diagnostics, left_out, {}};
        ContainerRun run{[&](std::string_view body, const LintOptions& o) { return check(body, o, left_out); }, text, options, findings};
        if (container == DocumentKind::markdown) run.check_page();
        else if (!run.check_http({0, text.size()}, 0))
            report_span(findings, rules::http_no_message(), {0, 0},
                        "no request line (METHOD target HTTP/1.1) or status line (HTTP/1.1 200 OK) in this text: nothing was checked");
    } catch (const std::bad_alloc&) {
        replace_with_internal_error(result.diagnostics, left_out, std::string(out_of_memory_message));
    } catch (const std::exception& e) {
        replace_with_internal_error(result.diagnostics, left_out, std::string("cartlint failed: ") + e.what());
    }
    apply_rule_settings(options.rule_settings, result.diagnostics);
    return result;
}

}  // namespace cartlint
