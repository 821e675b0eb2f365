#!/usr/bin/env bash
# Quick start 2: set up, build (warnings are errors), and run the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh -DCARTLINT_BUILD_TESTS=ON -DCARTLINT_WERROR=ON
cd build
ctest --output-on-failure -j "$(nproc)"
