#include "rule_listing.hpp"

#include <cartlint/rule_list.hpp>
#include <cartlint/rules.hpp>

namespace cartlint::cli {

void list_rules(std::ostream& out, OutputFormat format) {
    // The library writes the catalogue; the other report formats have no listing of their own.
    RuleListFormat list = RuleListFormat::text;
    if (format == OutputFormat::json) list = RuleListFormat::json;
    else if (format == OutputFormat::markdown) list = RuleListFormat::markdown;
    write_rule_list(out, list);
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
