// thread_scratch: one instance per type and thread, the same one on every call from that thread.

#include "core/thread_scratch.hpp"

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

using cartlint::detail::thread_scratch;

namespace {
struct Counter {
    int calls = 0;
};
struct Other {
    int calls = 0;
};
}  // namespace

TEST_CASE("thread scratch: kept per thread and per type", "[core][thread-scratch]") {
    Counter& mine = thread_scratch<Counter>();
    mine.calls = 0;
    ++thread_scratch<Counter>().calls;
    ++thread_scratch<Counter>().calls;
    CHECK(&thread_scratch<Counter>() == &mine);
    CHECK(mine.calls == 2);
    CHECK(static_cast<void*>(&thread_scratch<Other>()) != static_cast<void*>(&mine));

    // Another thread has its own, fresh instance, and leaves this thread's alone.
    Counter* theirs = nullptr;
    int their_calls = -1;
    std::thread([&] {
        theirs = &thread_scratch<Counter>();
        their_calls = theirs->calls;
        thread_scratch<Counter>().calls = 100;
    }).join();
    CHECK(theirs != &mine);
    CHECK(their_calls == 0);
    CHECK(mine.calls == 2);
}
