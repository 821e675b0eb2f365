// libc's memchr for the wasm module: musl's reads four bytes a step in wasm32, and cutting an
// NDJSON text into lines is memchr over every byte. The linker takes this definition and never
// pulls musl's from libc.a. Compiled without builtins, so the loop is not turned back into a call.
#include "core/find_byte.hpp"

#include <cstddef>

extern "C" void* memchr(const void* data, int byte, std::size_t n) {
    return const_cast<void*>(cartlint::detail::find_byte(data, byte, n));
}
