#pragma once
// A Markdown page as the Partner Center docs write them: the fenced code blocks that hold the
// samples and the pipe tables that describe the properties. Only their places are read here;
// what they hold is the linter's business.

#include "document/http_message.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cartlint::detail {

struct CodeFence {
    std::string label;      // the info string's first word, lower case ("json", "http", "csharp", "")
    Span open_line;         // the opening fence line
    Span body;              // the lines between the fences, their last line break included
    std::size_t indent = 0; // spaces before the opening fence (a block inside a list item)
    bool closed = true;     // false: the page ends inside the block
};

struct TableCell {
    Span span;          // the cell's text, trimmed
    std::string text;   // its words without Markdown emphasis, code ticks or link targets
};

struct TableRow {
    Span line;
    std::vector<TableCell> cells;
};

struct PipeTable {
    TableRow header;
    std::vector<TableRow> rows;
};

struct MarkdownPage {
    std::vector<CodeFence> fences;
    std::vector<PipeTable> tables;
};

// Whether a text reads as a Markdown page: YAML front matter, or a heading on its first line and a
// code fence or a table further on.
bool looks_like_markdown(std::string_view text) noexcept;

MarkdownPage parse_markdown(std::string_view text);

}  // namespace cartlint::detail
