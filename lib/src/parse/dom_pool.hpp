#pragma once
// Memory for the DOMs one thread parses, reset rather than freed between documents: a cart's
// whole DOM fits in the first block, so linting one costs no trip to malloc for the tree.

#include "parse/rapidjson_config.hpp"

#include <cstddef>
#include <memory>

namespace cartlint::detail {

class DomPool {
public:
    using Allocator = rapidjson::MemoryPoolAllocator<>;

    // The pool, emptied: what an earlier document built here is gone (larger documents spill
    // into blocks of their own, which this frees).
    Allocator& fresh() {
        allocator_.Clear();
        return allocator_;
    }
    Allocator& current() noexcept { return allocator_; }

    // This thread's pool.
    static DomPool& local() {
        thread_local DomPool pool;
        return pool;
    }

private:
    static constexpr std::size_t block_size = 256 * 1024;
    std::unique_ptr<char[]> block_ = std::make_unique<char[]>(block_size);
    Allocator allocator_{block_.get(), block_size};
};

}  // namespace cartlint::detail
