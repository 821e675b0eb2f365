#!/usr/bin/env bash
# Quick start 2: set up (the build's packages and the bindings' toolchains), build (warnings are
# errors), and run the whole test suite with ctest.
# Tests that need conformance data from outside the repository (the seed pages, JSONTestSuite,
# the SARIF schema; CARTLINT_CONFORMANCE_DIR, default ../shared) are skipped where it is absent,
# and the reason is printed at the end. With CARTLINT_REQUIRE_CONFORMANCE=1 (CI) nothing may be
# skipped: a missing directory fails those tests, and any test ctest reports as skipped fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
# The whole suite includes the bindings' tests: Mono for the .NET one (Python needs nothing more),
# Dask distributed for examples/dask's test, the Debian package's (help2man for its man page),
# Emscripten, Node and npm for the WebAssembly package (the build makes it too), and headless
# Chromium with Selenium for the playground's browser test.
tools/setup.sh --dotnet --dask --package --wasm --browser
tools/build.sh -DCARTLINT_BUILD_TESTS=ON -DCARTLINT_WERROR=ON
cd build
junit=Testing/Temporary/ctest-junit.xml
rm -f "$junit"
status=0
ctest --output-on-failure -j "$(nproc)" --output-junit "$PWD/$junit" || status=$?
if grep -q '^SKIPPED:' Testing/Temporary/LastTest.log 2>/dev/null; then
  echo "== skipped, and why:"
  grep -h '^SKIPPED:' Testing/Temporary/LastTest.log | sed 's/^/  /'
fi
if [ -n "${CARTLINT_REQUIRE_CONFORMANCE:-}" ]; then
  # ctest's own count (its JUnit report), whatever made a test skip.
  skipped=$(grep -o '[[:space:]]skipped="[0-9]*"' "$junit" 2>/dev/null | head -n 1 | tr -dc 0-9 || true)
  if [ "${skipped:-missing}" != 0 ]; then
    echo "test.sh: CARTLINT_REQUIRE_CONFORMANCE is set, but ctest skipped ${skipped:-an unknown number of} test(s):" >&2
    grep -o '<testcase name="[^"]*"[^>]*status="notrun"' "$junit" 2>/dev/null | sed 's/<testcase name="\([^"]*\)".*/  \1/' >&2 || true
    [ "$status" != 0 ] || status=1
  fi
fi
exit "$status"
