#pragma once
// Include RapidJSON through here so every translation unit sees the same configuration.

#ifndef RAPIDJSON_HAS_STDSTRING
#define RAPIDJSON_HAS_STDSTRING 1
#endif
// A RapidJSON assertion is a bug in cartlint, never the input's fault: throw, so the linter can
// report an internal error instead of aborting the process (the same choice valijson makes).
// Every translation unit must see this definition, so include RapidJSON only through here.
// The throw is out of line and cold: RapidJSON asserts on every value it touches, and an inline
// throw at each site made parsing about a tenth slower.
#ifndef RAPIDJSON_ASSERT
namespace cartlint::detail {
[[noreturn, gnu::cold, gnu::noinline]] void rapidjson_assertion_failed(const char* condition);
}
#define RAPIDJSON_ASSERT(x) (__builtin_expect(!!(x), 1) ? static_cast<void>(0) : ::cartlint::detail::rapidjson_assertion_failed(#x))
#endif
// Numbers and strings use the document's pool; the root array of a deep document is built by the
// iterative parser, never by recursion.
#include <rapidjson/document.h>
#include <rapidjson/error/error.h>
#include <rapidjson/reader.h>
