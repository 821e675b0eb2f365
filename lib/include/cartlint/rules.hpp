#pragma once
// The documentation of every rule cartlint can report: for --list-rules, --explain, SARIF rule
// metadata and the README. The rules themselves stay private to the library.

#include <cartlint/diagnostic.hpp>
#include <cartlint/export.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#if __cplusplus >= 202002L && __has_include(<span>)
#include <span>
#endif

namespace cartlint {

// What the Partner Center service does with a payload that has the finding. A rule's severity
// follows from it, and a test holds every rule to that: the request fails or the order comes out
// wrong -> error; the service takes it, but it is fragile, not the API's form, or nobody has
// verified what the service does -> warning; advice about the run -> info.
enum class ServiceResponse : std::uint8_t {
    rejects,     // the request fails (an error code, a 400)
    misreads,    // the service takes it but reads something other than what was written
    unchecked,   // cartlint could not check the document (a limit, an unreadable file, a bug)
    accepts,     // taken as meant, but fragile or not the API's documented form
    unverified,  // what the service does is neither documented nor verified (the text says so)
    reports,     // the document is the service's own answer and reports a failure
    advice,      // nothing wrong with the payload: a check the run could not make
};

[[nodiscard]] constexpr Severity severity_for(ServiceResponse response) noexcept {
    switch (response) {
        case ServiceResponse::rejects:
        case ServiceResponse::misreads:
        case ServiceResponse::unchecked: return Severity::error;
        case ServiceResponse::accepts:
        case ServiceResponse::unverified:
        case ServiceResponse::reports: return Severity::warning;
        case ServiceResponse::advice: break;
    }
    return Severity::info;
}

[[nodiscard]] CARTLINT_API std::string_view to_string(ServiceResponse response) noexcept;  // "rejects", "misreads", …

struct RuleDoc {
    std::string_view id;           // "category/name"; for a checked rule, also its source file's stem
    Severity severity;             // the default severity
    std::string_view summary;      // one line
    std::string_view explanation;  // why, citing the doc page or SDK fact it rests on
    std::string_view bad;          // an example that triggers it (JSON fragment)
    std::string_view good;         // the same example, corrected
    ServiceResponse service = ServiceResponse::unverified;
    std::string_view service_says; // what the service does with such a payload, and the evidence
};

// A read-only view of the rule table, which lives as long as the program: std::span's job, kept
// to what this header can say in C++17 (a C++20 client may take it as a std::span).
class RuleDocs {
public:
    constexpr RuleDocs() noexcept = default;
    constexpr RuleDocs(const RuleDoc* data, std::size_t size) noexcept : data_(data), size_(size) {}
    [[nodiscard]] constexpr const RuleDoc* begin() const noexcept { return data_; }
    [[nodiscard]] constexpr const RuleDoc* end() const noexcept { return data_ + size_; }
    [[nodiscard]] constexpr const RuleDoc* data() const noexcept { return data_; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] constexpr const RuleDoc& operator[](std::size_t i) const noexcept { return data_[i]; }
#if __cplusplus >= 202002L && __has_include(<span>)
    constexpr operator std::span<const RuleDoc>() const noexcept { return {data_, size_}; }
#endif

private:
    const RuleDoc* data_ = nullptr;
    std::size_t size_ = 0;
};

// Every rule, in registry order: syntax, limits, schema, then the checked rules by category.
[[nodiscard]] CARTLINT_API RuleDocs rule_docs() noexcept;
// The rule with that id, or null; it lives as long as the program.
[[nodiscard]] CARTLINT_API const RuleDoc* find_rule_doc(std::string_view id) noexcept;

}  // namespace cartlint
