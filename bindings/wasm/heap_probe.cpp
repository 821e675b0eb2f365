// What the wasm module adds to the C ABI: the bytes malloc holds right now, so the tests can see
// that every call frees what it allocated (the wasm memory itself only ever grows, so its size
// alone would hide a leak until the next growth).
#include <malloc.h>

#include <cstddef>

extern "C" __attribute__((visibility("default"))) std::size_t cartlint_wasm_heap_in_use() {
    return static_cast<std::size_t>(mallinfo().uordblks);
}
