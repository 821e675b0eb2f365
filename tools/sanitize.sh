#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan and runs
# the whole test suite there: any sanitizer report fails the test that triggered it.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --fuzz  # clang and its sanitizer runtimes
# Warnings as errors here too: this is the clang build, so a clang warning fails CI as a g++ one does.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DCARTLINT_SANITIZE=ON -DCARTLINT_BUILD_TESTS=ON -DCARTLINT_WERROR=ON >/dev/null
cmake --build build-asan -j "$(nproc)"
cd build-asan
# The consumer test builds a separate project against the installed (sanitized) library. The
# perf-guard tests are left out: their bounds are for the optimised build (a Debug ASan build is
# several times slower and keeps freed memory in quarantine), and the same inputs run in the
# default suite; here the [timing] test's growth ratios guard the sanitized build against
# quadratic paths, and the fuzzers' RSS limit (tools/fuzz.sh) bounds its memory.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --output-on-failure -j "$(nproc)" -E "consumer/" -LE perf-guard
