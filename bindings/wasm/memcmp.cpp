// libc's memcmp for the wasm module: musl's goes a byte at a time unless both pointers are
// 4-byte aligned, and std::string_view's ==, the enum checks and the rules' comparisons of names
// and values call it for nearly every value of a cart. The linker takes this definition and never
// pulls musl's from libc.a. Compiled without builtins, so the loop is not turned back into a call.
#include "core/compare_bytes.hpp"

#include <cstddef>

extern "C" int memcmp(const void* left, const void* right, std::size_t n) {
    return cartlint::detail::compare_bytes(left, right, n);
}
