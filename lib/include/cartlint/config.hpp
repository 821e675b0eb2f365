#pragma once
// The .cartlint.json configuration: read, checked against schemas/cartlint-config.schema.json
// (with positions, like any payload), and turned into lint options.

#include <cartlint/diagnostic.hpp>
#include <cartlint/export.hpp>
#include <cartlint/linter.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cartlint {

struct Override {
    std::vector<std::string> files;  // glob patterns
    std::string pointer;             // "" applies to the whole document
    std::vector<RuleSetting> rules;
    std::optional<std::string> customer_country;
    std::optional<std::string> provider_id;
};

struct Config {
    std::vector<RuleSetting> rules;
    std::vector<Override> overrides;
    std::optional<std::string> customer_country;
    std::optional<std::string> provider_id;
    std::optional<DocumentKind> kind;
    // Globs of paths the command leaves out (relative to the configuration's directory; a match
    // on a directory leaves out all below it). Selection only: the library lints what it is given.
    std::vector<std::string> exclude;
};

struct ConfigLoad {
    Config config;
    std::vector<Diagnostic> diagnostics;  // errors make the configuration unusable
    [[nodiscard]] CARTLINT_API bool ok() const noexcept;
};

[[nodiscard]] CARTLINT_API ConfigLoad parse_config(std::string_view text);

// Whether a setting (in .cartlint.json, --rule or LintOptions::rule_settings) may name `id`: a
// rule id, a category ("quirk/*") or "*". The config/… findings are listed like rules but are
// not configurable: each stops the run.
[[nodiscard]] CARTLINT_API bool configurable_rule(std::string_view id) noexcept;

// Whether a glob matches a path: * within a folder, ** across folders, ? one character; a
// pattern without '/' matches the file name in any folder. A leading "./" is ignored on both.
[[nodiscard]] CARTLINT_API bool glob_match(std::string_view pattern, std::string_view path) noexcept;

// The options for one file: the base options, then the configuration's rules and context, then
// each matching override in order.
[[nodiscard]] CARTLINT_API LintOptions options_for(const Config& config, LintOptions base, std::string_view path);

}  // namespace cartlint
