// cartlint's full lint against a bare RapidJSON DOM parse of the same carts (issue 7's yardstick),
// and the cost per byte of a small cart against one of 10,000 line items.
//   cartlint-bench [--benchmark_filter=…]; CARTLINT_BENCH_CARTS=N sets the corpus size (default 20000)

#include "cart_generator.hpp"

#include <cartlint/cartlint.h>
#include <cartlint/linter.hpp>
#include <cartlint/report.hpp>

#include <benchmark/benchmark.h>
#include <rapidjson/document.h>

#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::vector<std::string>& corpus() {
    static const std::vector<std::string> carts = [] {
        const char* env = std::getenv("CARTLINT_BENCH_CARTS");
        const long n = env ? std::atol(env) : 20000;
        std::mt19937_64 rng(1);
        std::vector<std::string> out;
        for (long i = 0; i < n; ++i) out.push_back(cartlint::bench::cart(rng, 1 + static_cast<int>(rng() % 5)));
        return out;
    }();
    return carts;
}

std::size_t bytes(const std::vector<std::string>& docs) {
    std::size_t total = 0;
    for (const auto& d : docs) total += d.size();
    return total;
}

cartlint::LintOptions options() {
    cartlint::LintOptions o;
    o.customer_country = "DE";
    o.provider_id = "873452";
    o.now = cartlint::parse_timestamp("2026-11-22T00:00:00Z");
    return o;
}

void rapidjson_parse(benchmark::State& state) {
    const auto& docs = corpus();
    for (auto _ : state) {
        for (const auto& d : docs) {
            rapidjson::Document dom;
            dom.Parse(d.data(), d.size());
            benchmark::DoNotOptimize(dom.HasParseError());
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * docs.size()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes(docs)));
}

void cartlint_lint(benchmark::State& state) {
    const auto& docs = corpus();
    const cartlint::Linter linter;
    const auto o = options();
    for (auto _ : state) {
        for (const auto& d : docs) {
            auto r = linter.lint(d, o);
            benchmark::DoNotOptimize(r.diagnostics.size());
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * docs.size()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes(docs)));
}

void cartlint_lint_big_cart(benchmark::State& state) {
    std::mt19937_64 rng(7);
    const std::string big = cartlint::bench::cart(rng, static_cast<int>(state.range(0)));
    const cartlint::Linter linter;
    const auto o = options();
    for (auto _ : state) {
        auto r = linter.lint(big, o);
        benchmark::DoNotOptimize(r.diagnostics.size());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * big.size()));
}

// The per-call cost of the C ABI against the C++ API on one small cart. Both give a client the
// same thing, the findings in a form it can read: the C++ API as LintResult, rendered here to the
// JSON the C ABI returns (so the ratio is what crossing the C boundary costs), and bare too.
const std::string& small_cart() {
    static const std::string cart = [] {
        std::mt19937_64 rng(3);
        return cartlint::bench::cart(rng, 1);
    }();
    return cart;
}

void cxx_api_small_cart(benchmark::State& state) {
    const cartlint::Linter linter;
    const auto o = options();
    const bool report = state.range(0) != 0;
    for (auto _ : state) {
        std::vector<cartlint::FileResult> files(1);
        files[0].path = "cart.json";
        files[0].text = small_cart();
        files[0].result = linter.lint(small_cart(), o);
        if (report) {
            std::ostringstream out;
            cartlint::write_json(out, files);
            benchmark::DoNotOptimize(out.str().size());
        }
        benchmark::DoNotOptimize(files[0].result.diagnostics.size());
    }
}

void c_abi_small_cart(benchmark::State& state) {
    cartlint_linter* linter = cartlint_linter_new(
        R"({"customerCountry":"DE","providerId":"873452","now":"2026-11-22T00:00:00Z"})", nullptr);
    for (auto _ : state) {
        char* report = cartlint_lint(linter, small_cart().data(), small_cart().size(), "cart.json");
        benchmark::DoNotOptimize(report);
        cartlint_free(report);
    }
    cartlint_linter_free(linter);
}

// A doc page (--kind markdown) of N fenced HTTP requests, each a PUT of a generated cart with its
// headers, after a property table: what the container pipeline adds to linting the bodies alone.
std::string doc_page(int samples) {
    std::mt19937_64 rng(7);
    std::string page = "---\ntitle: Update a cart\n---\n# Update a cart\n\n| Property | Type | Required | Description |\n"
                       "|---|---|---|---|\n| catalogItemId | string | Yes | The item. |\n| quantity | int | Yes | How many. |\n"
                       "| billingCycle | string | Yes | The cycle. |\n\n";
    for (int i = 0; i < samples; ++i) {
        const std::string body = cartlint::bench::cart(rng, 1 + static_cast<int>(rng() % 5));
        page += "```http\nPUT /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73 HTTP/1.1\n"
                "Authorization: Bearer <token>\nContent-Type: application/json\nContent-Length: " +
                std::to_string(body.size()) + "\n\n" + body + "\n```\n\n";
    }
    return page;
}

void cartlint_lint_doc_page(benchmark::State& state) {
    const cartlint::Linter linter;
    auto o = options();
    o.kind = cartlint::DocumentKind::markdown;
    const std::string page = doc_page(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(linter.lint(page, o).diagnostics.size());
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(page.size()));
}

}  // namespace

BENCHMARK(cartlint_lint_doc_page)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond);
BENCHMARK(cxx_api_small_cart)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(c_abi_small_cart)->Unit(benchmark::kMicrosecond);
BENCHMARK(rapidjson_parse)->Unit(benchmark::kMillisecond);
BENCHMARK(cartlint_lint)->Unit(benchmark::kMillisecond);
BENCHMARK(cartlint_lint_big_cart)->Arg(3)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
