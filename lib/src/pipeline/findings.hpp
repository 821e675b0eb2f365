#pragma once
// Collects the findings of every stage against source nodes; positions (line, column) are
// resolved once at the end, against the user's original text.

#include "parse/json_document.hpp"

#include <cartlint/diagnostic.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cartlint::detail {

class Findings {
public:
    explicit Findings(const JsonDocument& doc) : doc_(doc) {}

    // The finding spans the value of `node`.
    Diagnostic& at_value(std::uint32_t node, std::string rule, Severity severity, std::string message);
    // The finding spans the member name of `node` (its value when it has no name).
    Diagnostic& at_key(std::uint32_t node, std::string rule, Severity severity, std::string message);

    std::vector<Diagnostic>& list() noexcept { return list_; }
    const JsonDocument& document() const noexcept { return doc_; }

private:
    const JsonDocument& doc_;
    std::vector<Diagnostic> list_;
};

}  // namespace cartlint::detail
