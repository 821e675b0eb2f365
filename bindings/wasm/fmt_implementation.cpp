// fmt's compiled part, for the wasm build: Debian ships fmt's headers and an x86-64 libfmt, not the
// library's sources, and FMT_HEADER_ONLY would compile the formatting engine into every source
// that formats (twice the build time). Here format-inl.h is compiled once, with the
// instantiations that format.h declares `extern template` (so no other source makes them).
#include <fmt/format-inl.h>

FMT_BEGIN_NAMESPACE
namespace detail {

template FMT_API auto thousands_sep_impl<char>(locale_ref) -> thousands_sep_result<char>;
template FMT_API auto thousands_sep_impl<wchar_t>(locale_ref) -> thousands_sep_result<wchar_t>;
template FMT_API auto decimal_point_impl(locale_ref) -> char;
template FMT_API auto decimal_point_impl(locale_ref) -> wchar_t;

}  // namespace detail
FMT_END_NAMESPACE
