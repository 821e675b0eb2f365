// The C ABI (cartlint.h): the same findings as the C++ API for any bytes, options read like
// .cartlint.json plus the run's own keys, NULLs handled, and one linter shared by many threads.

#include "test_support.hpp"

#include <cartlint/cartlint.h>
#include <cartlint/cartlint.hpp>
#include <cartlint/version.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <string>
#include <thread>
#include <vector>

using namespace cartlint;

namespace {

// Owns what the C ABI hands out.
std::string take(char* p) {
    REQUIRE(p != nullptr);
    std::string out(p);
    cartlint_free(p);
    return out;
}

struct CLinter {
    cartlint_linter* handle = nullptr;
    std::string error;
    explicit CLinter(const char* options) {
        char* e = nullptr;
        handle = cartlint_linter_new(options, &e);
        if (e) error = take(e);
    }
    ~CLinter() { cartlint_linter_free(handle); }
    std::string lint(std::string_view text, const char* path = "input.json") const {
        return take(cartlint_lint(handle, text.data(), text.size(), path));
    }
};

// What the C++ API's report of one document is.
std::string cxx_report(std::string_view text, const LintOptions& options = {}, const char* path = "input.json") {
    std::vector<FileResult> files(1);
    files[0].path = path;
    files[0].text = text;
    files[0].result = test::linter().lint(text, options);
    std::ostringstream out;
    write_json(out, files);
    return out.str();
}

const std::string cart = R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":"2","billingCycle":"Monthly"}]})";

}  // namespace

TEST_CASE("c abi: any bytes get the C++ API's report", "[c-abi]") {
    CLinter c(nullptr);
    REQUIRE(c.handle);
    for (const std::string& text : {cart, std::string("{\"a\":\"\0\"}", 9), std::string("{\"lineItems\":[\xff\xfe]}"), std::string(),
                                    std::string("[1,2"), std::string(600, '[')}) {
        CAPTURE(text);
        CHECK(c.lint(text) == cxx_report(text));
    }
    // No path: the report names it "-", as the command names standard input.
    CHECK(take(cartlint_lint(c.handle, cart.data(), cart.size(), nullptr)) == cxx_report(cart, {}, "-"));
}

TEST_CASE("c abi: a document over the size limit is a finding, not a failure", "[c-abi]") {
    CLinter c(nullptr);
    const std::string huge = "[" + std::string(max_document_bytes + 10, ' ') + "]";
    const std::string report = c.lint(huge);
    CHECK(report.find("limit/document-size") != std::string::npos);
    CHECK(report == cxx_report(huge));
}

TEST_CASE("c abi: options are .cartlint.json's keys plus the run's own", "[c-abi]") {
    CLinter c(R"({"now":"2018-04-01T00:00:00Z","customerCountry":"gb","rules":{"billing/non-canonical-cycle":"error","quantity/*":"off"},
                 "overrides":[{"files":["special/*.json"],"rules":{"billing/non-canonical-cycle":"off"}}]})");
    REQUIRE(c.handle);
    CHECK(c.error.empty());
    LintOptions o;
    o.now = parse_timestamp("2018-04-01T00:00:00Z");
    o.customer_country = "GB";
    o.rule_settings = {{"billing/non-canonical-cycle", Severity::error, ""}, {"quantity/*", std::nullopt, ""}};
    CHECK(c.lint(cart) == cxx_report(cart, o));
    // The override applies by the path each call names.
    o.rule_settings.push_back({"billing/non-canonical-cycle", std::nullopt, ""});
    CHECK(c.lint(cart, "special/a.json") == cxx_report(cart, o, "special/a.json"));
    CHECK(c.lint(cart, "special/a.json").find("non-canonical-cycle") == std::string::npos);

    // The run's own country wins over the configuration's context, as the command line does.
    CLinter both(R"({"context":{"customerCountry":"DE"},"customerCountry":"FR","kind":"cart","engine":"valijson"})");
    REQUIRE(both.handle);
    LintOptions fr;
    fr.customer_country = "FR";
    fr.kind = DocumentKind::cart;
    fr.engine = SchemaEngine::valijson;
    CHECK(both.lint(cart) == cxx_report(cart, fr));
}

TEST_CASE("c abi: bad options are an error naming each fault and where", "[c-abi]") {
    for (const auto& [options, says] : std::vector<std::pair<const char*, const char*>>{
             {"{", "options 1:"},
             {R"({"kind":"carts"})", "config/enum"},
             {R"({"rules":{"billing/non-canonical-cycles":"off"}})", "did you mean 'billing/non-canonical-cycle'"},
             {R"({"customerCountry":"Germany"})", "alpha-2"},
             {R"({"providerId":42})", "config/type"},
             {R"({"now":"soon"})", "RFC 3339"},
             // Valid RFC 3339, but past what system_clock's 64-bit nanoseconds hold (the fuzzer's find).
             {R"({"now":"9999-12-31T23:59:59Z"})", "between the years 1678 and 2261"},
             {R"({"now":"0001-01-01T00:00:00Z"})", "between the years 1678 and 2261"},
             {R"({"engine":"fast"})", "engine"},
             {"[]", "config/type"},
             {R"({"colour":"red"})", "colour"}}) {
        CAPTURE(options);
        CLinter c(options);
        CHECK_FALSE(c.handle);
        CHECK(c.error.find(says) != std::string::npos);
    }
    // Two faults, two lines, each with its place.
    CLinter two(R"({"now":"soon",
 "kind":"carts"})");
    CHECK(two.error.find("options 1:8:") != std::string::npos);
    CHECK(two.error.find("\noptions 2:9:") != std::string::npos);
    // No place for the message: still NULL, nothing leaks (the sanitizer build would say).
    CHECK(cartlint_linter_new("{", nullptr) == nullptr);
}

TEST_CASE("c abi: NULL where a client may pass it", "[c-abi]") {
    CHECK(cartlint_lint(nullptr, "{}", 2, nullptr) == nullptr);
    CLinter c(nullptr);
    CHECK(cartlint_lint(c.handle, nullptr, 5, nullptr) == nullptr);
    CHECK(take(cartlint_lint(c.handle, nullptr, 0, nullptr)) == cxx_report("", {}, "-"));
    std::size_t n = 99;
    CHECK(cartlint_fix(nullptr, "{}", 2, nullptr, 0, &n) == nullptr);
    CHECK(n == 0);
    cartlint_linter_free(nullptr);
    cartlint_free(nullptr);
}

TEST_CASE("c abi: fix, NDJSON, rules and version are the C++ API's", "[c-abi]") {
    CLinter c(nullptr);
    const std::string broken = "{\"LineItems\":[{\"catalogItemId\":\"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P\",\"quantity\":1,}]}\n";
    std::size_t n = 0;
    char* fixed = cartlint_fix(c.handle, broken.data(), broken.size(), nullptr, 0, &n);
    REQUIRE(fixed);
    CHECK(std::string(fixed, n) == apply_safe_fixes(test::linter(), broken).text);
    cartlint_free(fixed);

    const std::string stream = broken + "\n" + cart + "\n";
    fixed = cartlint_fix(c.handle, stream.data(), stream.size(), nullptr, 1, &n);
    REQUIRE(fixed);
    CHECK(std::string(fixed, n) == apply_safe_fixes_ndjson(test::linter(), stream).text);
    cartlint_free(fixed);

    std::vector<FileResult> files(1);
    files[0].path = "-";
    files[0].text = stream;
    files[0].result = lint_ndjson(test::linter(), stream);
    std::ostringstream want;
    write_json(want, files);
    CHECK(take(cartlint_lint_ndjson(c.handle, stream.data(), stream.size(), nullptr)) == want.str());

    std::ostringstream rules;
    write_rule_list(rules, RuleListFormat::json);
    CHECK(take(cartlint_rules()) == rules.str());
    CHECK(std::string(cartlint_version()) == CARTLINT_VERSION_STRING);
}

TEST_CASE("c abi: NDJSON on many threads is the same report as on one", "[c-abi][threads]") {
    CLinter c(R"({"now": "2026-01-01T00:00:00Z", "customerCountry": "DE"})");
    // Enough lines for many batches, findings throughout, and lines that are no JSON at all.
    std::string stream;
    for (int i = 0; i < 10000; ++i) {
        stream += i % 7 == 0 ? "{\"lineItems\":[{\"quantity\":1,}]}" : i % 11 == 0 ? std::string("not json") : cart;
        stream += i % 13 == 0 ? "\r\n" : "\n";
    }
    stream += std::string("\0tail", 5);  // a last line without its break, with a NUL
    const std::string serial = take(cartlint_lint_ndjson(c.handle, stream.data(), stream.size(), "s.ndjson"));
    CHECK(serial.find("\"line\":10001") != std::string::npos);
    for (unsigned jobs : {0u, 1u, 2u, 5u})
        CHECK(take(cartlint_lint_ndjson_parallel(c.handle, stream.data(), stream.size(), "s.ndjson", jobs)) == serial);
    CHECK(take(cartlint_lint_ndjson_parallel(c.handle, nullptr, 0, nullptr, 2)) ==
          take(cartlint_lint_ndjson(c.handle, nullptr, 0, nullptr)));
    CHECK(cartlint_lint_ndjson_parallel(nullptr, "x", 1, nullptr, 2) == nullptr);
}

TEST_CASE("c abi: many documents in one call are each cartlint_lint's report", "[c-abi][threads]") {
    CLinter c(nullptr);
    REQUIRE(c.handle);
    // Documents NDJSON cannot hold (pretty-printed, with NUL bytes), enough for many runs per thread.
    std::vector<std::string> texts;
    for (int i = 0; i < 1000; ++i)
        texts.push_back(i % 7 == 0 ? "{\n  \"lineItems\": [{\"quantity\": 1,}]\n}"
                        : i % 11 == 0 ? std::string("{\"a\":\"\0\"}", 9)
                        : i % 13 == 0 ? std::string()
                        : i % 17 == 0 ? std::string("\xff\xfe", 2)
                                      : cart);
    std::vector<const char*> pointers;
    std::vector<size_t> lengths;
    for (const std::string& t : texts) {
        pointers.push_back(t.data());
        lengths.push_back(t.size());
    }
    std::vector<FileResult> files(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        files[i].path = "many.json";
        files[i].text = texts[i];
        files[i].result = test::linter().lint(texts[i]);
    }
    std::ostringstream want;
    write_json(want, files);
    for (unsigned jobs : {0u, 1u, 2u, 5u})
        CHECK(take(cartlint_lint_many(c.handle, pointers.data(), lengths.data(), texts.size(), "many.json", jobs)) == want.str());

    std::ostringstream none;
    write_json(none, {});
    CHECK(take(cartlint_lint_many(c.handle, nullptr, nullptr, 0, nullptr, 2)) == none.str());
    const char* null_text[] = {"{}", nullptr};
    const size_t null_lengths[] = {2, 3};
    CHECK(cartlint_lint_many(c.handle, null_text, null_lengths, 2, nullptr, 1) == nullptr);
    CHECK(cartlint_lint_many(c.handle, nullptr, lengths.data(), 1, nullptr, 1) == nullptr);
    CHECK(cartlint_lint_many(nullptr, pointers.data(), lengths.data(), 1, nullptr, 1) == nullptr);
}

TEST_CASE("c abi: one linter serves many threads", "[c-abi][threads]") {
    CLinter c(R"({"now":"2018-04-01T00:00:00Z"})");
    REQUIRE(c.handle);
    const std::vector<std::string> texts = {cart, "{\"lineItems\":[]}", "[1,2", std::string("\xff", 1)};
    std::vector<std::string> want;
    for (const auto& t : texts) want.push_back(c.lint(t));
    std::vector<int> mismatches(8, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                const std::size_t k = static_cast<std::size_t>(i + t) % texts.size();
                char* got = cartlint_lint(c.handle, texts[k].data(), texts[k].size(), "input.json");
                mismatches[static_cast<std::size_t>(t)] += !got || want[k] != got;
                cartlint_free(got);
            }
        });
    for (auto& t : threads) t.join();
    for (int m : mismatches) CHECK(m == 0);
}

TEST_CASE("c abi: the NDJSON filter's lines are the command's, whole or in ranges of lines", "[c-abi][ndjson]") {
    CLinter c(R"({"now":"2018-04-01T00:00:00Z"})");
    REQUIRE(c.handle);
    // Fixable faults (their edits' offsets are the stream's), a reseller (a counted note), blank
    // lines, a CR before a break, a NUL, and a last line without its break.
    std::string stream;
    for (int i = 0; i < 300; ++i) {
        stream += i % 5 == 0 ? std::string(R"({"lineItems":[{"quantity":1,}],})")
                  : i % 7 == 0 ? std::string("  \t")
                  : i % 11 == 0 ? cart + "\r"
                  : i % 13 == 0 ? std::string(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y","participants":[{"key":"additional_transaction_reseller","value":"5357564"}]}]})")
                                : cart;
        stream += '\n';
    }
    stream += std::string("{\"a\":\"\0\"}", 9);

    char name[] = "/tmp/cartlint-filter-XXXXXX";
    const int fd = ::mkstemp(name);
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, stream.data(), stream.size()) == static_cast<ssize_t>(stream.size()));
    ::close(fd);
    const std::string command = std::string("'") + CARTLINT_BINARY + "' --no-config --now 2018-04-01T00:00:00Z --ndjson '" + name + "' 2>/dev/null --format ";
    const test::Shell cli = test::shell(command + "ndjson");
    const test::Shell json = test::shell(command + "json");
    struct Unlink {
        const char* name;
        ~Unlink() { ::unlink(name); }
    } unlink_at_end{name};
    REQUIRE(cli.exit_code == 1);

    auto filter = [&](std::size_t from, std::size_t to, std::uint64_t first_line, unsigned jobs, std::string* summary = nullptr) {
        size_t length = 0;
        char* counts = nullptr;
        char* out = cartlint_ndjson_report(c.handle, stream.data() + from, to - from, name, first_line, from, jobs, &length, &counts);
        REQUIRE(out);
        std::string report(out, length);
        cartlint_free(out);
        if (summary) *summary = take(counts);
        else cartlint_free(counts);
        return report;
    };
    std::string summary;
    CHECK(filter(0, stream.size(), 1, 1, &summary) == cli.out);
    CHECK(filter(0, stream.size(), 1, 3) == cli.out);

    // Cut at three line breaks: the ranges' outputs, concatenated, are the whole file's.
    std::vector<std::size_t> cuts{0};
    for (std::size_t at : {stream.size() / 5, stream.size() / 2, stream.size() - 40}) cuts.push_back(stream.find('\n', at) + 1);
    cuts.push_back(stream.size());
    std::string joined;
    std::uint64_t line = 1;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        joined += filter(cuts[i], cuts[i + 1], line, 2);
        line += static_cast<std::uint64_t>(std::count(stream.begin() + static_cast<std::ptrdiff_t>(cuts[i]), stream.begin() + static_cast<std::ptrdiff_t>(cuts[i + 1]), '\n'));
    }
    CHECK(joined == cli.out);

    // The same ranges read from the file by cartlint itself: the same lines, "path" the file's.
    auto file_filter = [&](std::uint64_t from, std::uint64_t length, std::uint64_t first_line, unsigned jobs) {
        size_t got = 0;
        char* counts = nullptr;
        char* error = nullptr;
        char* out = cartlint_ndjson_report_file(c.handle, name, from, length, nullptr, first_line, jobs, &got, &counts, &error);
        CHECK(error == nullptr);
        REQUIRE(out);
        std::string report(out, got);
        cartlint_free(out);
        CHECK(take(counts) == summary);
        return report;
    };
    CHECK(file_filter(0, UINT64_MAX, 1, 1) == cli.out);
    CHECK(file_filter(0, stream.size() + 1000, 1, 2) == cli.out);  // clipped at the file's end
    joined.clear();
    line = 1;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        size_t got = 0;
        char* out = cartlint_ndjson_report_file(c.handle, name, cuts[i], cuts[i + 1] - cuts[i], nullptr, line, 1, &got, nullptr, nullptr);
        REQUIRE(out);
        joined.append(out, got);
        cartlint_free(out);
        line += static_cast<std::uint64_t>(std::count(stream.begin() + static_cast<std::ptrdiff_t>(cuts[i]), stream.begin() + static_cast<std::ptrdiff_t>(cuts[i + 1]), '\n'));
    }
    CHECK(joined == cli.out);
    {
        size_t got = 9;
        char* error = nullptr;
        char* past = cartlint_ndjson_report_file(c.handle, name, stream.size() + 5, 100, nullptr, 1, 1, &got, nullptr, &error);
        CHECK(error == nullptr);
        CHECK(take(past).empty());  // a range past the end holds no line
        const std::string missing = std::string(name) + "-missing";
        CHECK(cartlint_ndjson_report_file(c.handle, missing.c_str(), 0, UINT64_MAX, nullptr, 1, 1, &got, nullptr, &error) == nullptr);
        CHECK(got == 0);
        const std::string why = take(error);
        CHECK(why.find("cannot open " + missing) == 0);
        CHECK(cartlint_ndjson_report_file(c.handle, "/tmp", 0, UINT64_MAX, nullptr, 1, 1, &got, nullptr, &error) == nullptr);
        CHECK(take(error) == "cannot read /tmp: not a regular file");  // a directory has no byte ranges
        // A FIFO is refused at once, not waited on for a writer.
        const std::string fifo = std::string(name) + "-fifo";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        CHECK(cartlint_ndjson_report_file(c.handle, fifo.c_str(), 0, UINT64_MAX, nullptr, 1, 1, &got, nullptr, &error) == nullptr);
        CHECK(take(error) == "cannot read " + fifo + ": not a regular file");
        ::unlink(fifo.c_str());
        // A stream's path names it and selects overrides, never a kind: .md lines are still carts.
        char* as_page = cartlint_ndjson_report_file(c.handle, name, 0, UINT64_MAX, "stream.md", 1, 1, &got, nullptr, &error);
        REQUIRE(as_page);
        std::string page_report(as_page, got);
        cartlint_free(as_page);
        CHECK(page_report.find("\"kind\":\"markdown\"") == std::string::npos);
        std::string renamed = cli.out;
        for (std::size_t at = 0; (at = renamed.find(name, at)) != std::string::npos; at += 9) renamed.replace(at, std::strlen(name), "stream.md");
        CHECK(page_report == renamed);
        CHECK(cartlint_ndjson_report_file(c.handle, nullptr, 0, 1, nullptr, 1, 1, &got, nullptr, &error) == nullptr);
        CHECK(error == nullptr);
        CHECK(cartlint_ndjson_report_file(c.handle, name, 0, 1, nullptr, 0, 1, &got, nullptr, &error) == nullptr);  // line 0
        CHECK(cartlint_ndjson_report_file(c.handle, name, 0, 1, nullptr, 1, 1, nullptr, nullptr, &error) == nullptr);
    }

    // The summary counts what the lines say, and has the JSON report's notes.
    std::size_t documents = 0, errors = 0, warnings = 0, infos = 0;
    for (std::size_t at = 0; (at = cli.out.find("{\"", at)) != std::string::npos; ++at) {
        if (cli.out.compare(at, 8, "{\"rule\":") == 0) {
            const std::size_t sev = cli.out.find("\"severity\":\"", at) + 12;
            errors += cli.out.compare(sev, 5, "error") == 0;
            warnings += cli.out.compare(sev, 7, "warning") == 0;
            infos += cli.out.compare(sev, 4, "info") == 0;
        } else if (cli.out.compare(at, 8, "{\"path\":") == 0) {
            documents += cli.out.find("\"kind\":\"empty\"", at) != cli.out.find("\"kind\":", at);
        }
    }
    const std::size_t notes = json.out.find("\"notes\":[", json.out.find("\"summary\":"));
    REQUIRE(notes != std::string::npos);
    CHECK(summary == fmt::format(R"({{"documents":{},"errors":{},"warnings":{},"infos":{},)", documents, errors, warnings, infos) +
                         json.out.substr(notes, json.out.rfind('}') - notes));
    CHECK(summary.find("context/customer-country") != std::string::npos);

    size_t length = 7;
    CHECK(cartlint_ndjson_report(c.handle, stream.data(), stream.size(), nullptr, 0, 0, 1, &length, nullptr) == nullptr);  // line 0
    CHECK(length == 0);
    CHECK(cartlint_ndjson_report(c.handle, stream.data(), stream.size(), nullptr, 1, 0, 1, nullptr, nullptr) == nullptr);
    CHECK(cartlint_ndjson_report(nullptr, stream.data(), stream.size(), nullptr, 1, 0, 1, &length, nullptr) == nullptr);
    char* empty = cartlint_ndjson_report(c.handle, nullptr, 0, nullptr, 1, 0, 1, &length, nullptr);
    CHECK(take(empty).empty());
}
