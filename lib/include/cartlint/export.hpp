#pragma once
// CARTLINT_API marks what the library exports. The library is compiled with hidden visibility
// (-fvisibility=hidden), so everything not marked — cartlint::detail, RapidJSON, valijson — stays
// inside it: a shared build exports the public API and nothing else, and a client that uses
// RapidJSON or valijson itself cannot clash with cartlint's copies.
//
// Plain structs (Diagnostic, LintOptions, …) are not marked: they have no out-of-line members,
// and marking them would export every standard-library template instantiated on them.

#if defined(__GNUC__) || defined(__clang__)
#define CARTLINT_API __attribute__((visibility("default")))
#else
#define CARTLINT_API
#endif
