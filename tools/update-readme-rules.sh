#!/usr/bin/env bash
# Regenerates the README's rule reference (between <!-- rules:begin --> and <!-- rules:end -->)
# from `cartlint --list-rules --format markdown`; the cli test fails until this has been run.
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-build/bin/cartlint}"
table="$("$binary" --list-rules --format markdown)"
python3 - "$table" <<'PY'
import sys
table = sys.argv[1] + "\n"
text = open("README.md", encoding="utf-8").read()
begin, end = "<!-- rules:begin -->\n", "<!-- rules:end -->"
a, b = text.index(begin) + len(begin), text.index(end)
open("README.md", "w", encoding="utf-8").write(text[:a] + table + text[b:])
PY
