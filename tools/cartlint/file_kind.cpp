#include "file_kind.hpp"

#include <strings.h>

namespace cartlint::cli {

DocumentKind kind_for_path(std::string_view path) noexcept {
    const std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return DocumentKind::automatic;
    const std::string_view ext = path.substr(dot + 1);
    auto is = [&](std::string_view e) { return ext.size() == e.size() && strncasecmp(ext.data(), e.data(), e.size()) == 0; };
    if (is("http") || is("rest")) return DocumentKind::http;
    if (is("md") || is("markdown")) return DocumentKind::markdown;
    return DocumentKind::automatic;
}

}  // namespace cartlint::cli
