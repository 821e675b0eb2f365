#pragma once
// The config/… findings: mistakes in .cartlint.json itself. Listed and explained like the rules,
// but never configurable: any of them stops the run before a payload is read.

#include <cartlint/rules.hpp>

#include <span>

namespace cartlint::detail {

std::span<const RuleDoc> config_rule_docs() noexcept;

}  // namespace cartlint::detail
