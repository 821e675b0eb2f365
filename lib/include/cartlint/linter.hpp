#pragma once
// The engine: lint one payload held in memory. Thread-safe: one Linter may serve many threads.

#include <cartlint/diagnostic.hpp>
#include <cartlint/document_kind.hpp>

#include <memory>
#include <string_view>
#include <vector>

namespace cartlint {

struct LintOptions {
    // Which schema applies; `automatic` reads attributes.objectType, then the document's shape.
    DocumentKind kind = DocumentKind::automatic;
};

struct LintResult {
    DocumentKind kind = DocumentKind::cart;  // the kind the document was checked as
    std::vector<Diagnostic> diagnostics;     // in source order

    std::size_t count(Severity severity) const noexcept;
};

class Linter {
public:
    Linter();
    ~Linter();
    Linter(Linter&&) noexcept;
    Linter& operator=(Linter&&) noexcept;

    // Never throws for any input: a fault in the payload is a diagnostic. Embedded NUL bytes and
    // invalid UTF-8 are input like any other.
    LintResult lint(std::string_view text, const LintOptions& options = {}) const;

private:
    struct Impl;
    std::unique_ptr<const Impl> impl_;
};

}  // namespace cartlint
