#!/usr/bin/env bash
# Quick start 1: set up, build, and lint the Partner Center doc samples bundled in corpus/, and the
# published doc pages they come from (corpus/pages/: Markdown, checked as --kind markdown).
# The doc samples are broken on purpose (as published), so findings are expected: this script
# fails only if cartlint itself could not run (exit code 2 or worse).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh -DCARTLINT_BUILD_TESTS=OFF
echo "== cartlint corpus/docs/*.json corpus/valid/*.json"
status=0
build/bin/cartlint corpus/docs/*.json corpus/valid/*.json || status=$?
if ((status >= 2)); then
  echo "cartlint failed to run (exit code $status)" >&2
  exit "$status"
fi
echo "== cartlint exited with $status (1: findings, as expected for the doc samples as published)"
echo "== cartlint corpus/pages/*/*.md"
status=0
build/bin/cartlint corpus/pages/*/*.md || status=$?
if ((status >= 2)); then
  echo "cartlint failed to run on the doc pages (exit code $status)" >&2
  exit "$status"
fi
echo "== cartlint exited with $status (1: findings, as expected for the pages as published)"
