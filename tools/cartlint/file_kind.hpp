#pragma once
// What a file's name says it holds, where the user did not say (--kind, the configuration).

#include <cartlint/document_kind.hpp>

#include <string_view>

namespace cartlint::cli {

// .http and .rest files are HTTP messages (REST Client, JetBrains HTTP Client), .md and .markdown
// files doc pages; anything else: `automatic` (the content decides).
DocumentKind kind_for_path(std::string_view path) noexcept;

}  // namespace cartlint::cli
