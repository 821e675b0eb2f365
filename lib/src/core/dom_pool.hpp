#pragma once
// Memory for the DOMs one thread parses, reset rather than freed between documents: a cart's
// whole DOM fits in the first block, so linting one costs no trip to malloc for the tree.

#include "core/json_document.hpp"
#include "core/rapidjson_config.hpp"

#include <cstddef>
#include <memory>
#include <vector>

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

    // A document built in the pool, whose source map reuses the pool's buffer; the buffer goes
    // back to the pool with the document.
    class Document {
    public:
        explicit Document(DomPool& pool, bool fresh = true) : pool_(pool), doc_(fresh ? pool.fresh() : pool.current()) {
            doc_.map.nodes.swap(pool.nodes_);
        }
        ~Document() {
            doc_.map.nodes.clear();
            if (doc_.map.nodes.capacity() >= pool_.nodes_.capacity()) doc_.map.nodes.swap(pool_.nodes_);
        }
        Document(const Document&) = delete;
        Document& operator=(const Document&) = delete;
        JsonDocument& get() noexcept { return doc_; }

    private:
        DomPool& pool_;
        JsonDocument doc_;
    };

private:
    static constexpr std::size_t block_size = 256 * 1024;
    std::vector<SourceNode> nodes_;
    std::unique_ptr<char[]> block_ = std::make_unique<char[]>(block_size);
    Allocator allocator_{block_.get(), block_size};
};

}  // namespace cartlint::detail
