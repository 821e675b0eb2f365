#pragma once
// CARTLINT_API marks what the library exports. The library is compiled with hidden visibility
// (-fvisibility=hidden), so everything not marked — cartlint::detail, RapidJSON, valijson — stays
// inside it: a shared build exports the public API and nothing else, and a client that uses
// RapidJSON or valijson itself cannot clash with cartlint's copies.
//
// Functions are marked one by one, member functions too (Linter's): a marked class would export
// its private nested types with it (Linter::Impl), and a marked struct every standard-library
// template instantiated on it (std::vector<Diagnostic>).

#if defined(__GNUC__) || defined(__clang__)
#define CARTLINT_API __attribute__((visibility("default")))
#else
#define CARTLINT_API
#endif
