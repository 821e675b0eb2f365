#!/usr/bin/env bash
# Quick start 2: set up, build (warnings are errors), and run the whole test suite with ctest.
# Tests that need conformance data from outside the repository (the seed pages, JSONTestSuite,
# the SARIF schema; CARTLINT_CONFORMANCE_DIR, default ../shared) are skipped where it is absent,
# and the reason is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh -DCARTLINT_BUILD_TESTS=ON -DCARTLINT_WERROR=ON
cd build
status=0
ctest --output-on-failure -j "$(nproc)" || status=$?
if grep -q '^SKIPPED:' Testing/Temporary/LastTest.log 2>/dev/null; then
  echo "== skipped, and why:"
  grep -h '^SKIPPED:' Testing/Temporary/LastTest.log | sed 's/^/  /'
fi
exit "$status"
