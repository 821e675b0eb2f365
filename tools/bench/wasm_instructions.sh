#!/usr/bin/env bash
# Instructions a cart in the WebAssembly package's lintNdjson, counted instead of timed: this
# machine's timings drift by a fifth from minute to minute, an instruction count does not. Runs
# Node under callgrind with V8's optimizing tier only (no Liftoff, no tier-up: the code that runs is
# the code that counts) and one thread, linting N generated carts once and then four times; the
# difference over 3N carts leaves out loading Node, the module and the text.
#   tools/bench/wasm_instructions.sh [PACKAGE_DIR] [N]    default: build-wasm/package, 20000 carts
# Counts the module load() picks in Node (cartlint-simd.wasm); CARTLINT_WASM_SIMD=0 counts cartlint.wasm.
# Needs the package (tools/wasm.sh), valgrind (tools/setup.sh --bench) and the carts' generator
# (built into build-bench/ here if missing).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
package="${1:-$root/build-wasm/package}"
[[ -f "$package/index.mjs" ]] || { echo "wasm_instructions.sh: no package at $package (run tools/wasm.sh)" >&2; exit 2; }
package="$(cd "$package" && pwd)"  # absolute, from the caller's directory
n="${2:-20000}"
cd "$root"
command -v valgrind >/dev/null || tools/setup.sh --bench
generator=build-bench/bin/cartlint-generate-carts
if [[ ! -x "$generator" ]]; then
  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DCARTLINT_BUILD_TESTS=OFF >/dev/null
  cmake --build build-bench -j "$(nproc)" --target cartlint-generate-carts >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$generator" "$n" > "$work/carts.ndjson"
cat > "$work/lint.mjs" <<'JS'
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [packageDir, corpus, runs] = process.argv.slice(2);
const { load } = await import(pathToFileURL(`${packageDir}/index.mjs`).href);
const linter = await load({ simd: process.env.CARTLINT_WASM_SIMD !== "0" });
const text = readFileSync(corpus, "utf8");
const context = { now: "2026-11-22T00:00:00Z", customerCountry: "DE", providerId: "873452" };
for (let i = 0; i < Number(runs); ++i) linter.lintNdjson(text, context);
JS
# The instructions of one run of `runs` passes; on any failure, the run's own output.
count() {
  local log="$work/run$1.log" refs
  if ! valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="$work/callgrind$1.log" \
      node --no-liftoff --no-wasm-tier-up --single-threaded "$work/lint.mjs" "$package" "$work/carts.ndjson" "$1" > "$log" 2>&1; then
    echo "wasm_instructions.sh: linting under callgrind failed:" >&2
    cat "$log" "$work/callgrind$1.log" >&2
    exit 1
  fi
  refs=$(sed -n 's/.*refs: *//p' "$work/callgrind$1.log" | tr -d ,)
  [[ "$refs" =~ ^[0-9]+$ ]] || { echo "wasm_instructions.sh: no instruction count in callgrind's log" >&2; cat "$work/callgrind$1.log" >&2; exit 1; }
  echo "$refs"
}
once=$(count 1)
four=$(count 4)
module=cartlint-simd.wasm
[[ "${CARTLINT_WASM_SIMD:-1}" == 0 ]] && module=cartlint.wasm
echo "lintNdjson: $(( (four - once) / (3 * n) )) x86 instructions a cart, the whole call ($n carts, $package/$module)"
