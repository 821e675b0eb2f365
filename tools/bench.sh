#!/usr/bin/env bash
# Performance, reproducibly, in one run on this machine (issue 7's yardsticks):
#   - cartlint's full lint against a bare RapidJSON DOM parse of the same generated carts
#     (Google Benchmark, in process), and the per-byte cost of a 10,000-line-item cart;
#   - whole-process throughput on an NDJSON corpus: cartlint (--jobs 1 and 2) side by side with
#     ajv (+ ajv-formats, allErrors) and sourcemeta's jsonschema (validate --fast), both given
#     schemas/cart.schema.json, when node and npm are present (installed from the npm registry
#     into build-bench/peers);
#   - the WebAssembly package (bindings/wasm, built by tools/wasm.sh when Emscripten is installed)
#     against ajv + ajv-formats in one Node process (tools/bench/wasm_vs_ajv.mjs), and its size;
#   - the Python binding (bindings/python: lint_ndjson, lint_many) against Debian's
#     python3-fastjsonschema and python3-jsonschema on the same carts and schema, in process
#     (tools/bench/python_binding.py);
#   - peak memory while streaming a 1 GB NDJSON file;
#   - streams at any scale (tools/bench/streaming.sh, issue 15): an all-broken stream of 400,000 carts
#     (every one with an error) against the clean one, the peak memory of every report format on it,
#     and examples/dask on 2 local workers against the command's --jobs 2 (with tools/setup.sh --dask).
# Prints a table of every ratio with its goal, and writes it to build-bench/results.md (and a
# plot, build-bench/throughput.png, when gnuplot is installed).
#   tools/bench.sh [N]          N carts in the corpus (default 100000)
#   CARTLINT_BENCH_GB=0 tools/bench.sh   skips the 1 GB streaming run
#   CARTLINT_BENCH_STREAM=N tools/bench.sh   N carts in the streaming rows (default 400000; 0 skips them)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
gigabyte="${CARTLINT_BENCH_GB:-1}"
tools/setup.sh --bench --dask
out=build-bench
cmake -S . -B "$out" -DCMAKE_BUILD_TYPE=Release -DCARTLINT_BUILD_TESTS=OFF >/dev/null
cmake --build "$out" -j "$(nproc)" --target cartlint-cli cartlint-bench cartlint-generate-carts cartlint_shared >/dev/null
bin="$out/bin"
corpus="$out/carts.ndjson"
"$bin/cartlint-generate-carts" "$n" > "$corpus"
context=(--no-config --ndjson --now 2026-11-22T00:00:00Z --customer-country DE --provider-id 873452 --format json)

# Best of three wall-clock runs of a command, in seconds.
best_of_3() {
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    best=$(python3 -c "import sys; a=float(sys.argv[1])-float(sys.argv[2]); b=sys.argv[3]; print(a if not b or a < float(b) else b)" "$end" "$start" "$best")
  done
  echo "$best"
}

echo "== in process (Google Benchmark, $n carts)" >&2
CARTLINT_BENCH_CARTS="$n" "$bin/cartlint-bench" --benchmark_min_time=2 --benchmark_repetitions=3 \
  --benchmark_report_aggregates_only=true --benchmark_format=json --benchmark_out="$out/google-benchmark.json" \
  --benchmark_out_format=json > /dev/null

echo "== whole process, cartlint" >&2
cli1=$(best_of_3 "$bin/cartlint" "${context[@]}" --jobs 1 "$corpus")
cli2=$(best_of_3 "$bin/cartlint" "${context[@]}" --jobs 2 "$corpus")
stream1="$cli1" stream2="$cli2"

ajv_process="" ajv_loop="" jsonschema_process=""
if command -v node >/dev/null && command -v npm >/dev/null; then
  echo "== whole process, ajv and jsonschema (npm)" >&2
  mkdir -p "$out/peers"
  cp tools/bench/peers/package.json tools/bench/peers/ajv_validate.mjs "$out/peers/"
  (cd "$out/peers" && npm install --no-audit --no-fund --loglevel=error > /dev/null)
  ajv_loop=$(node "$out/peers/ajv_validate.mjs" schemas "$corpus" | python3 -c "import json,sys; print(json.load(sys.stdin)['loop_ms'] / 1000)")
  ajv_process=$(best_of_3 node "$out/peers/ajv_validate.mjs" schemas "$corpus")
  cp "$corpus" "$out/peers/carts.jsonl"  # jsonschema reads JSON Lines by extension
  jsonschema_process=$(best_of_3 "$out/peers/node_modules/.bin/jsonschema" validate schemas/cart.schema.json \
    "$out/peers/carts.jsonl" --fast --resolve schemas)
else
  echo "bench.sh: node and npm not found: ajv and jsonschema are left out" >&2
fi

wasm_json=""
if [[ -n "$ajv_loop" ]] && command -v emcmake >/dev/null; then
  echo "== Node: the WebAssembly package vs ajv (in process)" >&2
  tools/wasm.sh >/dev/null
  cp tools/bench/wasm_vs_ajv.mjs "$out/peers/"  # beside ajv's node_modules, so its imports resolve
  wasm_json="$out/wasm.json"
  node "$out/peers/wasm_vs_ajv.mjs" "$PWD/build-wasm/package" schemas "$corpus" build-wasm/cartlint-*.tgz > "$wasm_json"
else
  echo "bench.sh: Emscripten (tools/setup.sh --wasm) or ajv missing: the WebAssembly package's row is left out" >&2
fi

# Debian's interpreter: python3-jsonschema and python3-fastjsonschema are installed for it (a
# python3 earlier on PATH, a pyenv one say, would not see them and leave the peers out).
python=/usr/bin/python3
[[ -x "$python" ]] || python=python3
echo "== Python: the binding vs fastjsonschema and jsonschema (in process)" >&2
PYTHONPATH="$PWD/bindings/python" CARTLINT_LIBRARY="$PWD/$out/lib/libcartlint.so" \
  "$python" tools/bench/python_binding.py "$corpus" schemas > "$out/python.json"

rss_kb="" gb_bytes=""
if [[ "$gigabyte" != 0 ]]; then
  # The parallel speed-up is measured here too: on a gigabyte, start-up is noise.
  echo "== streaming 1 GB of NDJSON, --jobs 1 and --jobs 2" >&2
  big="$out/carts-1gb.ndjson"
  "$bin/cartlint-generate-carts" 1000000 > "$big"
  gb_bytes=$(stat -c %s "$big")
  stream1=$(best_of_3 "$bin/cartlint" "${context[@]}" --jobs 1 "$big")
  stream2=$(best_of_3 "$bin/cartlint" "${context[@]}" --jobs 2 "$big")
  rss_kb=$( { /usr/bin/time -f "%M" "$bin/cartlint" "${context[@]}" --jobs 2 "$big" > /dev/null; } 2>&1 | tail -1)
  rm -f "$big"
fi

python3 tools/bench/report.py "$out/google-benchmark.json" "$n" "$(stat -c %s "$corpus")" "$cli1" "$cli2" \
  "$ajv_loop" "$ajv_process" "$jsonschema_process" "$rss_kb" "$gb_bytes" "$stream1" "$stream2" "$out" \
  "$out/python.json" "$wasm_json"

stream_n="${CARTLINT_BENCH_STREAM:-400000}"
if [[ "$stream_n" != 0 ]]; then
  tools/bench/streaming.sh "$out" "$out" "$stream_n"
fi
