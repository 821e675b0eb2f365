#include <cartlint/document_kind.hpp>

#include "core/ascii.hpp"
#include "document/kinds.hpp"

namespace cartlint {

std::string_view to_string(DocumentKind kind) noexcept { return detail::kind_info(kind).name; }

std::optional<DocumentKind> parse_document_kind(std::string_view name) noexcept { return detail::kind_named(name); }

DocumentKind document_kind_for_path(std::string_view path) noexcept {
    const std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return DocumentKind::automatic;
    const std::string_view ext = path.substr(dot + 1);
    auto is = [&](std::string_view e) { return ext.size() == e.size() && detail::ascii::casecmp_n(ext.data(), e.data(), e.size()) == 0; };
    if (is("http") || is("rest")) return DocumentKind::http;
    if (is("md") || is("markdown")) return DocumentKind::markdown;
    return DocumentKind::automatic;
}

}  // namespace cartlint
