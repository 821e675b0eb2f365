#include <cartlint/document_kind.hpp>

#include "document/kinds.hpp"

namespace cartlint {

std::string_view to_string(DocumentKind kind) noexcept { return detail::kind_info(kind).name; }

std::optional<DocumentKind> parse_document_kind(std::string_view name) noexcept { return detail::kind_named(name); }

}  // namespace cartlint
