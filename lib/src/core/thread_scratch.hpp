#pragma once
// Per-thread scratch state (caches, kept buffers) reached through one opaque call. In a shared
// library every use of a thread_local variable is a call to __tls_get_addr, and the compiler
// repeats that call after every other call rather than keep the address: a function that touched
// its thread_local cache a few times made a dozen such calls (8% of a clean stream's instructions
// in libcartlint.so, none in the command, where the linker makes them direct accesses). Through
// thread_scratch<T>() the address is found once and kept in a register.

namespace cartlint::detail {

// This thread's T, made on first use. Each T is its own instance: give each use its own type.
template <typename T>
[[gnu::noinline]] T& thread_scratch() {
    thread_local T value;
    return value;
}

}  // namespace cartlint::detail
