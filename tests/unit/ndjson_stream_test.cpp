// An NDJSON stream read piece by piece (in batches, in parallel) reports exactly what the same
// stream read whole does: the same findings at the same lines and offsets, in the same order, and
// the same text and SARIF reports from the few lines it keeps.

#include "cart_generator.hpp"
#include "stream/ndjson_lines.hpp"
#include "test_support.hpp"

#include <cartlint/report.hpp>
#include <cartlint/stream.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <sstream>

using namespace cartlint;

namespace {

// Several megabytes of carts, so that the stream is cut into many batches, with broken ones
// scattered through it (including a repair that spans lines and a blank line).
void replace(std::string& s, const std::string& from, const std::string& to) {
    if (auto at = s.find(from); at != std::string::npos) s.replace(at, from.size(), to);
}

std::string stream_text() {
    std::mt19937_64 rng(11);
    std::string text;
    for (int i = 0; i < 6000; ++i) {
        std::string cart = bench::cart(rng, 1 + static_cast<int>(rng() % 5));
        switch (i % 997) {
        case 5: replace(cart, "\"quantity\":", "\"quantity\":-"); break;
        case 17: replace(cart, "\"quantity\"", "\"Quantity\""); break;
        case 40: cart.pop_back(); break;  // truncated
        case 41: text += "\r\n   \n"; break;
        case 90: replace(cart, "\"EUR\"", "\"eur\""); break;
        default: break;
        }
        text += cart + "\n";
    }
    return text;
}

std::string render(const std::vector<FileResult>& files, bool sarif) {
    std::ostringstream out;
    if (sarif) write_sarif(out, files, {"/src"});
    else write_text(out, files);
    return out.str();
}

}  // namespace

TEST_CASE("a streamed NDJSON file reports what the whole file does", "[ndjson]") {
    const std::string text = stream_text();
    REQUIRE(text.size() > 4 * (1 << 20));
    LintOptions options;
    options.now = parse_timestamp("2026-11-22T00:00:00Z");
    options.customer_country = "DE";  // no context notes: only the broken carts have findings
    options.provider_id = "873452";
    const LintResult whole = lint_ndjson(test::linter(), text, options);
    REQUIRE(whole.diagnostics.size() > 20);

    for (unsigned jobs : {1u, 2u, 4u}) {
        std::FILE* in = fmemopen(const_cast<char*>(text.data()), text.size(), "rb");
        REQUIRE(in);
        StreamResult streamed = lint_ndjson_stream(test::linter(), in, options, jobs);
        std::fclose(in);
        INFO("jobs " << jobs);
        CHECK_FALSE(streamed.error);
        CHECK(streamed.result.kind == whole.kind);
        REQUIRE(streamed.result.diagnostics.size() == whole.diagnostics.size());
        for (std::size_t i = 0; i < whole.diagnostics.size(); ++i) {
            const Diagnostic &a = streamed.result.diagnostics[i], &b = whole.diagnostics[i];
            CHECK(a.rule == b.rule);
            CHECK(a.message == b.message);
            CHECK(a.begin.line == b.begin.line);
            CHECK(a.begin.column == b.begin.column);
            CHECK(a.begin.offset == b.begin.offset);
            CHECK(a.end.offset == b.end.offset);
        }
        // Only the lines with findings are kept, and they are enough for every report.
        CHECK(streamed.lines.size() < 60);
        std::vector<FileResult> from_whole{{"s.ndjson", text, whole, {}}};
        std::vector<FileResult> from_lines{{"s.ndjson", {}, streamed.result, streamed.lines}};
        CHECK(render(from_lines, false) == render(from_whole, false));
        CHECK(render(from_lines, true) == render(from_whole, true));
    }
}

// Line numbers are 64-bit end to end: a stream past 2^32 lines still names the right one.
TEST_CASE("ndjson: line numbers past 2^32 are kept", "[ndjson][limits]") {
    const std::uint64_t far = (std::uint64_t{1} << 32) + 5;
    LintResult out;
    bool first = true;
    std::vector<SourceLine> kept;
    const auto lines = detail::lint_ndjson_lines(test::linter(), "{\"lineItems\":[]}\n[1 2]\n", far, 0, {}, out, first, &kept);
    CHECK(lines == 2);
    REQUIRE_FALSE(out.diagnostics.empty());
    CHECK(out.diagnostics.back().begin.line == far + 1);
    REQUIRE_FALSE(kept.empty());
    CHECK(kept.back().number == far + 1);
}

// The library's stream reader takes any source, not only a FILE*: one that hands out a few bytes
// at a time (as a socket or a pipe would) gives the same findings, and one that fails says why
// and keeps the findings read before the failure.
TEST_CASE("ndjson: a stream from a callback source, short reads and a failure", "[ndjson]") {
    const std::string text = "{\"lineItems\":[]}\n[1 2]\n\n{\"lineItems\":[{\"quantity\":\"2\"}]}\r\n{";
    const LintResult whole = lint_ndjson(test::linter(), text);
    REQUIRE(whole.diagnostics.size() > 2);

    std::size_t at = 0;
    const StreamSource trickle = [&](char* buffer, std::size_t capacity, std::string&) {
        const std::size_t n = std::min<std::size_t>({3, capacity, text.size() - at});
        std::copy_n(text.data() + at, n, buffer);
        at += n;
        return n;
    };
    for (unsigned jobs : {1u, 3u}) {
        at = 0;
        const StreamResult streamed = lint_ndjson_stream(test::linter(), trickle, {}, jobs);
        INFO("jobs " << jobs);
        CHECK_FALSE(streamed.error);
        REQUIRE(streamed.result.diagnostics.size() == whole.diagnostics.size());
        for (std::size_t i = 0; i < whole.diagnostics.size(); ++i) {
            CHECK(streamed.result.diagnostics[i].rule == whole.diagnostics[i].rule);
            CHECK(streamed.result.diagnostics[i].begin.line == whole.diagnostics[i].begin.line);
            CHECK(streamed.result.diagnostics[i].begin.offset == whole.diagnostics[i].begin.offset);
        }
        // The lines kept are exactly those with findings.
        std::vector<std::uint64_t> with_findings;
        for (const Diagnostic& d : whole.diagnostics)
            if (with_findings.empty() || with_findings.back() != d.begin.line) with_findings.push_back(d.begin.line);
        REQUIRE(streamed.lines.size() == with_findings.size());
        for (std::size_t i = 0; i < with_findings.size(); ++i) CHECK(streamed.lines[i].number == with_findings[i]);
    }

    bool failed = false;
    const StreamSource failing = [&](char* buffer, std::size_t capacity, std::string& error) -> std::size_t {
        if (failed) return 0;
        failed = true;
        const std::string first = "[1 2]\n";
        REQUIRE(capacity >= first.size());
        std::copy(first.begin(), first.end(), buffer);
        error = "the network went away";
        return first.size();
    };
    const StreamResult broken = lint_ndjson_stream(test::linter(), failing);
    REQUIRE(broken.error);
    CHECK(*broken.error == "the network went away");
    REQUIRE_FALSE(broken.result.diagnostics.empty());
    CHECK(broken.result.diagnostics.front().begin.line == 1);
}
