#include "cli_options.hpp"

#include <cartlint/config.hpp>
#include <cartlint/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace cartlint::cli {
namespace {

// Every name --kind takes, in the library's order (its enumerators run 0 … document_kind_count - 1).
std::vector<std::string_view> kind_names() {
    std::vector<std::string_view> names;
    for (int i = 0; i < document_kind_count; ++i) names.push_back(to_string(static_cast<DocumentKind>(i)));
    return names;
}

// "auto (default), cart, …, order or order-collection"
std::string kinds_for_usage() {
    const std::vector<std::string_view> names = kind_names();
    const std::string_view default_name = to_string(LintOptions{}.kind);
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += names[i];
        if (names[i] == default_name) out += " (default)";
    }
    return out;
}

// "auto, cart, …, order-collection"
std::string kinds_for_error() {
    std::string out;
    for (std::string_view name : kind_names()) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

std::optional<OutputFormat> parse_format_name(std::string_view name) {
    if (name == "text") return OutputFormat::text;
    if (name == "json") return OutputFormat::json;
    if (name == "sarif") return OutputFormat::sarif;
    if (name == "github") return OutputFormat::github;
    if (name == "junit") return OutputFormat::junit;
    if (name == "ndjson") return OutputFormat::ndjson;
    if (name == "gitlab") return OutputFormat::gitlab;
    if (name == "checkstyle") return OutputFormat::checkstyle;
    if (name == "azure") return OutputFormat::azure;
    if (name == "rdjson") return OutputFormat::rdjson;
    if (name == "markdown") return OutputFormat::markdown;
    return std::nullopt;
}

}  // namespace

const std::string usage_text = fmt::format(R"(Usage: cartlint [options] FILE|DIR|GLOB|-...

Checks Partner Center cart payloads (carts, cart line items, checkout results, orders) against
the schemas and rules derived from the documentation and the SDKs. A directory is searched
recursively for *.json files; a quoted glob ('payloads/**/*.json') is expanded by cartlint;
- reads standard input.

Options:
  --format FORMAT   text (default), json, sarif (SARIF 2.1.0), github (workflow commands), junit,
                    ndjson (a JSON object a line: one per file, or with --ndjson one per input
                    line, blank ones too; the summary goes to standard error), gitlab (Code
                    Quality JSON), checkstyle (XML), azure (Azure Pipelines logging commands)
                    or rdjson (reviewdog, safe fixes as suggestions); FORMAT:FILE writes that
                    format to FILE beside the main report (repeatable: --format sarif:out.sarif
                    --format github)
  --output FILE     write the report to FILE instead of standard output
  --fail-on LEVEL   error (default), warning or info: the least severity that fails the run
  --max-warnings N  also exit 1 when the run has more than N warnings (whatever --fail-on says)
  --quiet           report errors only (the exit code still follows --fail-on)
  --baseline FILE   report only the findings FILE does not hold (a finding is known by its rule,
                    file and JSON pointer, so edits elsewhere do not make it new); the rest are
                    counted in the summary, and do not fail the run
  --write-baseline FILE
                    write every finding of this run to FILE as a baseline (with --baseline too:
                    the baseline refreshed, fixed findings dropped); the run then exits 0
                    unless an input or FILE could not be read or written
  --ext LIST        extensions a directory contributes, comma-separated (default: json)
  --ndjson          each line of an input is its own document (findings keep the stream's lines)
  --stdin-filename NAME
                    the name reports give standard input
  --stats           for corpus runs: inputs per verdict, findings per rule, the slowest inputs,
                    instead of the findings themselves
  --jobs N          lint N files at once (default: one per core); output order stays the input order
  --config FILE     read the configuration from FILE for every file (default: for each file, the
                    .cartlint.json in its directory or the nearest parent directory that has one)
  --no-config       ignore configuration files
  --exclude GLOB    leave out the paths GLOB matches (relative to the working directory; a
                    directory that matches is not searched); repeatable
  --rule ID=LEVEL   set a rule's severity: off, info, warning or error; ID may be a category
                    ("quirk/*"); repeatable; wins over the configuration
  --kind KIND       {}
  --customer-country CC
                    ISO 3166-1 alpha-2 country of the customer (checks the EU/EFTA reseller rule)
  --provider-id ID  the indirect provider's own partner id (never allowed as a reseller)
  --context-hints WHERE
                    summary (default): a check that needs --customer-country or --provider-id
                    says so once, counted, in the run's summary; per-document: as an info
                    finding (context/…) in each document that needs it
  --now TIME        the clock for cart expiry, RFC 3339 (default: the system clock)
  --engine ENGINE   native (default) or valijson: the schema engine; both report the same
                    findings, valijson (the reference) is much slower
  --fix             rewrite each file with every safe fix applied (syntax, names; never a value),
                    atomically, then report what remains
  --fix-dry-run     print the safe fixes as a unified diff; change nothing
  --list-rules      list every rule (id, default severity, summary); with --format json as JSON, with
                    --format markdown as the README's table (with what the service does)
  --explain RULE    explain a rule, with an example that triggers it and its correction
  --color WHEN      auto (default: only on a terminal, unless NO_COLOR is set), always or never
  --help            show this help and exit
  --version         show the version and exit

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or I/O error
(a closed standard output included: `cartlint ... | head` ends with 2, silently).
)", kinds_for_usage());

// Parsed by hand rather than with Debian's libcli11-dev: every usage error here is worded for this
// tool (what was wrong, and what is known), exits 2 and is tested as such, and several options
// are checked against the library's own tables (rule ids, kinds, formats). CLI11 would reword
// those errors, print its own help layout, and add a large header-only dependency to the build for
// what is one linear pass over the arguments.
ParseOutcome parse_options(const std::vector<std::string>& args) {
    ParseOutcome out;
    Options& o = out.options;
    bool only_files = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        if (only_files || arg == "-" || arg.empty() || arg[0] != '-') {
            o.inputs.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_files = true;
            continue;
        }
        std::optional<std::string> inline_value;
        if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            inline_value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        }
        auto value = [&]() -> std::optional<std::string> {
            if (inline_value) return inline_value;
            if (i + 1 < args.size()) return args[++i];
            out.error = fmt::format("option '{}' needs a value", arg);
            return std::nullopt;
        };
        if (arg == "--help" || arg == "-h") {
            o.help = true;
        } else if (arg == "--version") {
            o.version = true;
        } else if (arg == "--format") {
            auto v = value();
            if (!v) return out;
            const std::size_t colon = v->find(':');
            const std::string name = v->substr(0, colon);
            const auto format = parse_format_name(name);
            if (!format) return out.error = fmt::format("unknown format '{}' (known: text, json, sarif, github, junit, ndjson, gitlab, checkstyle, azure, rdjson)", name), out;
            if (colon == std::string::npos) {
                o.format = *format;
            } else {
                if (*format == OutputFormat::markdown) return out.error = "--format markdown is for --list-rules; it cannot be written to a file", out;
                if (colon + 1 == v->size()) return out.error = fmt::format("--format {}: names no file after the colon", *v), out;
                o.format_files.push_back({*format, v->substr(colon + 1)});
            }
        } else if (arg == "--output" || arg == "-o") {
            auto v = value();
            if (!v) return out;
            o.output = *v;
        } else if (arg == "--baseline" || arg == "--write-baseline") {
            auto v = value();
            if (!v) return out;
            if (v->empty()) return out.error = fmt::format("{} takes a file name", arg), out;
            (arg == "--baseline" ? o.baseline : o.write_baseline) = *v;
        } else if (arg == "--fail-on") {
            auto v = value();
            if (!v) return out;
            auto level = parse_severity(*v);
            if (!level) return out.error = fmt::format("--fail-on takes error, warning or info, not '{}'", *v), out;
            o.fail_on = *level;
        } else if (arg == "--max-warnings") {
            auto v = value();
            if (!v) return out;
            std::uint64_t n = 0;
            auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
            if (v->empty() || ec != std::errc() || end != v->data() + v->size())
                return out.error = fmt::format("--max-warnings takes a number of warnings (0 or more), not '{}'", *v), out;
            o.max_warnings = n;
        } else if (arg == "--quiet" || arg == "-q") {
            o.quiet = true;
        } else if (arg == "--kind") {
            auto v = value();
            if (!v) return out;
            auto kind = parse_document_kind(*v);
            if (!kind) return out.error = fmt::format("unknown kind '{}' (known: {})", *v, kinds_for_error()), out;
            o.lint.kind = *kind;
        } else if (arg == "--customer-country") {
            auto v = value();
            if (!v) return out;
            std::string cc = *v;
            for (char& c : cc) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            if (cc.size() != 2 || !std::isalpha(static_cast<unsigned char>(cc[0])) || !std::isalpha(static_cast<unsigned char>(cc[1])))
                return out.error = fmt::format("--customer-country takes an ISO 3166-1 alpha-2 code such as DE, not '{}'", *v), out;
            o.lint.customer_country = cc;
        } else if (arg == "--provider-id") {
            auto v = value();
            if (!v) return out;
            if (v->empty() || v->find_first_not_of("0123456789") != std::string::npos)
                return out.error = fmt::format("--provider-id takes a partner id of digits only, not '{}'", *v), out;
            o.lint.provider_id = *v;
        } else if (arg == "--now") {
            auto v = value();
            if (!v) return out;
            auto now = parse_timestamp(*v);
            if (!now) return out.error = fmt::format("--now takes an RFC 3339 date-time between the years 1678 and 2261, such as 2018-03-16T00:00:00Z, not '{}'", *v), out;
            o.lint.now = *now;
        } else if (arg == "--engine") {
            auto v = value();
            if (!v) return out;
            if (*v == "native") o.lint.engine = SchemaEngine::native;
            else if (*v == "valijson" && has_schema_engine(SchemaEngine::valijson)) o.lint.engine = SchemaEngine::valijson;
            else if (*v == "valijson") return out.error = "--engine valijson: this cartlint was built without it (CARTLINT_WITH_VALIJSON=OFF)", out;
            else return out.error = fmt::format("--engine takes native or valijson, not '{}'", *v), out;
        } else if (arg == "--context-hints") {
            auto v = value();
            if (!v) return out;
            if (*v == "summary") o.lint.context_hints = ContextHints::summary;
            else if (*v == "per-document") o.lint.context_hints = ContextHints::per_document;
            else return out.error = fmt::format("--context-hints takes summary or per-document, not '{}'", *v), out;
        } else if (arg == "--config" || arg == "-c") {
            auto v = value();
            if (!v) return out;
            o.config_path = *v;
        } else if (arg == "--no-config") {
            o.no_config = true;
        } else if (arg == "--exclude") {
            auto v = value();
            if (!v) return out;
            if (v->empty()) return out.error = "--exclude needs a glob", out;
            o.exclude.push_back(*v);
        } else if (arg == "--rule") {
            auto v = value();
            if (!v) return out;
            auto eq = v->rfind('=');
            std::string id = eq == std::string::npos ? "" : v->substr(0, eq), level = eq == std::string::npos ? "" : v->substr(eq + 1);
            auto severity = parse_severity(level);
            if (id.empty() || (level != "off" && !severity))
                return out.error = fmt::format("--rule takes ID=LEVEL with LEVEL off, info, warning or error, not '{}'", *v), out;
            if (!configurable_rule(id)) return out.error = fmt::format("--rule: no rule '{}' (see cartlint --list-rules)", id), out;
            o.lint.rule_settings.push_back({id, level == "off" ? std::nullopt : severity, ""});
        } else if (arg == "--stats") {
            o.stats = true;
        } else if (arg == "--ndjson") {
            o.ndjson = true;
        } else if (arg == "--ext") {
            auto v = value();
            if (!v) return out;
            o.extensions.clear();
            for (std::size_t start = 0; start <= v->size();) {
                std::size_t end = v->find(',', start);
                if (end == std::string::npos) end = v->size();
                std::string ext = v->substr(start, end - start);
                if (!ext.empty() && ext[0] == '.') ext.erase(0, 1);
                if (!ext.empty()) o.extensions.push_back(ext);
                start = end + 1;
            }
            if (o.extensions.empty()) return out.error = "--ext needs at least one extension", out;
        } else if (arg == "--stdin-filename") {
            auto v = value();
            if (!v) return out;
            o.stdin_filename = *v;
        } else if (arg == "--jobs" || arg == "-j") {
            auto v = value();
            if (!v) return out;
            unsigned n = 0;
            auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
            if (ec != std::errc() || end != v->data() + v->size() || n == 0 || n > 1024)
                return out.error = fmt::format("--jobs takes a number from 1 to 1024, not '{}'", *v), out;
            o.jobs = n;
        } else if (arg == "--fix") {
            o.fix = true;
        } else if (arg == "--fix-dry-run") {
            o.fix_dry_run = true;
        } else if (arg == "--list-rules") {
            o.list_rules = true;
        } else if (arg == "--explain") {
            auto v = value();
            if (!v) return out;
            o.explain = *v;
        } else if (arg == "--color") {
            auto v = value();
            if (!v) return out;
            if (*v == "auto") o.color = ColorMode::automatic;
            else if (*v == "always") o.color = ColorMode::always;
            else if (*v == "never") o.color = ColorMode::never;
            else return out.error = fmt::format("unknown --color value '{}' (known: auto, always, never)", *v), out;
        } else {
            out.error = fmt::format("unknown option '{}'", arg);
            return out;
        }
    }
    if (o.fix && o.fix_dry_run) out.error = "--fix and --fix-dry-run exclude each other";
    if (o.fix && std::find(o.inputs.begin(), o.inputs.end(), "-") != o.inputs.end())
        out.error = "--fix rewrites files; for standard input use --fix-dry-run";
    if (o.format == OutputFormat::markdown && !o.list_rules && !o.help && !o.version)
        out.error = "--format markdown is for --list-rules (the README's rule table); reports are text, json, sarif, github, junit, ndjson, gitlab, checkstyle, azure or rdjson";
    else if (!o.help && !o.version && !o.list_rules && !o.explain && o.inputs.empty()) out.error = "no input: name one or more files, or - for standard input";
    return out;
}

}  // namespace cartlint::cli
