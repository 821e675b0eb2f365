#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan, and fuzzes each from the seed corpus.
#   tools/fuzz.sh                 600 s per target (the ten-minute run)
#   tools/fuzz.sh --smoke         20 s per target (CI)
#   tools/fuzz.sh --seconds N     N seconds per target
# New inputs go to build-fuzz/corpus-<target>/; a crash is written to build-fuzz/crashes/ and the
# run fails: copy the file into corpus/fuzz/regressions/ so ctest replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=600
while (($#)); do
  case "$1" in
    --smoke) seconds=20 ;;
    --seconds) seconds="$2"; shift ;;
    *) echo "fuzz.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
tools/setup.sh --fuzz
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DCARTLINT_FUZZ=ON >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target cartlint-fuzz-lint cartlint-fuzz-fix cartlint-fuzz-engine_diff cartlint-fuzz-c_abi cartlint-fuzz-parse_diff
mkdir -p build-fuzz/crashes
# Memory follows the input (at most 64 KiB here), never the findings: a run over 2 GiB (libFuzzer's
# default, with ASan's shadow and quarantine inside it) or one allocation over 256 MiB is a
# failure like a crash, saved and replayed the same way.
rss_mb=2048
malloc_mb=256
for target in lint fix engine_diff c_abi parse_diff; do
  mkdir -p "build-fuzz/corpus-$target"
  echo "== fuzzing $target for ${seconds}s"
  build-fuzz/tests/fuzz/cartlint-fuzz-$target "build-fuzz/corpus-$target" corpus/fuzz/seeds corpus/fuzz/regressions corpus/docs \
    -dict=corpus/fuzz/cartlint.dict -max_total_time="$seconds" -max_len=65536 -timeout=5 -rss_limit_mb="$rss_mb" -malloc_limit_mb="$malloc_mb" \
    -artifact_prefix="build-fuzz/crashes/$target-" -print_final_stats=1 2>&1 | grep -E "^(#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::new_units_added|==[0-9]+==|SUMMARY|invariant)" || true
  if compgen -G "build-fuzz/crashes/$target-*" >/dev/null; then
    echo "fuzz.sh: $target found failures: $(ls build-fuzz/crashes/$target-*)" >&2
    exit 1
  fi
done
echo "fuzz.sh: no failure in ${seconds}s per target"
