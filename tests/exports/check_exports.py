#!/usr/bin/env python3
"""Fails when a shared libcartlint exports anything but cartlint's public API.

Usage: check_exports.py [--self-test] --headers DIR [--soname NAME] [--archive LIB.a] LIBRARY...

For each LIBRARY, `nm -D --defined-only --demangle` lists what it exports. Checked:
- every exported symbol is a function the public headers (DIR) mark CARTLINT_API, by its
  qualified name: nothing under cartlint::detail or an anonymous namespace, no private member
  (Linter::Impl), nothing of RapidJSON or valijson (which the library uses inside), nothing of
  the standard library or fmt (a dependency: linked, never re-exported);
- everything the headers mark CARTLINT_API is exported;
- the same for the C ABI: the functions cartlint.h marks CARTLINT_C_API, by their plain names
  (cartlint_lint), are exported and no other C symbol is;
- with --soname, the library's SONAME (readelf -d) is NAME;
- with --archive, the static library defines no symbol of the global rapidjson namespace: hidden
  visibility does not keep a static library's template instantiations from merging with a
  client's, so cartlint's RapidJSON (with its own RAPIDJSON_ASSERT) must have names of its own
  (cartlint::detail::rapidjson).
With --self-test it first proves, on made-up symbol lists and a made-up header, that it catches
a leak and a gap.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

PRIVATE = ("cartlint::detail::", "cartlint::(anonymous namespace)")
# CARTLINT_C_API on a declaration of the C header (cartlint.h): the name before the parenthesis.
C_FUNCTION = re.compile(r"\bCARTLINT_C_API\b[^;{}()]*?\b(cartlint_\w+)\s*\(")
# CARTLINT_API on a function declaration (export.hpp: functions are marked, classes never are).
API_FUNCTION = re.compile(r"\bCARTLINT_API\b[^;{}()]*?(?<![\w~])(operator[^\w\s(]+|~?\w+)\s*\(")
STRUCT = re.compile(r"\b(?:class|struct)\s+(\w+)\s*(?:final\s*)?$")
ABI_TAG = re.compile(r"\[abi:\w+\]")


def public_api(headers):
    """The qualified names the headers promise, up to the parenthesis: cartlint::f(, cartlint::S::m(."""
    names = set()
    for path in sorted(pathlib.Path(headers).glob("*.hpp")):
        # Comments and preprocessor lines (the macro's own definition) say nothing about the API.
        text = re.sub(r"//[^\n]*|^\s*#[^\n]*", "", path.read_text(encoding="utf-8"), flags=re.M)
        for m in API_FUNCTION.finditer(text):
            owner = enclosing_struct(text, m.start())
            names.add(f"cartlint::{owner + '::' if owner else ''}{m.group(1)}(")
    for path in sorted(pathlib.Path(headers).glob("*.h")):
        text = re.sub(r"/\*.*?\*/|^\s*#[^\n]*", "", path.read_text(encoding="utf-8"), flags=re.M | re.S)
        names.update(m.group(1) for m in C_FUNCTION.finditer(text))  # a C name is exactly the symbol
    return names


def enclosing_struct(text, at):
    """The innermost class or struct whose body holds `at` ("" at namespace scope)."""
    stack = []
    for m in re.finditer(r"[{}]", text[:at]):
        if m.group() == "{":
            head = STRUCT.search(text[max(0, m.start() - 200):m.start()].rstrip())
            stack.append(head.group(1) if head else None)
        elif stack:
            stack.pop()
    return next((name for name in reversed(stack) if name), "")


def exported(library):
    out = subprocess.run(["nm", "-D", "--defined-only", "--demangle", library], check=True, capture_output=True, text=True).stdout
    symbols = []
    for line in out.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3:
            symbols.append(ABI_TAG.sub("", parts[2]))  # printable[abi:cxx11](…) is printable(…)
    return symbols


def global_rapidjson(archive):
    out = subprocess.run(["nm", "--defined-only", "--demangle", archive], check=True, capture_output=True, text=True).stdout
    return rapidjson_outside_cartlint([line.split(None, 2)[2] for line in out.splitlines() if len(line.split(None, 2)) == 3])


def rapidjson_outside_cartlint(symbols):
    return [s for s in symbols if re.search(r"(?<![\w:])rapidjson::", s)]


def soname(library):
    out = subprocess.run(["readelf", "-d", library], check=True, capture_output=True, text=True).stdout
    m = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", out)
    return m.group(1) if m else None


def problems(symbols, api, name="library"):
    found = []
    for s in symbols:
        if s in api:
            continue  # a C ABI function
        if not s.startswith("cartlint::"):
            found.append(f"{name}: exports {s!r}, which is not cartlint's")
        elif s.startswith(PRIVATE):
            found.append(f"{name}: exports {s!r}, which is private")
        elif not any(s.startswith(want) for want in api):
            found.append(f"{name}: exports {s!r}, which no public header marks CARTLINT_API")
    for want in sorted(api):
        if not any(s.startswith(want) if want.endswith("(") else s == want for s in symbols):
            found.append(f"{name}: does not export {want}… (marked CARTLINT_API in the public headers)")
    return found


def self_test():
    api = {"cartlint::lint_ndjson(", "cartlint::Linter::Linter("}
    good = ["cartlint::lint_ndjson(cartlint::Linter const&)", "cartlint::Linter::Linter()"]
    assert problems(good, api) == [], problems(good, api)
    for leak in ["cartlint::detail::schema_index()", "cartlint::detail::rapidjson::GenericValue<>::~GenericValue()",
                 "rapidjson::GenericValue<>::~GenericValue()", "valijson::Schema::~Schema()", "std::vector<int>::~vector()",
                 "cartlint::(anonymous namespace)::f()", "cartlint::Linter::Impl::check() const",
                 "fmt::v9::detail::format_error::~format_error()"]:
        assert problems(good + [leak], api), f"missed the leak {leak}"
    assert problems(good[1:], api), "missed a public function that is not exported"
    assert problems(good[:1], api), "missed a public constructor that is not exported"
    c_api = api | {"cartlint_lint"}
    assert problems(good + ["cartlint_lint"], c_api) == [], problems(good + ["cartlint_lint"], c_api)
    assert problems(good, c_api), "missed a C function that is not exported"
    assert problems(good + ["cartlint_lint", "cartlint_private_helper"], c_api), "missed an unmarked C symbol"
    # The header scan: functions, members marked one by one (an operator and a destructor among
    # them), a comment and the macro's own definition left alone.
    with tempfile.TemporaryDirectory() as d:
        (pathlib.Path(d) / "a.hpp").write_text(
            "namespace cartlint {\n// CARTLINT_API void not_this();\n"
            "struct R { [[nodiscard]] CARTLINT_API int count() const noexcept; };\n"
            "[[nodiscard]] CARTLINT_API R make(int x);\n#define CARTLINT_API __attribute__((visibility(\"default\")))\n"
            "class Linter {\npublic:\n  CARTLINT_API Linter();\n  CARTLINT_API ~Linter();\n"
            "  CARTLINT_API Linter& operator=(Linter&&) noexcept;\n  void not_exported();\n};\n"
            "CARTLINT_API void after();\n}\n", encoding="utf-8")
        (pathlib.Path(d) / "c.h").write_text(
            "/* CARTLINT_C_API void cartlint_not_this(void); */\n#define CARTLINT_C_API x\n"
            "CARTLINT_C_API char* cartlint_lint(const cartlint_linter* linter,\n  size_t length);\n", encoding="utf-8")
        got = public_api(d)
        want = {"cartlint_lint", "cartlint::R::count(", "cartlint::make(", "cartlint::Linter::Linter(", "cartlint::Linter::~Linter(",
                "cartlint::Linter::operator=(", "cartlint::after("}
        assert got == want, f"header scan: {sorted(got)} != {sorted(want)}"
    # The archive check: RapidJSON in cartlint's namespace passes, in the global one it does not.
    assert rapidjson_outside_cartlint(["cartlint::detail::rapidjson::GenericValue<>::Accept()",
                                       "void f<cartlint::detail::rapidjson::UTF8<char> >()"]) == []
    assert rapidjson_outside_cartlint(["rapidjson::GenericValue<>::Accept()"])
    assert rapidjson_outside_cartlint(["void cartlint::detail::f<rapidjson::UTF8<char> >()"])


def main(argv):
    args = list(argv)
    if args and args[0] == "--self-test":
        self_test()
        args.pop(0)
    headers = None
    want_soname = None
    archives = []
    libraries = []
    while args:
        a = args.pop(0)
        if a == "--headers":
            headers = args.pop(0)
        elif a == "--soname":
            want_soname = args.pop(0)
        elif a == "--archive":
            archives.append(args.pop(0))
        else:
            libraries.append(a)
    if not headers or not libraries:
        print(__doc__, file=sys.stderr)
        return 2
    api = public_api(headers)
    if len(api) < 10:
        print(f"found only {len(api)} CARTLINT_API declarations in {headers}: the scan is broken", file=sys.stderr)
        return 1
    failed = False
    for library in libraries:
        symbols = exported(library)
        found = problems(symbols, api, library)
        if want_soname and soname(library) != want_soname:
            found.append(f"{library}: SONAME is {soname(library)!r}, not {want_soname!r}")
        print(f"{library}: {len(symbols)} exported symbols; {len(api)} public declarations checked; "
              + ("problems:" if found else "only the public API"))
        for p in found:
            print("  " + p)
        failed |= bool(found)
    for archive in archives:
        leaked = global_rapidjson(archive)
        print(f"{archive}: " + (f"{len(leaked)} symbols in the global rapidjson namespace, e.g. {leaked[0]!r}" if leaked
                                 else "RapidJSON only in cartlint::detail::rapidjson"))
        failed |= bool(leaked)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
