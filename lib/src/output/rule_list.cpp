// --list-rules in every format it offers. The JSON form is a contract like the report's: add
// fields, never rename or remove one. The markdown form is the README's rule reference, which
// tools/update-readme-rules.sh copies and a test holds equal to this output.

#include <cartlint/rule_list.hpp>
#include <cartlint/rules.hpp>

#include "core/json_string.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace cartlint {
namespace {

using detail::write_json_string;

void write_json_list(std::ostream& out) {
    out << "{\"rules\":[";
    bool first = true;
    for (const RuleDoc& r : rule_docs()) {
        out << (first ? "" : ",") << "{\"id\":";
        write_json_string(out, r.id);
        out << ",\"severity\":";
        write_json_string(out, to_string(r.severity));
        out << ",\"summary\":";
        write_json_string(out, r.summary);
        out << ",\"service\":";
        write_json_string(out, to_string(r.service));
        out << ",\"serviceBehaviour\":";
        write_json_string(out, r.service_says);
        out << '}';
        first = false;
    }
    out << "]}\n";
}

// A '|' inside a cell would end the cell.
std::string table_cell(std::string_view text) {
    std::string cell;
    for (char c : text) {
        if (c == '|') cell += "\\|";
        else cell += c;
    }
    return cell;
}

void write_markdown_list(std::ostream& out) {
    out << "| rule | severity | what | what the service does |\n|---|---|---|---|\n";
    for (const RuleDoc& r : rule_docs())
        out << fmt::format("| `{}` | {} | {} | {} |\n", r.id, to_string(r.severity), table_cell(r.summary), table_cell(r.service_says));
}

void write_text_list(std::ostream& out) {
    std::size_t width = 0;
    for (const RuleDoc& r : rule_docs()) width = std::max(width, r.id.size());
    for (const RuleDoc& r : rule_docs()) out << fmt::format("{:<{}}  {:<7}  {}\n", r.id, width, to_string(r.severity), r.summary);
}

}  // namespace

void write_rule_list(std::ostream& out, RuleListFormat format) {
    switch (format) {
    case RuleListFormat::json: write_json_list(out); return;
    case RuleListFormat::markdown: write_markdown_list(out); return;
    case RuleListFormat::text: break;
    }
    write_text_list(out);
}

}  // namespace cartlint
