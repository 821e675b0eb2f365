#pragma once
// Renderers of lint results: the human text format and the stable JSON contract.

#include <cartlint/linter.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace cartlint {

struct FileResult {
    std::string path;       // as the user named it; "-" or --stdin-filename for stdin
    std::string_view text;  // the file's bytes, for source excerpts
    LintResult result;
};

struct TextStyle {
    bool color = false;  // ANSI colours (the CLI turns them on for a terminal only)
};

// path:line:col: severity: message [rule], then the pointer and the source line with a caret.
void write_text(std::ostream& out, const std::vector<FileResult>& files, const TextStyle& style = {});

// {"files":[{"path","kind","diagnostics":[{rule,severity,message,pointer,line,column,...}]}],
//  "summary":{"files","errors","warnings","infos"}}
void write_json(std::ostream& out, const std::vector<FileResult>& files);

}  // namespace cartlint
