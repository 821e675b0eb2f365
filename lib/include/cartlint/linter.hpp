#pragma once
// The engine: lint one payload held in memory. Thread-safe: one Linter may serve many threads.

#include <cartlint/diagnostic.hpp>
#include <cartlint/document_kind.hpp>
#include <cartlint/export.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cartlint {

// A rule's severity where it applies: `rule` is an id or a category ("quirk/*"); no severity
// turns it off. `pointer` limits it to findings at or below that JSON Pointer ("" everywhere).
struct RuleSetting {
    std::string rule;
    std::optional<Severity> severity;
    std::string pointer;
};

// Which engine checks the schema. Both report the same findings (a differential test and a fuzz
// target hold them to it); the native one is many times faster, valijson is the reference.
enum class SchemaEngine { native, valijson };

// Whether this build of the library has the engine: the valijson reference is left out of a
// build configured with CARTLINT_WITH_VALIJSON=OFF (then linting with it reports internal/error).
[[nodiscard]] CARTLINT_API bool has_schema_engine(SchemaEngine engine) noexcept;

enum class ContextHints : std::uint8_t { per_document, summary };

// How many documents needed a piece of context the run did not give, with their context/… hint
// left out of the findings (ContextHints::summary). Counts add up over documents and files.
struct MissingContext {
    std::uint64_t customer_country = 0;  // context/customer-country
    std::uint64_t provider_id = 0;       // context/provider-id

    [[nodiscard]] bool any() const noexcept { return customer_country || provider_id; }
    MissingContext& operator+=(const MissingContext& other) noexcept {
        customer_country += other.customer_country;
        provider_id += other.provider_id;
        return *this;
    }
};

struct LintOptions {
    // Which schema applies; `automatic` reads attributes.objectType, then the document's shape.
    DocumentKind kind = DocumentKind::automatic;

    // Context a payload does not carry. Rules that need a missing piece say so once per document
    // (an info under context/…) instead of guessing; see context_hints for where that goes.
    std::optional<std::string> customer_country;  // ISO 3166-1 alpha-2 of the customer, e.g. "DE"
    std::optional<std::string> provider_id;        // the indirect provider's own partner id
    std::optional<std::chrono::system_clock::time_point> now;  // the clock for expiry; default: system clock

    // Severity changes, applied in order (a later setting wins over an earlier one).
    std::vector<RuleSetting> rule_settings;

    SchemaEngine engine = SchemaEngine::native;

    // Where the context/… hints at info severity go. per_document (the default here): a finding
    // in each document that needs the context. summary: no finding, a count in
    // LintResult::missing_context instead, which a report sums into one note per run (what the
    // command and the C ABI do: on a corpus the same hint per document buries the real findings).
    // A hint the rule settings raised above info stays a finding either way: it was asked to fail.
    ContextHints context_hints = ContextHints::per_document;
};

struct LintResult {
    DocumentKind kind = DocumentKind::cart;  // the kind the document was checked as
    std::vector<Diagnostic> diagnostics;     // in source order
    MissingContext missing_context{};        // hints folded into counts (ContextHints::summary)

    [[nodiscard]] CARTLINT_API std::size_t count(Severity severity) const noexcept;
};

// An RFC 3339 date-time ("2018-03-15T17:15:02Z"), e.g. for LintOptions::now; nothing if malformed
// or outside what system_clock holds (years 1678 to 2261).
[[nodiscard]] CARTLINT_API std::optional<std::chrono::system_clock::time_point> parse_timestamp(std::string_view text);

// The largest document cartlint checks (limit/document-size past it). A reader needs no more
// than this many bytes plus one to know a document is too large.
inline constexpr std::size_t max_document_bytes = std::size_t{64} << 20;

class Linter {
public:
    CARTLINT_API Linter();
    CARTLINT_API ~Linter();
    CARTLINT_API Linter(Linter&&) noexcept;
    CARTLINT_API Linter& operator=(Linter&&) noexcept;

    // Never throws for any input: a fault in the payload is a diagnostic. Embedded NUL bytes and
    // invalid UTF-8 are input like any other. `text` is only read during the call; the result
    // owns everything in it.
    [[nodiscard]] CARTLINT_API LintResult lint(std::string_view text, const LintOptions& options = {}) const;

private:
    struct Impl;
    std::unique_ptr<const Impl> impl_;
};

}  // namespace cartlint
