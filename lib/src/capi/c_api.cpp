// The C ABI (cartlint.h) over the C++ API: the same findings, reports and fixes, in strings a
// client frees with cartlint_free. Nothing here decides a finding: every call is the C++ API's.

#include <cartlint/cartlint.h>

#include <cartlint/config.hpp>
#include <cartlint/document_kind.hpp>
#include <cartlint/fix.hpp>
#include <cartlint/linter.hpp>
#include <cartlint/report.hpp>
#include <cartlint/report_writer.hpp>
#include <cartlint/rule_list.hpp>
#include <cartlint/stream.hpp>
#include <cartlint/version.hpp>

#include "core/json_document.hpp"
#include "core/json_string.hpp"
#include "core/line_index.hpp"
#include "parse/strict_parser.hpp"

#include "capi/file_range.hpp"
#include "capi/malloc_output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

struct cartlint_linter {
    cartlint::Linter linter;
    cartlint::Config config;
    // kind, clock, engine, and the context hints: counted in the report's notes unless asked for per
    // document, as the command does (its reports and these are the same).
    cartlint::LintOptions base = [] {
        cartlint::LintOptions o;
        o.context_hints = cartlint::ContextHints::summary;
        return o;
    }();
    // The run's own context keys: they win over the configuration's, as the command line does.
    std::optional<std::string> customer_country, provider_id;

    // A call's options. A document (not an NDJSON stream) whose kind nothing names takes the kind
    // its path's extension says (.http, .md, …), as the command's files do: a binding lints a page
    // by passing its path.
    cartlint::LintOptions options_for(const char* path, bool stream = false) const {
        cartlint::LintOptions o = cartlint::options_for(config, base, path ? path : "");
        if (customer_country) o.customer_country = customer_country;
        if (provider_id) o.provider_id = provider_id;
        if (o.kind == cartlint::DocumentKind::automatic && !stream && path) o.kind = cartlint::document_kind_for_path(path);
        return o;
    }
};

namespace {

using namespace cartlint;

// A copy the client frees with cartlint_free (free): NUL-terminated, and sized for bytes that
// may hold NUL themselves.
char* give(std::string_view bytes) noexcept {
    char* out = static_cast<char*>(std::malloc(bytes.size() + 1));
    if (!out) return nullptr;
    if (!bytes.empty()) std::memcpy(out, bytes.data(), bytes.size());
    out[bytes.size()] = '\0';
    return out;
}

// The options that are not .cartlint.json's: parse_config calls them unknown properties.
constexpr std::string_view run_keys[] = {"customerCountry", "providerId", "now", "engine", "contextHints"};

bool is_run_key_finding(const Diagnostic& d) {
    if (d.rule != "config/unknown-property") return false;
    for (std::string_view key : run_keys)
        if (d.pointer.size() == key.size() + 1 && d.pointer[0] == '/' && std::string_view(d.pointer).substr(1) == key) return true;
    return false;
}

// The faults of the options, each where it is; said in the order they appear.
struct Fault {
    Position at;
    std::string text;
};
using Faults = std::vector<Fault>;

void add_fault(Faults& faults, const Position& at, std::string_view message, std::string_view rule) {
    faults.push_back({at, fmt::format("options {}:{}: {} [{}]", at.line, at.column, message, rule)});
}

std::string said(Faults faults) {
    std::stable_sort(faults.begin(), faults.end(), [](const Fault& a, const Fault& b) {
        return a.at.line != b.at.line ? a.at.line < b.at.line : a.at.column < b.at.column;
    });
    std::string out;
    for (const Fault& f : faults) out += (out.empty() ? "" : "\n") + f.text;
    return out;
}

// Reads the run's own keys, checking each; faults go to `errors`.
void read_run_keys(std::string_view text, cartlint_linter& l, Faults& errors) {
    detail::JsonDocument doc;
    if (detail::parse_strict(text, doc)) return;  // parse_config has said why
    const detail::Node root = doc.root();
    if (!root.value->IsObject()) return;
    const detail::LineIndex lines(text);
    auto string_of = [&](std::string_view key, detail::Node& node) -> std::optional<std::string> {
        node = doc.member(root, key);
        if (!node) return std::nullopt;
        if (!node.value->IsString()) {
            add_fault(errors, lines.position(doc.map[node.id].begin), fmt::format("{} must be a string", key), "config/type");
            return std::nullopt;
        }
        return std::string(node.value->GetString(), node.value->GetStringLength());
    };
    auto fault = [&](detail::Node node, std::string message) {
        add_fault(errors, lines.position(doc.map[node.id].begin), message, "config/invalid-value");
    };
    detail::Node node;
    if (auto v = string_of("customerCountry", node)) {
        std::string cc = *v;
        for (char& c : cc) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        if (cc.size() == 2 && cc[0] >= 'A' && cc[0] <= 'Z' && cc[1] >= 'A' && cc[1] <= 'Z')
            l.customer_country = cc;
        else
            fault(node, fmt::format("customerCountry is an ISO 3166-1 alpha-2 code such as \"DE\", not \"{}\"", *v));
    }
    if (auto v = string_of("providerId", node)) {
        if (!v->empty() && v->find_first_not_of("0123456789") == std::string::npos)
            l.provider_id = *v;
        else
            fault(node, fmt::format("providerId is a partner id of digits only, not \"{}\"", *v));
    }
    if (auto v = string_of("now", node)) {
        if (auto t = parse_timestamp(*v))
            l.base.now = t;
        else
            fault(node, fmt::format("now is an RFC 3339 date-time between the years 1678 and 2261, such as \"2018-03-15T17:15:02Z\", not \"{}\"", *v));
    }
    if (auto v = string_of("engine", node)) {
        if (*v == "native")
            l.base.engine = SchemaEngine::native;
        else if (*v == "valijson")
            l.base.engine = SchemaEngine::valijson;
        else
            fault(node, fmt::format("engine is \"native\" or \"valijson\", not \"{}\"", *v));
    }
    if (auto v = string_of("contextHints", node)) {
        if (*v == "summary")
            l.base.context_hints = ContextHints::summary;
        else if (*v == "perDocument")
            l.base.context_hints = ContextHints::per_document;
        else
            fault(node, fmt::format("contextHints is \"summary\" or \"perDocument\", not \"{}\"", *v));
    }
}

// A stream's piece as the whole stream's: its lines start at `lines_before` + 1, its bytes at
// `bytes_before`. A fix's edits stay as they are: in a stream they count from their own line.
void shift_positions(FileResult& part, std::uint64_t lines_before, std::uint64_t bytes_before) {
    for (StreamDocument& doc : part.documents) doc.line += lines_before;
    for (Diagnostic& d : part.result.diagnostics) {
        d.begin.line += lines_before, d.end.line += lines_before;
        d.begin.offset += bytes_before, d.end.offset += bytes_before;
    }
}

std::string summary_json(const ReportTotals& totals) {
    std::ostringstream out;
    out << "{\"documents\":" << totals.documents << ",\"errors\":" << totals.errors << ",\"warnings\":" << totals.warnings
        << ",\"infos\":" << totals.infos << ",\"notes\":[";
    const std::vector<ReportNote> notes = report_notes(totals.missing_context);
    for (std::size_t i = 0; i < notes.size(); ++i) {
        out << (i ? "," : "") << "{\"rule\":\"" << notes[i].rule << "\",\"documents\":" << notes[i].documents << ",\"message\":";
        detail::write_json_string(out, notes[i].message);
        out << '}';
    }
    out << "]}";
    return std::move(out).str();
}

// A stream read from the caller's memory, as a file would be read.
StreamSource memory_source(std::string_view bytes) {
    return [bytes, read = std::size_t{0}](char* buffer, std::size_t capacity, std::string&) mutable {
        const std::size_t n = std::min(capacity, bytes.size() - read);
        if (n) std::memcpy(buffer, bytes.data() + read, n);
        read += n;
        return n;
    };
}

// The NDJSON filter's lines for a stream read from `source`, in a block handed to the caller: the
// stream's lines numbered from first_line, its bytes from first_offset. A read error sets
// *read_failure (when given) and gives NULL: a part of a range's report is no report of it.
char* ndjson_report(const cartlint_linter& linter, const StreamSource& source, std::size_t expected, const char* path,
                    std::uint64_t first_line, std::uint64_t first_offset, unsigned jobs, size_t* report_length, char** summary,
                    std::string* read_failure) noexcept {
    try {
        if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
        detail::MallocOutput buffer(expected);
        std::ostream out(&buffer);
        out.exceptions(std::ios::badbit);
        ReportWriter writer(ReportFormat::ndjson, out);
        writer.begin_file(path ? path : "-", true);
        // The ndjson format shows no source line: the chunks need keep none.
        const StreamEnd end = lint_ndjson_chunks(
            linter.linter, source,
            [&](StreamChunk& chunk) {
                FileResult part;
                part.documents = std::move(chunk.documents);
                part.result = std::move(chunk.result);
                shift_positions(part, first_line - 1, first_offset);
                writer.piece(part);
                return true;
            },
            linter.options_for(path, true), jobs, false);  // a stream: no kind from the path's extension
        if (end.error) {
            if (read_failure) *read_failure = *end.error;
            return nullptr;
        }
        writer.end_file();
        writer.finish();
        std::string counts = summary ? summary_json(writer.totals()) : std::string();
        char* report = buffer.release(report_length);  // last to throw: nothing is handed over before it
        if (summary && !(*summary = give(counts))) {
            std::free(report);
            *report_length = 0;
            return nullptr;
        }
        return report;
    } catch (...) {  // std::bad_alloc, or std::system_error when the threads cannot start
        *report_length = 0;
        return nullptr;
    }
}

// What `write` writes to the stream it is given, in a block handed to the caller (MallocOutput).
template <typename Write>
char* written(Write&& write, std::size_t expected = 256, std::size_t* length = nullptr) {
    detail::MallocOutput buffer(expected);
    std::ostream out(&buffer);
    out.exceptions(std::ios::badbit);  // a failed allocation is thrown, never a truncated report
    write(out);
    return buffer.release(length);
}

char* one_file_report(const std::string& path, std::string_view text, LintResult result) {
    std::vector<FileResult> files(1);
    files[0].path = path;
    files[0].text = text;
    files[0].result = std::move(result);
    return written([&](std::ostream& out) { write_json(out, files); });
}

}  // namespace

extern "C" {

const char* cartlint_version(void) { return CARTLINT_VERSION_STRING; }

cartlint_linter* cartlint_linter_new(const char* options_json, char** error) {
    if (error) *error = nullptr;
    try {
        auto l = std::make_unique<cartlint_linter>();
        if (options_json) {
            const std::string_view text(options_json);
            ConfigLoad load = parse_config(text);
            Faults errors;
            for (const Diagnostic& d : load.diagnostics)
                if (d.severity == Severity::error && !is_run_key_finding(d)) add_fault(errors, d.begin, d.message, d.rule);
            read_run_keys(text, *l, errors);
            if (!errors.empty()) {
                if (error) *error = give(said(std::move(errors)));
                return nullptr;
            }
            l->config = std::move(load.config);
            if (l->config.kind) l->base.kind = *l->config.kind;
        }
        return l.release();
    } catch (...) {  // only std::bad_alloc can come this far
        if (error) *error = give("cartlint ran out of memory");
        return nullptr;
    }
}

void cartlint_linter_free(cartlint_linter* linter) { delete linter; }

char* cartlint_lint(const cartlint_linter* linter, const char* text, size_t length, const char* path) {
    if (!linter || (!text && length)) return nullptr;
    try {
        const std::string_view bytes(text ? text : "", length);
        return one_file_report(path ? path : "-", bytes, linter->linter.lint(bytes, linter->options_for(path)));
    } catch (...) {
        return nullptr;
    }
}

char* cartlint_lint_ndjson(const cartlint_linter* linter, const char* text, size_t length, const char* path) {
    if (!linter || (!text && length)) return nullptr;
    try {
        const std::string_view bytes(text ? text : "", length);
        return one_file_report(path ? path : "-", bytes, lint_ndjson(linter->linter, bytes, linter->options_for(path, true)));
    } catch (...) {
        return nullptr;
    }
}

char* cartlint_lint_ndjson_parallel(const cartlint_linter* linter, const char* text, size_t length, const char* path,
                                   unsigned jobs) {
    if (!linter || (!text && length)) return nullptr;
    try {
        const std::string_view bytes(text ? text : "", length);
        if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
        // The stream reader batches and merges in stream order; here its source is the caller's memory.
        const StreamSource source = memory_source(bytes);
        StreamResult streamed = lint_ndjson_stream(linter->linter, source, linter->options_for(path, true), jobs);
        return one_file_report(path ? path : "-", bytes, std::move(streamed.result));
    } catch (...) {  // std::bad_alloc, or std::system_error when the threads cannot start
        return nullptr;
    }
}

namespace {

// Threads joined on the way out, thrown or not: what std::jthread does, which the libc++ of
// Emscripten's build (bindings/wasm) does not have yet.
struct JoiningThreads {
    std::vector<std::thread> threads;
    JoiningThreads() = default;
    JoiningThreads(const JoiningThreads&) = delete;
    JoiningThreads& operator=(const JoiningThreads&) = delete;
    ~JoiningThreads() {
        for (std::thread& t : threads)
            if (t.joinable()) t.join();
    }
};

}  // namespace

char* cartlint_lint_many(const cartlint_linter* linter, const char* const* texts, const size_t* lengths, size_t count,
                         const char* path, unsigned jobs) {
    if (!linter || (count && (!texts || !lengths))) return nullptr;
    for (size_t i = 0; i < count; ++i)
        if (!texts[i] && lengths[i]) return nullptr;
    try {
        const std::string name = path ? path : "-";
        const LintOptions options = linter->options_for(path);
        std::vector<FileResult> files(count);
        // Threads take small runs of documents as they free up, so one large document does not
        // leave the others idle; each entry is written by one thread only.
        constexpr size_t run = 16;
        std::atomic<size_t> next{0};
        auto lint_runs = [&] {
            for (size_t begin; (begin = next.fetch_add(run)) < count;)
                for (size_t i = begin, end = std::min(count, begin + run); i < end; ++i) {
                    const std::string_view bytes(texts[i] ? texts[i] : "", lengths[i]);
                    files[i].path = name;
                    files[i].text = bytes;
                    files[i].result = linter->linter.lint(bytes, options);
                }
        };
        if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
        const size_t helpers = std::min<size_t>(jobs, (count + run - 1) / run);
        std::vector<std::exception_ptr> failures(helpers);
        {
            JoiningThreads helper_threads;
            for (size_t t = 1; t < helpers; ++t)
                helper_threads.threads.emplace_back([&, t] {
                    try {
                        lint_runs();
                    } catch (...) {
                        failures[t] = std::current_exception();
                    }
                });
            lint_runs();
        }
        for (const std::exception_ptr& failure : failures)
            if (failure) std::rethrow_exception(failure);
        return written([&](std::ostream& out) { write_json(out, files); });
    } catch (...) {  // std::bad_alloc, or std::system_error when the threads cannot start
        return nullptr;
    }
}

char* cartlint_ndjson_report(const cartlint_linter* linter, const char* text, size_t length, const char* path,
                             uint64_t first_line, uint64_t first_offset, unsigned jobs, size_t* report_length, char** summary) {
    if (summary) *summary = nullptr;
    if (report_length) *report_length = 0;
    if (!linter || (!text && length) || !report_length || first_line == 0) return nullptr;
    const std::string_view bytes(text ? text : "", length);
    // About a sixteenth of the input for a clean stream's lines: the block grows from there.
    return ndjson_report(*linter, memory_source(bytes), bytes.size() / 16 + 256, path, first_line, first_offset, jobs, report_length,
                         summary, nullptr);
}

char* cartlint_ndjson_report_file(const cartlint_linter* linter, const char* file, uint64_t offset, uint64_t length, const char* path,
                                  uint64_t first_line, unsigned jobs, size_t* report_length, char** summary, char** error) {
    if (summary) *summary = nullptr;
    if (error) *error = nullptr;
    if (report_length) *report_length = 0;
    if (!linter || !file || !report_length || first_line == 0) return nullptr;
    std::string failure;
    try {
        const detail::FileRange range = detail::open_file_range(file, offset, length, failure);
        if (!range) {
            if (error) *error = give(failure);
            return nullptr;
        }
        // The expected report: a sixteenth of what the range holds, at most a sixteenth of a
        // gigabyte (a range "to the end" of a huge file must not reserve it all).
        const std::uint64_t expected = std::min<std::uint64_t>(range.length(), std::uint64_t{1} << 30) / 16 + 256;
        char* report = ndjson_report(*linter, range.source(), static_cast<std::size_t>(expected), path ? path : file, first_line, offset,
                                     jobs, report_length, summary, &failure);
        if (!report && error && !failure.empty()) *error = give(std::string("cannot read ") + file + ": " + failure);
        return report;
    } catch (...) {  // std::bad_alloc making the message
        return nullptr;
    }
}

char* cartlint_fix(const cartlint_linter* linter, const char* text, size_t length, const char* path, int ndjson,
                   size_t* fixed_length) {
    if (fixed_length) *fixed_length = 0;
    if (!linter || (!text && length)) return nullptr;
    try {
        const std::string_view bytes(text ? text : "", length);
        const LintOptions options = linter->options_for(path, ndjson != 0);
        FixOutcome fixed = ndjson ? apply_safe_fixes_ndjson(linter->linter, bytes, options)
                                  : apply_safe_fixes(linter->linter, bytes, options);
        char* out = give(fixed.text);
        if (out && fixed_length) *fixed_length = fixed.text.size();
        return out;
    } catch (...) {
        return nullptr;
    }
}

char* cartlint_rules(void) {
    try {
        std::ostringstream out;
        write_rule_list(out, RuleListFormat::json);
        return give(std::move(out).str());
    } catch (...) {
        return nullptr;
    }
}

void cartlint_free(void* p) { std::free(p); }

}  // extern "C"
