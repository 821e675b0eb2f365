// --fix-dry-run's unified diff: applying it gives the fixed text, it is as short as GNU diff's
// (both shortest edit scripts), and it needs memory linear in the texts.

#include "test_support.hpp"

#include "unified_diff.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

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
            std::size_t start = std::stoul(l.substr(4));
            const std::size_t comma = l.find(',');
            const std::size_t count = std::stoul(l.substr(comma + 1));
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

std::string gnu_diff(const std::string& a, const std::string& b) {
    const std::string pa = "/tmp/cartlint-diff-a.txt", pb = "/tmp/cartlint-diff-b.txt";
    std::ofstream(pa) << a;
    std::ofstream(pb) << b;
    FILE* pipe = ::popen(("diff -u --minimal " + pa + " " + pb).c_str(), "r");
    std::string out;
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    ::pclose(pipe);
    return out;
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
