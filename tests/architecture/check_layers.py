#!/usr/bin/env python3
"""Fails when a file includes a layer above its own.

The order is read from lib/src/LAYERS.txt (the one place it lives). Checked:
- lib/src/<layer>/**: a quoted include "<other>/..." needs rank(other) <= rank(layer);
  a directory under lib/src/ that LAYERS.txt does not list is an error too;
- lib/include/cartlint/**: the public headers include no private header (nothing quoted);
- tools/**: the command and the benchmarks use the public API only (no "<layer>/..." include);
- README.md: the layer line between <!-- layers:begin --> and <!-- layers:end --> is the order.
With --self-test it first proves that it catches an upward include, in a scratch tree.
"""
import pathlib
import re
import shutil
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)
SOURCES = (".cpp", ".hpp", ".h", ".c", ".inc")


def layers(root):
    order = []
    for line in (root / "lib/src/LAYERS.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            order.append(line)
    return order


def readme_line(order):
    return " → ".join(f"`{name}`" for name in order)


def problems(root):
    order = layers(root)
    rank = {name: i for i, name in enumerate(order)}
    found = []
    src = root / "lib/src"
    for path in sorted(src.rglob("*")):
        if not path.is_file() or path.suffix not in SOURCES:
            continue
        rel = path.relative_to(src)
        if len(rel.parts) < 2:
            found.append(f"lib/src/{rel}: a source file outside every layer")
            continue
        own = rel.parts[0]
        if own not in rank:
            found.append(f"lib/src/{rel}: directory '{own}' is not a layer in lib/src/LAYERS.txt")
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in INCLUDE.finditer(text):
            target = m.group(1).split("/", 1)[0]
            if "/" not in m.group(1):
                continue  # a generated file beside it, or a same-directory header
            line = text.count("\n", 0, m.start()) + 1
            if target not in rank:
                found.append(f"lib/src/{rel}:{line}: includes \"{m.group(1)}\", which is in no layer")
            elif rank[target] > rank[own]:
                found.append(f"lib/src/{rel}:{line}: layer '{own}' includes \"{m.group(1)}\" from '{target}', a layer above it")
    for base, what in (("lib/include", "a public header"), ("tools", "the command and the benchmarks")):
        for path in sorted((root / base).rglob("*")):
            if not path.is_file() or path.suffix not in SOURCES:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for m in INCLUDE.finditer(text):
                first = m.group(1).split("/", 1)[0]
                line = text.count("\n", 0, m.start()) + 1
                if base == "lib/include" or ("/" in m.group(1) and first in rank):
                    found.append(f"{path.relative_to(root)}:{line}: {what} includes the private header \"{m.group(1)}\"")
    readme = (root / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- layers:begin -->\n(.*?)\n<!-- layers:end -->", readme, re.S)
    if not m:
        found.append("README.md: no <!-- layers:begin --> ... <!-- layers:end --> section")
    elif readme_line(order) not in m.group(1):
        found.append(f"README.md: the layers section does not show the order {readme_line(order)}")
    return found


def self_test(root):
    with tempfile.TemporaryDirectory() as tmp:
        scratch = pathlib.Path(tmp)
        for part in ("lib/src/LAYERS.txt", "README.md"):
            (scratch / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(root / part, scratch / part)
        (scratch / "lib/include").mkdir(parents=True)
        (scratch / "tools").mkdir()
        low, high = layers(root)[0], layers(root)[-1]
        (scratch / f"lib/src/{low}").mkdir(parents=True)
        (scratch / f"lib/src/{low}/a.cpp").write_text(f'#include "{low}/a.hpp"\n', encoding="utf-8")
        if problems(scratch):
            return "the checker rejects a downward-only tree"
        (scratch / f"lib/src/{low}/b.cpp").write_text(f'#include "{high}/x.hpp"\n', encoding="utf-8")
        if not any("a layer above it" in p for p in problems(scratch)):
            return "the checker missed an upward include"
    return None


def main():
    root = pathlib.Path(sys.argv[-1] if len(sys.argv) > 1 and not sys.argv[-1].startswith("--") else ".").resolve()
    if "--self-test" in sys.argv:
        failure = self_test(root)
        if failure:
            print(f"check_layers self-test: {failure}", file=sys.stderr)
            return 1
    found = problems(root)
    for p in found:
        print(p, file=sys.stderr)
    if found:
        print(f"{len(found)} include(s) break the layer order: {' < '.join(layers(root))}", file=sys.stderr)
        return 1
    print(f"layers ok: {' < '.join(layers(root))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
