#include "rule_listing.hpp"

#include <cartlint/rules.hpp>

#include <fmt/format.h>

namespace cartlint::cli {
namespace {

void json_string(std::ostream& out, std::string_view s) {
    out << '"';
    for (char c : s) {
        if (c == '"' || c == '\\') out << '\\' << c;
        else if (c == '\n') out << "\\n";
        else if (static_cast<unsigned char>(c) < 0x20) out << fmt::format("\\u{:04x}", c);
        else out << c;
    }
    out << '"';
}

}  // namespace

void list_rules(std::ostream& out, OutputFormat format) {
    if (format == OutputFormat::json) {
        out << "{\"rules\":[";
        bool first = true;
        for (const RuleDoc& r : rule_docs()) {
            out << (first ? "" : ",") << "{\"id\":";
            json_string(out, r.id);
            out << ",\"severity\":";
            json_string(out, to_string(r.severity));
            out << ",\"summary\":";
            json_string(out, r.summary);
            out << ",\"service\":";
            json_string(out, to_string(r.service));
            out << ",\"serviceBehaviour\":";
            json_string(out, r.service_says);
            out << '}';
            first = false;
        }
        out << "]}\n";
        return;
    }
    if (format == OutputFormat::markdown) {
        // The README's rule reference: generated, and a test keeps the README equal to it.
        auto cell = [](std::string_view text) {
            std::string out;
            for (char c : text) {
                if (c == '|') out += "\\|";
                else out += c;
            }
            return out;
        };
        out << "| rule | severity | what | what the service does |\n|---|---|---|---|\n";
        for (const RuleDoc& r : rule_docs())
            out << fmt::format("| `{}` | {} | {} | {} |\n", r.id, to_string(r.severity), cell(r.summary), cell(r.service_says));
        return;
    }
    std::size_t width = 0;
    for (const RuleDoc& r : rule_docs()) width = std::max(width, r.id.size());
    for (const RuleDoc& r : rule_docs()) out << fmt::format("{:<{}}  {:<7}  {}\n", r.id, width, to_string(r.severity), r.summary);
}

bool explain_rule(std::ostream& out, std::string_view id) {
    const RuleDoc* r = find_rule_doc(id);
    if (!r) return false;
    out << r->id << " (" << to_string(r->severity) << "): " << r->summary << "\n\n" << r->explanation << '\n';
    out << "\nWhat the service does (" << to_string(r->service) << ", hence " << to_string(r->severity) << "):\n" << r->service_says << '\n';
    if (!r->bad.empty()) out << "\nReported:\n  " << r->bad << '\n';
    if (!r->good.empty()) out << "\nCorrected:\n  " << r->good << '\n';
    return true;
}

}  // namespace cartlint::cli
