#pragma once
// Include RapidJSON through here so every translation unit sees the same configuration.

#ifndef RAPIDJSON_HAS_STDSTRING
#define RAPIDJSON_HAS_STDSTRING 1
#endif
// A RapidJSON assertion is a bug in cartlint, never the input's fault: throw, so the linter can
// report an internal error instead of aborting the process (the same choice valijson makes).
// Every translation unit must see this definition, so include RapidJSON only through here.
#ifndef RAPIDJSON_ASSERT
#include <stdexcept>
#define RAPIDJSON_ASSERT(x) ((x) ? static_cast<void>(0) : throw std::logic_error("RapidJSON assertion failed: " #x))
#endif
// Numbers and strings use the document's pool; the root array of a deep document is built by the
// iterative parser, never by recursion.
#include <rapidjson/document.h>
#include <rapidjson/error/error.h>
#include <rapidjson/reader.h>
