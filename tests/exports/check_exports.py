#!/usr/bin/env python3
"""Fails when a shared libcartlint exports anything but cartlint's public API.

Usage: check_exports.py [--self-test] --headers DIR [--soname NAME] LIBRARY...

For each LIBRARY, `nm -D --defined-only --demangle` lists what it exports. Checked:
- every exported symbol is cartlint's (starts with "cartlint::"), and none is private:
  nothing under cartlint::detail or an anonymous namespace, nothing of RapidJSON or valijson
  (which the library uses inside; fmt is a dependency, linked, never re-exported);
- everything the public headers (DIR) mark CARTLINT_API is exported: a function by its
  qualified name, a class by its members;
- with --soname, the library's SONAME (readelf -d) is NAME.
With --self-test it first proves, on made-up symbol lists, that it catches a leak and a gap.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

PRIVATE = ("cartlint::detail", "(anonymous namespace)", "rapidjson", "valijson")
# CARTLINT_API on a class (class CARTLINT_API Linter) or on a function declaration.
API_CLASS = re.compile(r"\b(?:class|struct)\s+CARTLINT_API\s+(\w+)")
API_FUNCTION = re.compile(r"\bCARTLINT_API\b[^;{}()]*?\b(~?\w+)\s*\(")
STRUCT = re.compile(r"\b(?:class|struct)\s+(?:CARTLINT_API\s+)?(\w+)\s*(?:final\s*)?\{")
# Member functions marked one by one (ConfigLoad::ok, LintResult::count) are named through the
# struct around them: the innermost struct opened before the declaration and not yet closed.


def public_api(headers):
    """The qualified names the headers promise: cartlint::f, cartlint::S::m, cartlint::Class::."""
    names = set()
    for path in sorted(pathlib.Path(headers).glob("*.hpp")):
        # Comments and preprocessor lines (the macro's own definition) say nothing about the API.
        text = re.sub(r"//[^\n]*|^\s*#[^\n]*", "", path.read_text(encoding="utf-8"), flags=re.M)
        for m in API_CLASS.finditer(text):
            names.add(f"cartlint::{m.group(1)}::")
        for m in API_FUNCTION.finditer(text):
            owner = enclosing_struct(text, m.start())
            names.add(f"cartlint::{owner + '::' if owner else ''}{m.group(1)}(")
    return names


def enclosing_struct(text, at):
    depth_stack = []
    for m in re.finditer(r"\{|\}", text[:at]):
        if m.group() == "{":
            head = STRUCT.search(text[max(0, m.start() - 200):m.end()])
            is_struct = head is not None and text[max(0, m.start() - 200):m.end()].rstrip().endswith(head.group(0).rstrip())
            depth_stack.append(head.group(1) if is_struct else None)
        elif depth_stack:
            depth_stack.pop()
    for name in reversed(depth_stack):
        if name:
            return name
    return ""


def exported(library):
    out = subprocess.run(["nm", "-D", "--defined-only", "--demangle", library], check=True, capture_output=True, text=True).stdout
    symbols = []
    for line in out.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3:
            symbols.append(parts[2])
    return symbols


def soname(library):
    out = subprocess.run(["readelf", "-d", library], check=True, capture_output=True, text=True).stdout
    m = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", out)
    return m.group(1) if m else None


def problems(symbols, api, name="library"):
    found = []
    for s in symbols:
        if not s.startswith("cartlint::"):
            found.append(f"{name}: exports {s!r}, which is not cartlint's")
        elif any(p in s for p in PRIVATE):
            found.append(f"{name}: exports {s!r}, which is private")
    for want in sorted(api):
        if not any(s.startswith(want) for s in symbols):
            found.append(f"{name}: does not export {want}… (marked CARTLINT_API in the public headers)")
    return found


def self_test():
    api = {"cartlint::lint_ndjson(", "cartlint::Linter::"}
    good = ["cartlint::lint_ndjson(cartlint::Linter const&)", "cartlint::Linter::Linter()"]
    assert problems(good, api) == [], problems(good, api)
    for leak in ["cartlint::detail::schema_index()", "cartlint::detail::rapidjson::GenericValue<>::~GenericValue()",
                 "valijson::Schema::~Schema()", "std::vector<int>::~vector()", "cartlint::(anonymous namespace)::f()"]:
        assert problems(good + [leak], api), f"missed the leak {leak}"
    assert problems(good[1:], api), "missed a public function that is not exported"
    assert problems(good[:1], api), "missed a public class that is not exported"
    # The header scan: a function, a class, a member marked one by one, a comment left alone.
    with tempfile.TemporaryDirectory() as d:
        (pathlib.Path(d) / "a.hpp").write_text(
            "namespace cartlint {\n// CARTLINT_API void not_this();\n"
            "struct R { [[nodiscard]] CARTLINT_API int count() const noexcept; };\n"
            "[[nodiscard]] CARTLINT_API R make(int x);\n#define CARTLINT_API __attribute__((visibility(\"default\")))\nclass CARTLINT_API Linter {\npublic:\n  Linter();\n};\n}\n", encoding="utf-8")
        got = public_api(d)
        want = {"cartlint::R::count(", "cartlint::make(", "cartlint::Linter::"}
        assert got == want, f"header scan: {sorted(got)} != {sorted(want)}"


def main(argv):
    args = list(argv)
    if args and args[0] == "--self-test":
        self_test()
        args.pop(0)
    headers = None
    want_soname = None
    libraries = []
    while args:
        a = args.pop(0)
        if a == "--headers":
            headers = args.pop(0)
        elif a == "--soname":
            want_soname = args.pop(0)
        else:
            libraries.append(a)
    if not headers or not libraries:
        print(__doc__, file=sys.stderr)
        return 2
    api = public_api(headers)
    if len(api) < 10:
        print(f"found only {len(api)} CARTLINT_API declarations in {headers}: the scan is broken", file=sys.stderr)
        return 1
    found = []
    for library in libraries:
        symbols = exported(library)
        found += problems(symbols, api, library)
        if want_soname and soname(library) != want_soname:
            found.append(f"{library}: SONAME is {soname(library)!r}, not {want_soname!r}")
        print(f"{library}: {len(symbols)} exported symbols, all cartlint's public API ({len(api)} declarations checked)"
              if not found else f"{library}: {len(symbols)} exported symbols")
    for p in found:
        print(p, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
