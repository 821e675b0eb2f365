#!/usr/bin/env bash
# Performance, reproducibly: builds the benchmark (Google Benchmark), then prints cartlint's full
# lint against a bare RapidJSON parse of the same generated carts, the per-byte cost of a
# 10,000-line-item cart against a small one, and the command-line throughput on 100,000 carts.
#   tools/bench.sh [N]    N carts (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
tools/setup.sh --bench
tools/build.sh -DCARTLINT_BUILD_TESTS=OFF >/dev/null
out=build/bench
mkdir -p "$out"
CARTLINT_BENCH_CARTS="$n" build/bin/cartlint-bench --benchmark_min_time=2 --benchmark_format=json --benchmark_out="$out/results.json" \
  --benchmark_out_format=json >/dev/null
build/bin/cartlint-generate-carts "$n" > "$out/carts.ndjson"
start=$(date +%s.%N)
build/bin/cartlint --no-config --ndjson --now 2026-11-22T00:00:00Z --customer-country DE --provider-id 873452 --format json \
  "$out/carts.ndjson" > /dev/null
end=$(date +%s.%N)
python3 - "$out/results.json" "$n" "$start" "$end" <<'PY'
import json, sys
r = {b["name"]: b for b in json.load(open(sys.argv[1]))["benchmarks"]}
n, cli = int(sys.argv[2]), float(sys.argv[4]) - float(sys.argv[3])
parse, lint = r["rapidjson_parse"]["cpu_time"], r["cartlint_lint"]["cpu_time"]
small, big = r["cartlint_lint_big_cart/3"]["bytes_per_second"], r["cartlint_lint_big_cart/10000"]["bytes_per_second"]
print(f"carts: {n}")
print(f"RapidJSON DOM parse:   {parse:9.1f} ms")
print(f"cartlint full lint:    {lint:9.1f} ms   ({lint / parse:.1f}x the parse; goal <= 2x)")
print(f"per-byte cost, 10,000 line items vs 3: {small / big:.2f}x   (goal <= 1.5x)")
print(f"cartlint --ndjson on {n} carts, whole process: {cli:.2f} s ({n / cli:,.0f} carts/s)")
PY
