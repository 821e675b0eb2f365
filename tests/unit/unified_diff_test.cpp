// --fix-dry-run's unified diff: applying it gives the fixed text, it is as short as GNU diff's
// (both shortest edit scripts), it is GNU diff -u's output line for line where the shortest
// script is unique, and it needs memory linear in the texts.

#include "test_support.hpp"

#include "unified_diff.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Applies a unified diff to `before`, hunk by hunk, checking every context and removed line.
std::string patched(const std::string& before, const std::string& diff) {
    std::vector<std::string> lines;
    std::istringstream in(before);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    std::vector<std::string> out;
    std::size_t next = 0;  // the next line of `before` not yet copied
    std::istringstream d(diff);
    std::string l;
    std::getline(d, l);
    std::getline(d, l);  // the two headers
    while (std::getline(d, l)) {
        if (l.rfind("@@ -", 0) == 0) {
            // "-start,count", or "-start" alone for one line.
            std::size_t start = std::stoul(l.substr(4));
            const std::size_t space = l.find(' ', 4), comma = l.find(',');
            const std::size_t count = comma < space ? std::stoul(l.substr(comma + 1)) : 1;
            if (count == 0) ++start;  // "-n,0": the lines go after line n
            while (next + 1 < start) out.push_back(lines[next++]);
        } else if (l[0] == ' ') {
            REQUIRE(lines.at(next) == l.substr(1));
            out.push_back(lines[next++]);
        } else if (l[0] == '-') {
            REQUIRE(lines.at(next) == l.substr(1));
            ++next;
        } else if (l[0] == '+') {
            out.push_back(l.substr(1));
        }
    }
    while (next < lines.size()) out.push_back(lines[next++]);
    std::string joined;
    for (const auto& o : out) joined += o + "\n";
    return joined;
}

std::size_t changed_lines(const std::string& diff) {
    std::size_t n = 0;
    std::istringstream d(diff);
    for (std::string l; std::getline(d, l);)
        if ((l[0] == '-' || l[0] == '+') && l.rfind("---", 0) != 0 && l.rfind("+++", 0) != 0) ++n;
    return n;
}

std::string gnu_diff(const std::string& a, const std::string& b, const std::string& options = "-u --minimal") {
    // Per process: ctest may run this binary's test cases side by side.
    const std::string stem = "/tmp/cartlint-diff-" + std::to_string(::getpid());
    const std::string pa = stem + "-a.txt", pb = stem + "-b.txt";
    std::ofstream(pa, std::ios::binary) << a;
    std::ofstream(pb, std::ios::binary) << b;
    FILE* pipe = ::popen(("diff " + options + " " + pa + " " + pb).c_str(), "r");
    std::string out;
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    ::pclose(pipe);
    ::unlink(pa.c_str());
    ::unlink(pb.c_str());
    return out;
}

// A diff without its two header lines (GNU's carry the files' names and times).
std::string hunks(const std::string& diff) {
    std::size_t at = diff.find('\n');
    at = at == std::string::npos ? diff.size() : diff.find('\n', at + 1);
    return at == std::string::npos ? std::string() : diff.substr(at + 1);
}

}  // namespace

TEST_CASE("unified diff: applies to the fixed text, as short as GNU diff's", "[diff]") {
    std::mt19937 random(7);
    for (int round = 0; round < 200; ++round) {
        const int n = static_cast<int>(random() % 60), changes = static_cast<int>(random() % 12);
        std::vector<std::string> a;
        for (int i = 0; i < n; ++i) a.push_back(std::string(1, static_cast<char>('a' + random() % 5)));
        std::vector<std::string> b = a;
        for (int c = 0; c < changes; ++c) {
            const std::size_t at = b.empty() ? 0 : random() % (b.size() + 1);
            switch (random() % 3) {
            case 0: b.insert(b.begin() + static_cast<long>(at), std::string(1, static_cast<char>('a' + random() % 5))); break;
            case 1: if (at < b.size()) b.erase(b.begin() + static_cast<long>(at)); break;
            default: if (at < b.size()) b[at] = std::string(1, static_cast<char>('a' + random() % 5));
            }
        }
        std::string ta, tb;
        for (const auto& s : a) ta += s + "\n";
        for (const auto& s : b) tb += s + "\n";
        INFO("round " << round << "\n--- a\n" << ta << "--- b\n" << tb);
        const std::string diff = cartlint::cli::unified_diff(ta, tb, "x.json");
        if (ta == tb) {
            CHECK(diff.empty());
            continue;
        }
        CHECK(patched(ta, diff) == tb);
        CHECK(changed_lines(diff) == changed_lines(gnu_diff(ta, tb)));
    }
}

TEST_CASE("unified diff: a large file with many changes diffs quickly", "[diff][limits]") {
    std::string a, b;
    for (int i = 0; i < 7400; ++i) {
        a += "line " + std::to_string(i) + "\n";
        b += (i % 3 ? "line " : "LINE ") + std::to_string(i) + "\n";
    }
    const std::string diff = cartlint::cli::unified_diff(a, b, "big.json");
    CHECK(patched(a, diff) == b);
    CHECK(changed_lines(diff) == 2 * 2467);
}

// Where every line is unique and a changed line is always a new one, the lines both texts keep
// are the only longest common subsequence: any shortest edit script is this one, and GNU diff -u
// prints it with its removed lines before its added ones and 3 lines of context. Ours must be the
// same text, hunk headers ("-5" for one line, "-4,0" for none) and "\ No newline" markers included.
TEST_CASE("unified diff: GNU diff -u's output where the shortest script is unique", "[diff]") {
    std::mt19937 random(11);
    int fresh = 0;
    for (int round = 0; round < 150; ++round) {
        const int n = static_cast<int>(random() % 40);
        std::vector<std::string> a;
        for (int i = 0; i < n; ++i) a.push_back("line " + std::to_string(fresh++));
        std::vector<std::string> b = a;
        const int changes = 1 + static_cast<int>(random() % 6);
        for (int c = 0; c < changes; ++c) {
            const std::size_t at = b.empty() ? 0 : random() % (b.size() + 1);
            switch (random() % 3) {
            case 0: b.insert(b.begin() + static_cast<long>(at), "new " + std::to_string(fresh++)); break;
            case 1: if (at < b.size()) b.erase(b.begin() + static_cast<long>(at)); break;
            default: if (at < b.size()) b[at] = "new " + std::to_string(fresh++);
            }
        }
        std::string ta, tb;
        for (const auto& l : a) ta += l + "\n";
        for (const auto& l : b) tb += l + "\n";
        // Every fourth round one of the texts lacks its last line break.
        if (round % 4 == 1 && !ta.empty()) ta.pop_back();
        if (round % 4 == 2 && !tb.empty()) tb.pop_back();
        if (ta == tb) continue;
        INFO("round " << round << "\n--- a\n" << ta << "\n--- b\n" << tb);
        const std::string ours = cartlint::cli::unified_diff(ta, tb, "x.json");
        CHECK(hunks(ours) == hunks(gnu_diff(ta, tb, "-u")));
        CHECK(patched(ta, ours) == (tb.empty() || tb.back() == '\n' ? tb : tb + "\n"));
    }
}

TEST_CASE("unified diff: GNU's hunk headers for one line, no line and an empty side", "[diff]") {
    const std::vector<std::pair<std::string, std::string>> pairs{
        {"a\nb\nc\n", "a\nB\nc\n"},    // @@ -1,3 +1,3 @@
        {"a\n", "b\n"},                // @@ -1 +1 @@
        {"", "a\nb\n"},                // @@ -0,0 +1,2 @@
        {"a\nb\n", ""},                // @@ -1,2 +0,0 @@
        {"a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nX\ne\nf\ng\nh\n"},  // @@ -2,6 +2,7 @@
        {"x", "y"},                    // no newline on either side
    };
    for (const auto& [a, b] : pairs) {
        CAPTURE(a, b);
        CHECK(hunks(cartlint::cli::unified_diff(a, b, "x.json")) == hunks(gnu_diff(a, b, "-u")));
    }
}

TEST_CASE("unified diff: a line break in the file name is escaped in the headers", "[diff][escape]") {
    const std::string diff = cartlint::cli::unified_diff("a\n", "b\n", "x\n::error file=y::forged.json");
    CHECK(diff.rfind("--- x\\n::error file=y::forged.json\n+++ x\\n::error file=y::forged.json (fixed)\n@@ -1 +1 @@\n", 0) == 0);
    CHECK(diff.find("\n::error") == std::string::npos);
}

#if defined(__SANITIZE_ADDRESS__)
#define CARTLINT_DIFF_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CARTLINT_DIFF_ASAN 1
#endif
#endif

// The diff of two 7,400-line texts that differ on every third line (D = 4,934) kept a trace row
// of 2·(N+M) ints per step: about 580 MB here, 1.25 GB on the reported file. In linear space it
// needs well under a megabyte beyond the texts. Run in a child whose address space may grow by
// only 64 MiB, so an algorithm that is not linear fails with bad_alloc there.
TEST_CASE("unified diff: a 7,400-line file with thousands of changes fits in 64 MiB", "[diff][limits][memory]") {
#ifdef CARTLINT_DIFF_ASAN
    WARN("skipped under AddressSanitizer, which reserves more address space than the limit this test sets");
#else
    std::string a, b;
    for (int i = 0; i < 7400; ++i) {
        a += "    \"line\": " + std::to_string(i) + ",\n";
        b += (i % 3 ? "    \"line\": " : "    \"LINE\": ") + std::to_string(i) + ",\n";
    }
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        long pages = 0;
        if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
            if (std::fscanf(statm, "%ld", &pages) != 1) pages = 0;
            std::fclose(statm);
        }
        if (pages <= 0) ::_exit(4);
        const rlim_t limit = static_cast<rlim_t>(pages) * static_cast<rlim_t>(::sysconf(_SC_PAGESIZE)) + (64u << 20);
        const rlimit rl{limit, limit};
        if (::setrlimit(RLIMIT_AS, &rl) != 0) ::_exit(5);
        try {
            const std::string diff = cartlint::cli::unified_diff(a, b, "big.json");
            ::_exit(diff.size() > 100000 ? 0 : 6);
        } catch (const std::bad_alloc&) {
            ::_exit(3);
        }
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);  // 3: out of memory
#endif
}
