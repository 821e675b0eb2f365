// Reading .cartlint.json: the schema gives the shape (with positions); this adds what a schema
// cannot say (known rule ids, country and partner id shapes) and builds the Config.

#include <cartlint/config.hpp>
#include <cartlint/rules.hpp>

#include "core/line_index.hpp"
#include "parse/strict_parser.hpp"
#include "core/findings.hpp"
#include "core/spelling.hpp"
#include "core/stage_rule_docs.hpp"
#include "schema/schema_index.hpp"
#include "schema/native_validator.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <set>

namespace cartlint {

using namespace detail;

namespace {

// The configuration's own findings: documented like rules, but each stops the run.
bool about_this_file(std::string_view id) { return id.starts_with("config/"); }

}  // namespace

bool configurable_rule(std::string_view id) noexcept {
    if (about_this_file(id)) return false;
    if (id == "*" || find_rule_doc(id)) return true;
    if (id.size() > 2 && id.ends_with("/*")) {
        const std::string_view category = id.substr(0, id.size() - 1);  // "quirk/"
        for (const auto& r : rule_docs())
            if (r.id.starts_with(category)) return true;
    }
    return false;
}

bool ConfigLoad::ok() const noexcept {
    for (const auto& d : diagnostics)
        if (d.severity == Severity::error) return false;
    return true;
}

namespace {

// A finding about the configuration itself: it stops the run (config/… RuleDocs).
Reporter config_finding(std::string_view id) noexcept { return {id, default_severity(id), SchemaVerdict::unrelated}; }

std::string_view sv(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

std::vector<RuleSetting> read_rules(const JsonDocument& doc, Node rules, const std::string& pointer, Findings& findings) {
    std::vector<RuleSetting> out;
    if (!rules || !rules.value->IsObject()) return out;
    std::vector<std::string_view> ids;
    for (const auto& r : rule_docs())
        if (!about_this_file(r.id)) ids.push_back(r.id);
    // Members and their nodes side by side (looking a node up by ordinal would cost the ordinal).
    std::uint32_t id_of_member = rules.id + 1;
    for (auto m = rules.value->MemberBegin(); m != rules.value->MemberEnd(); ++m, id_of_member = doc.map[id_of_member].next) {
        std::string_view id = sv(m->name);
        if (!configurable_rule(id)) {
            std::string message = about_this_file(id)
                                      ? fmt::format("'{}' is about this file itself and cannot be configured: every config/… finding stops the run", id)
                                      : fmt::format("no rule '{}' (see cartlint --list-rules)", id);
            if (auto guess = closest_name(id, ids)) message += fmt::format("; did you mean '{}'?", *guess);
            findings.at_key(id_of_member, config_finding("config/unknown-rule"), std::move(message));
            continue;
        }
        if (!m->value.IsString()) continue;  // the schema reported it
        std::string_view level = sv(m->value);
        out.push_back({std::string(id), level == "off" ? std::nullopt : parse_severity(level), pointer});
    }
    return out;
}

void read_context(const JsonDocument& doc, Node context, std::optional<std::string>& country, std::optional<std::string>& provider,
                  Findings& findings) {
    if (Node cc = doc.member(context, "customerCountry"); cc && cc.value->IsString()) {
        std::string v(sv(*cc.value));
        for (char& c : v) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (v.size() == 2 && std::isalpha(static_cast<unsigned char>(v[0])) && std::isalpha(static_cast<unsigned char>(v[1])))
            country = v;
        else
            findings.at_value(cc.id, config_finding("config/invalid-value"),
                              fmt::format("customerCountry is an ISO 3166-1 alpha-2 code such as \"DE\", not \"{}\"", sv(*cc.value)));
    }
    if (Node id = doc.member(context, "providerId"); id && id.value->IsString()) {
        std::string_view v = sv(*id.value);
        if (!v.empty() && v.find_first_not_of("0123456789") == std::string_view::npos)
            provider = std::string(v);
        else
            findings.at_value(id.id, config_finding("config/invalid-value"),
                              fmt::format("providerId is a partner id of digits only, not \"{}\"", v));
    }
}

}  // namespace

// Every name that repeats in an object of the configuration: JSON readers disagree on which one
// wins, so a repeated setting is an error, not a silent choice.
void report_repeated_names(const JsonDocument& doc, Node node, Findings& findings) {
    if (!node) return;
    if (node.value->IsObject()) {
        std::vector<std::string_view> seen;
        doc.for_each_child(node, [&](std::uint32_t ordinal, Node child) {
            const auto& name = (node.value->MemberBegin() + ordinal)->name;
            const std::string_view n(name.GetString(), name.GetStringLength());
            if (std::find(seen.begin(), seen.end(), n) != seen.end())
                findings.at_key(child.id, config_finding("config/duplicate-key"),
                                fmt::format("'{}' is set twice in this object; keep one", std::string(n)));
            seen.push_back(n);
        });
    }
    doc.for_each_child(node, [&](std::uint32_t, Node child) { report_repeated_names(doc, child, findings); });
}

ConfigLoad parse_config(std::string_view input) {
    ConfigLoad load;
    JsonDocument doc;
    // Editors on Windows save a UTF-8 byte order mark: read it as white space (positions unchanged).
    std::string without_bom;
    std::string_view text = input;
    if (input.substr(0, 3) == "\xEF\xBB\xBF") {
        without_bom = "   " + std::string(input.substr(3));
        text = without_bom;
    }
    if (auto fault = parse_strict(text, doc)) {
        Diagnostic d;
        d.rule = fault->rule;
        d.message = fault->message;
        d.begin = LineIndex(text).position(fault->offset);
        d.end = LineIndex(text).position(fault->offset + fault->length);
        load.diagnostics.push_back(std::move(d));
        return load;
    }
    static const NativeValidator engine(schema_index());
    Findings findings(doc);
    report_repeated_names(doc, doc.root(), findings);
    engine.validate_config(doc, findings);
    for (auto& d : findings.list())
        if (d.rule.rfind("schema/", 0) == 0) d.rule = "config/" + d.rule.substr(7);

    Config& c = load.config;
    Node root = doc.root();
    c.rules = read_rules(doc, doc.member(root, "rules"), "", findings);
    read_context(doc, doc.member(root, "context"), c.customer_country, c.provider_id, findings);
    if (Node kind = doc.member(root, "kind"); kind && kind.value->IsString()) c.kind = parse_document_kind(sv(*kind.value));
    if (Node exclude = doc.member(root, "exclude"); exclude && exclude.value->IsArray())
        for (const auto& pattern : exclude.value->GetArray())
            if (pattern.IsString()) c.exclude.emplace_back(sv(pattern));
    if (Node overrides = doc.member(root, "overrides"); overrides && overrides.value->IsArray()) {
        std::vector<Node> entries;  // in one walk: element(i) would walk i nodes each time
        doc.for_each_child(overrides, [&](std::uint32_t, Node child) { entries.push_back(child); });
        for (const Node entry : entries) {
            if (!entry.value->IsObject()) continue;
            Override o;
            if (Node files = doc.member(entry, "files"); files && files.value->IsArray())
                for (const auto& f : files.value->GetArray())
                    if (f.IsString()) o.files.emplace_back(sv(f));
            if (Node pointer = doc.member(entry, "pointer"); pointer && pointer.value->IsString()) {
                o.pointer = std::string(sv(*pointer.value));
                if (!o.pointer.empty() && o.pointer[0] != '/')
                    findings.at_value(pointer.id, config_finding("config/invalid-value"),
                                      fmt::format("\"{}\" is not a JSON Pointer: it starts with '/' (or is \"\" for the whole document)", o.pointer));
            }
            o.rules = read_rules(doc, doc.member(entry, "rules"), o.pointer, findings);
            read_context(doc, doc.member(entry, "context"), o.customer_country, o.provider_id, findings);
            c.overrides.push_back(std::move(o));
        }
    }
    load.diagnostics = std::move(findings.list());
    LineIndex lines(text);
    for (auto& d : load.diagnostics) {
        d.begin = lines.position(d.begin.offset);
        d.end = lines.position(d.end.offset);
    }
    return load;
}

LintOptions options_for(const Config& config, LintOptions base, std::string_view path) {
    // Settings given on the command line were put in `base` by the caller and must win: keep them last.
    std::vector<RuleSetting> command_line = std::move(base.rule_settings);
    base.rule_settings.clear();
    const auto cli_country = base.customer_country, cli_provider = base.provider_id;
    if (config.kind && base.kind == DocumentKind::automatic) base.kind = *config.kind;
    if (!base.customer_country) base.customer_country = config.customer_country;
    if (!base.provider_id) base.provider_id = config.provider_id;
    base.rule_settings = config.rules;
    for (const Override& o : config.overrides) {
        bool matches = false;
        for (const auto& pattern : o.files) matches |= glob_match(pattern, path);
        if (!matches) continue;
        base.rule_settings.insert(base.rule_settings.end(), o.rules.begin(), o.rules.end());
        if (o.customer_country) base.customer_country = o.customer_country;
        if (o.provider_id) base.provider_id = o.provider_id;
    }
    base.rule_settings.insert(base.rule_settings.end(), command_line.begin(), command_line.end());
    if (cli_country) base.customer_country = cli_country;
    if (cli_provider) base.provider_id = cli_provider;
    return base;
}

}  // namespace cartlint
