#pragma once
// An output stream whose bytes are written straight into a malloc'd block, which is then handed
// to the C ABI's caller as it is (cartlint_free frees it): a report is never copied.
//
// Why not an ostringstream and a copy: a large report (an NDJSON stream's, hundreds of KiB) then
// costs every intermediate buffer of the string's doubling plus the copy, and each block of 128 KiB
// or more is a fresh mapping whose pages fault in anew. Where the allocator is told to give memory
// back at once (Dask's workers set MALLOC_TRIM_THRESHOLD_) that was 30% of a partition's lint.
// Grown with realloc instead, a mapped block is moved by remapping its pages, not copying them.

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <ostream>
#include <streambuf>

namespace cartlint::detail {

class MallocOutput final : public std::streambuf {
public:
    explicit MallocOutput(std::size_t expected = 256) { grow(expected < 16 ? 16 : expected); }
    ~MallocOutput() override { std::free(data_); }
    MallocOutput(const MallocOutput&) = delete;
    MallocOutput& operator=(const MallocOutput&) = delete;

    std::size_t size() const noexcept { return static_cast<std::size_t>(pptr() - pbase()); }

    // The bytes written, NUL-terminated, for the caller to free; the stream is empty after.
    char* release(std::size_t* length = nullptr) {
        const std::size_t n = size();
        if (n + 1 > capacity_) grow(n + 1);
        data_[n] = '\0';
        if (length) *length = n;
        char* out = data_;
        data_ = nullptr;
        capacity_ = 0;
        setp(nullptr, nullptr);
        return out;
    }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        if (pptr() == epptr()) grow(std::max<std::size_t>(16, capacity_ * 2));
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
        return c;
    }

    std::streamsize xsputn(const char* s, std::streamsize count) override {
        const auto n = static_cast<std::size_t>(count);
        if (static_cast<std::size_t>(epptr() - pptr()) < n) grow(std::max({std::size_t{16}, capacity_ * 2, size() + n + 1}));
        std::memcpy(pptr(), s, n);
        advance(n);
        return count;
    }

private:
    // Throws std::bad_alloc, which the C ABI turns into NULL; the block written so far is kept.
    void grow(std::size_t capacity) {
        const std::size_t used = data_ ? size() : 0;
        char* bigger = static_cast<char*>(std::realloc(data_, capacity));
        if (!bigger) throw std::bad_alloc();
        data_ = bigger;
        capacity_ = capacity;
        setp(data_, data_ + capacity_);
        advance(used);
    }

    // pbump takes an int: a report past 2 GiB is advanced in steps.
    void advance(std::size_t n) {
        constexpr std::size_t step = 1u << 30;
        for (; n > step; n -= step) pbump(static_cast<int>(step));
        pbump(static_cast<int>(n));
    }

    char* data_ = nullptr;
    std::size_t capacity_ = 0;
};

}  // namespace cartlint::detail
