#pragma once
// Include RapidJSON through here so every translation unit sees the same configuration.

// cartlint's RapidJSON lives in its own namespace (cartlint::detail::rapidjson), compiled with
// hidden visibility: a client that uses RapidJSON itself, with its own RAPIDJSON_ASSERT, gets
// distinct types and symbols instead of an ODR clash with the definitions below. The alias keeps
// `rapidjson::` working in cartlint's code and in valijson's RapidJSON adapter.
#ifdef RAPIDJSON_RAPIDJSON_H_
#error "RapidJSON was included before core/rapidjson_config.hpp: include it only through here"
#endif
#define RAPIDJSON_NAMESPACE cartlint::detail::rapidjson
#define RAPIDJSON_NAMESPACE_BEGIN namespace cartlint { namespace detail { namespace rapidjson {
#define RAPIDJSON_NAMESPACE_END } } }

#ifndef RAPIDJSON_HAS_STDSTRING
#define RAPIDJSON_HAS_STDSTRING 1
#endif
// A RapidJSON assertion is a bug in cartlint, never the input's fault: throw, so the linter can
// report an internal error instead of aborting the process (the same choice valijson makes).
// Every translation unit must see this definition, so include RapidJSON only through here.
// The throw is out of line and cold: RapidJSON asserts on every value it touches, and an inline
// throw at each site made parsing about a tenth slower.
// The hints are GCC's and clang's; MSVC has neither (it builds this header all the same: the
// condition is then plain, the function an ordinary one), see the README's Portability section.
#ifndef RAPIDJSON_ASSERT
#if defined(__GNUC__) || defined(__clang__)
#define CARTLINT_LIKELY(x) __builtin_expect(!!(x), 1)
#define CARTLINT_COLD_NOINLINE [[gnu::cold, gnu::noinline]]
#else
#define CARTLINT_LIKELY(x) (!!(x))
#define CARTLINT_COLD_NOINLINE
#endif
namespace cartlint::detail {
[[noreturn]] CARTLINT_COLD_NOINLINE void rapidjson_assertion_failed(const char* condition);
}
#define RAPIDJSON_ASSERT(x) (CARTLINT_LIKELY(x) ? static_cast<void>(0) : ::cartlint::detail::rapidjson_assertion_failed(#x))
#endif
// Numbers and strings use the document's pool; the root array of a deep document is built by the
// iterative parser, never by recursion.
#include <rapidjson/document.h>
#include <rapidjson/error/error.h>
#include <rapidjson/reader.h>

namespace rapidjson = ::cartlint::detail::rapidjson;
