#pragma once
// The explicit, ordered list of rules. A rule exists once it is listed here.

#include "rules/container_rule.hpp"
#include "rules/rule.hpp"

#include <span>
#include <type_traits>

namespace cartlint::detail {

// One entry: a rule of either kind, or a finding that is only documented here and reported by
// the rules that need it (context/…).
class Registered {
public:
    Registered(const DocumentRule& rule) noexcept : doc_(&rule.doc()), document_(&rule) {}
    Registered(const ValueRule& rule) noexcept : doc_(&rule.doc()), value_(&rule) {}
    Registered(const MessageRule& rule) noexcept : doc_(&rule.doc()), message_(&rule) {}
    Registered(const TableRule& rule) noexcept : doc_(&rule.doc()), table_(&rule) {}
    Registered(const RuleDoc& doc) noexcept : doc_(&doc) {}

    const RuleDoc& doc() const noexcept { return *doc_; }
    // The rule, if it is one of that kind.
    template <class Rule>
    const Rule* as() const noexcept {
        if constexpr (std::is_same_v<Rule, ValueRule>) return value_;
        else if constexpr (std::is_same_v<Rule, MessageRule>) return message_;
        else if constexpr (std::is_same_v<Rule, TableRule>) return table_;
        else return document_;
    }

private:
    const RuleDoc* doc_;
    const DocumentRule* document_ = nullptr;
    const ValueRule* value_ = nullptr;
    const MessageRule* message_ = nullptr;
    const TableRule* table_ = nullptr;
};

std::span<const Registered> registry() noexcept;
// The rules of each kind, in registry order.
std::span<const DocumentRule* const> document_rules() noexcept;
std::span<const ValueRule* const> value_rules() noexcept;
// The rules of what holds payloads: HTTP messages (http/) and doc pages' tables (doc/).
std::span<const MessageRule* const> message_rules() noexcept;
std::span<const TableRule* const> table_rules() noexcept;

}  // namespace cartlint::detail
