#!/usr/bin/env python3
"""The C ABI from a plain C program built against the *installed* tree with pkg-config only.

usage: run_c_consumer.py BUILD_DIR CARTLINT_CLI WORK_DIR SOURCE_DIR

Installs BUILD_DIR into WORK_DIR/prefix, compiles tests/consumer-c/lint_files.c with
`pkg-config --cflags --libs cartlint` (nothing else), checks that it loads the installed
libcartlint.so.N, then holds its reports to `cartlint --format json` for every corpus file (JSON
payloads, .http messages and .md doc pages, each with its .args context as options), its --fix
output to `cartlint --fix`, and bad options to an error, never a crash.
"""
import glob
import json
import os
import shlex
import shutil
import subprocess
import sys

NOW = "2026-01-01T00:00:00Z"


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, **kw)


def corpus_files(corpus):
    """Every corpus/**/X.json, X.http and X.md outside corpus/fuzz (not the folders' SOURCES.md), sorted."""
    found = []
    for ext in ("json", "http", "md"):
        found += [os.path.relpath(p, corpus) for p in glob.glob(os.path.join(corpus, "**", "*." + ext), recursive=True)]
    return sorted(f for f in found if not f.startswith("fuzz") and os.path.basename(f) not in ("SOURCES.md", "README.md"))


def corpus_args(corpus, path):
    """The command-line options of corpus/X.args for X.json, X.http or X.md, or the fixed clock alone."""
    args = os.path.join(corpus, os.path.splitext(path)[0] + ".args")
    if not os.path.exists(args):
        return ["--now", NOW]
    with open(args) as f:
        return shlex.split(f.readline())


# The command's flags and the C ABI's option keys that mean the same.
KEYS = {"--now": "now", "--customer-country": "customerCountry", "--provider-id": "providerId", "--kind": "kind"}


def options_of(args):
    return {KEYS[args[i]]: args[i + 1] for i in range(0, len(args), 2)}


def main():
    build, cli, work, source = sys.argv[1:5]
    shutil.rmtree(work, ignore_errors=True)
    prefix = os.path.join(work, "prefix")
    done = run(["cmake", "--install", build, "--prefix", prefix])
    if done.returncode:
        fail(f"cmake --install: {done.stderr.decode()}")
    pcs = glob.glob(os.path.join(prefix, "**", "pkgconfig", "cartlint.pc"), recursive=True)
    if len(pcs) != 1:
        fail(f"expected one installed cartlint.pc, found {pcs}")
    env = dict(os.environ, PKG_CONFIG_PATH=os.path.dirname(pcs[0]))
    flags = run(["pkg-config", "--cflags", "--libs", "cartlint"], env=env, text=True)
    if flags.returncode:
        fail(f"pkg-config: {flags.stderr}")
    libdir = run(["pkg-config", "--variable=libdir", "cartlint"], env=env, text=True).stdout.strip()
    program = os.path.join(work, "lint_files")
    cc = os.environ.get("CC", "cc")
    built = run([cc, "-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", os.path.join(source, "tests/consumer-c/lint_files.c"),
                 *flags.stdout.split(), f"-Wl,-rpath,{libdir}", "-o", program], text=True)
    if built.returncode:
        fail(f"the C program does not build against the installed tree:\n{built.stderr}")
    needed = run(["readelf", "-d", program], text=True).stdout
    if "libcartlint.so." not in needed:
        fail(f"the program does not load the shared libcartlint:\n{needed}")

    corpus = os.path.join(source, "corpus")
    files = corpus_files(corpus)
    kinds = {os.path.splitext(f)[1] for f in files}
    if len(files) < 150 or kinds != {".json", ".http", ".md"}:
        fail(f"only {len(files)} corpus files, of the kinds {sorted(kinds)}")
    # One run of the program for each context (.args) the files share, with that context as options.
    groups = {}
    for path in files:
        groups.setdefault(tuple(corpus_args(corpus, path)), []).append(path)
    for args, group in groups.items():
        got = run([program, "--options", json.dumps(options_of(args)), *group], cwd=corpus, text=True)
        if got.returncode not in (0,):
            fail(f"the C program failed ({got.returncode}): {got.stderr}")
        reports = got.stdout.split("\n")[:-1]
        if len(reports) != len(group):
            fail(f"{len(reports)} reports for {len(group)} files")
        for path, report in zip(group, reports):
            want = run([cli, "--no-config", *args, "--format", "json", path], cwd=corpus, text=True).stdout
            if report.strip() != want.strip():
                fail(f"{path}: the C ABI's report differs from cartlint --format json\n C: {report[:600]}\nCLI: {want[:600]}")

    # --fix: the same bytes as the command writes.
    broken = [f for f in files if f.startswith(("syntax/", "rules/quirk/", "pages/", "http/", "rules/http/"))]
    for path in broken:
        copy = os.path.join(work, "fix-" + path.replace("/", "_"))
        shutil.copyfile(os.path.join(corpus, path), copy)
        run([cli, "--no-config", "--fix", copy])
        fixed = run([program, "--fix", os.path.join(corpus, path)]).stdout
        if fixed != open(copy, "rb").read():
            fail(f"{path}: cartlint_fix differs from cartlint --fix")

    # Bad options: a clear error, never a crash.
    for options, says in (('{"kind": "carts"}', "kind"), ("not json", "options 1:1"), ('{"customerCountry": "Germany"}', "alpha-2"),
                          ('{"rules": {"no/such": "off"}}', "no rule"), ('{"now": "yesterday"}', "RFC 3339"),
                          ('{"colour": 1}', "colour")):
        bad = run([program, "--options", options], text=True)
        if bad.returncode != 3 or says not in bad.stderr:
            fail(f"options {options!r}: expected exit 3 saying {says!r}, got {bad.returncode}: {bad.stderr}")
    print(f"ok: {len(files)} reports and {len(broken)} fixes equal the command's; bad options are errors")


if __name__ == "__main__":
    main()
