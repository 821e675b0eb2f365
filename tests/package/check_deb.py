#!/usr/bin/env python3
"""The Debian package, as a user gets it: extracted with `dpkg-deb -x` into a private directory
(nothing installed on the machine), then used from there.

usage: check_deb.py (--deb FILE | --build BUILD_DIR) --work DIR --source SOURCE_DIR [--cli CARTLINT] [--man-page OFF]

--build makes the package from a configured and built tree with cpack first (the ctest test);
--deb checks one already made (tools/package.sh checks what it built). It checks the control
fields (name, version, dependencies), that every part is there (the command, the shared and static
libraries, the headers, the CMake package, cartlint.pc, the Python package, the schemas, the man
page, the MIT licence in Debian's copyright file), then runs the extracted command, a C program
built with `pkg-config` against the extracted tree alone, and the extracted Python package, and
holds their reports to one another (and to CARTLINT, the build's command, when given).

Exit 77 (a ctest skip, with the reason) where dpkg-deb or cpack is missing: not a Debian system.
"""
import argparse
import glob
import gzip
import json
import os
import re
import shutil
import subprocess
import sys

NOW = "2018-03-16T00:00:00Z"  # before the samples' carts expire
# A corpus file with findings (a schema error the README shows), and one with none.
SAMPLES = ("schema/enum-term-duration.json", "valid/cart-minimal.json")


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def skip(reason):
    print("SKIPPED:", reason)
    sys.exit(77)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def one(pattern, root):
    # The Python package's link to the shared library is not the library.
    found = [f for f in glob.glob(os.path.join(root, pattern), recursive=True) if "dist-packages" not in f or "python" in pattern.lower()]
    if len(found) != 1:
        fail(f"expected one {pattern} in the package, found {[os.path.relpath(f, root) for f in found]}")
    return found[0]


def project_version(source):
    text = open(os.path.join(source, "CMakeLists.txt"), encoding="utf-8").read()
    return re.search(r"project\(cartlint VERSION ([0-9.]+)", text).group(1)


def build_package(build, work):
    if not shutil.which("cpack"):
        skip("cpack is not installed")
    out = os.path.join(work, "cpack")
    # Uncompressed, to keep the test quick: tools/package.sh checks the compressed package it ships.
    made = run(["cpack", "-G", "DEB", "-B", out, "-D", "CPACK_DEBIAN_COMPRESSION_TYPE=none",
                "--config", os.path.join(build, "CPackConfig.cmake")])
    if made.returncode:
        fail(f"cpack -G DEB failed:\n{made.stdout}\n{made.stderr}")
    debs = glob.glob(os.path.join(out, "*.deb"))
    if len(debs) != 1:
        fail(f"cpack made {debs}, not one .deb")
    return debs[0]


def check_control(deb, version):
    fields = run(["dpkg-deb", "-f", deb, "Package", "Version", "Architecture", "Depends", "Description"]).stdout
    control = dict(re.findall(r"^(\w+): (.*)$", fields, re.M))
    want_arch = run(["dpkg", "--print-architecture"]).stdout.strip()
    if control.get("Package") != "cartlint" or control.get("Version") != version or control.get("Architecture") != want_arch:
        fail(f"control fields: {control} (expected cartlint {version} {want_arch})")
    # The command and libcartlint.so load libfmt (and the C++ runtime): the package must say so.
    for needed in ("libfmt", "libstdc++6", "libc6"):
        if needed not in control.get("Depends", ""):
            fail(f"Depends does not name {needed}: {control.get('Depends')!r}")
    if "MIT" not in fields:
        fail("the description does not name the licence")


def check_contents(root, version):
    usr = os.path.join(root, "usr")
    paths = {
        "command": "bin/cartlint",
        "shared library": "lib/**/libcartlint.so." + ".".join(version.split(".")[:2]),
        "static library": "lib/**/libcartlint.a",
        "C header": "include/cartlint/cartlint.h",
        "C++ header": "include/cartlint/cartlint.hpp",
        "generated header": "include/cartlint/version.hpp",
        "CMake package": "lib/**/cmake/cartlint/cartlintConfig.cmake",
        "pkg-config file": "lib/**/pkgconfig/cartlint.pc",
        "Python package": "lib/python3/dist-packages/cartlint/__init__.py",
        "cart schema": "share/cartlint/schemas/cart.schema.json",
        "man page": "share/man/man1/cartlint.1.gz",
        "copyright file": "share/doc/cartlint/copyright",
    }
    found = {what: one(pattern, usr) for what, pattern in paths.items()}
    copyright_text = open(found["copyright file"], encoding="utf-8").read()
    if "License: MIT" not in copyright_text or "Permission is hereby granted" not in copyright_text:
        fail("share/doc/cartlint/copyright does not carry the MIT licence")
    man = gzip.open(found["man page"], "rt", encoding="utf-8").read()
    for needed in (".TH CARTLINT", "\\-\\-format", "\\-\\-fail\\-on", version):
        if needed not in man:
            fail(f"the man page lacks {needed!r}")
    # Nothing records where it was built or staged: an installed tree names /usr only.
    for directory, _, files in os.walk(usr):
        for name in files:
            path = os.path.join(directory, name)
            if name.endswith((".py", ".cmake", ".pc", ".h", ".hpp")):
                text = open(path, encoding="utf-8", errors="replace").read()
                if "_CPack_Packages" in text or (BUILD and BUILD in text):
                    fail(f"{os.path.relpath(path, root)} names the build or staging directory")
    paths_py = open(os.path.join(os.path.dirname(found["Python package"]), "_paths.py"), encoding="utf-8").read()
    recorded = re.search(r'LIBRARY = "([^"]*)"', paths_py).group(1)
    if os.path.join("/", os.path.relpath(found["shared library"], root)) != recorded:
        fail(f"_paths.py records {recorded}, not where the package installs the library")
    # Owned by root in the archive, whoever built it.
    listing = run(["dpkg-deb", "-c", DEB]).stdout
    if any(not line.split()[1].startswith("root/root") for line in listing.splitlines() if line.strip()):
        fail("files in the package are not owned by root/root")
    return found


BUILD = None


def main():
    global DEB, BUILD
    parser = argparse.ArgumentParser()
    parser.add_argument("--deb")
    parser.add_argument("--build")
    parser.add_argument("--work", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--cli")
    parser.add_argument("--man-page", default="ON", help="OFF: the build found no help2man, so there is no man page to package")
    args = parser.parse_args()
    # The checks run programs from other directories: every path absolute.
    for name in ("deb", "build", "work", "source", "cli"):
        if getattr(args, name):
            setattr(args, name, os.path.abspath(getattr(args, name)))
    if args.man_page.upper() in ("OFF", "FALSE", "0", "NO"):
        skip("help2man is not installed (tools/setup.sh --package): the build made no man page, so no complete package")
    if not shutil.which("dpkg-deb"):
        skip("dpkg-deb is not installed (not a Debian system): the .deb cannot be checked")
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    version = project_version(args.source)
    BUILD = os.path.realpath(args.build) if args.build else None
    DEB = args.deb or build_package(args.build, args.work)
    check_control(DEB, version)
    root = os.path.join(args.work, "root")
    extracted = run(["dpkg-deb", "-x", DEB, root])
    if extracted.returncode:
        fail(f"dpkg-deb -x: {extracted.stderr}")
    found = check_contents(root, version)
    corpus = os.path.join(args.source, "corpus")

    # The command, run from the extracted tree.
    cli = found["command"]
    shown = run([cli, "--version"])
    if shown.returncode or shown.stdout.strip() != f"cartlint {version}":
        fail(f"{cli} --version: {shown.returncode} {shown.stdout!r} {shown.stderr!r}")
    reports = {}
    for sample in SAMPLES:
        got = run([cli, "--no-config", "--now", NOW, "--format", "json", sample], cwd=corpus)
        if got.returncode not in (0, 1):
            fail(f"the packaged cartlint on {sample}: exit {got.returncode}\n{got.stderr}")
        reports[sample] = got.stdout
        if args.cli:
            want = run([args.cli, "--no-config", "--now", NOW, "--format", "json", sample], cwd=corpus).stdout
            if got.stdout != want:
                fail(f"{sample}: the packaged cartlint reports differently from the build's\n{got.stdout}\n{want}")
    rules = [d["rule"] for d in json.loads(reports[SAMPLES[0]])["files"][0]["diagnostics"]]
    if "schema/enum" not in rules or json.loads(reports[SAMPLES[1]])["files"][0]["diagnostics"]:
        fail(f"unexpected findings from the packaged cartlint: {reports}")

    # A C program built with pkg-config against the extracted tree only, loading its libcartlint.
    env = dict(os.environ, PKG_CONFIG_PATH=os.path.dirname(found["pkg-config file"]))
    env.pop("PKG_CONFIG_LIBDIR", None)
    flags = run(["pkg-config", "--cflags", "--libs", "cartlint"], env=env)
    if flags.returncode:
        fail(f"pkg-config: {flags.stderr}")
    libdir = run(["pkg-config", "--variable=libdir", "cartlint"], env=env).stdout.strip()
    if os.path.realpath(libdir) != os.path.realpath(os.path.dirname(found["shared library"])):
        fail(f"cartlint.pc's libdir {libdir} is not the extracted library's directory")
    program = os.path.join(args.work, "lint_files")
    built = run([os.environ.get("CC", "cc"), "-std=c11", "-Wall", "-Wextra", "-Werror",
                 os.path.join(args.source, "tests/consumer-c/lint_files.c"), *flags.stdout.split(),
                 f"-Wl,-rpath,{libdir}", "-o", program])
    if built.returncode:
        fail(f"the C program does not build against the extracted package:\n{built.stderr}")
    for sample in SAMPLES:
        got = run([program, "--options", json.dumps({"now": NOW}), sample], cwd=corpus)
        if got.returncode or got.stdout.strip() != reports[sample].strip():
            fail(f"{sample}: the C program ({got.returncode}) disagrees with the packaged cartlint\n{got.stdout}\n{got.stderr}")
    maps = run(["ldd", program]).stdout
    if os.path.realpath(found["shared library"]) not in {os.path.realpath(p) for p in re.findall(r"=> (\S+)", maps)}:
        fail(f"the C program does not load the extracted libcartlint:\n{maps}")

    # The Python package, from the extracted tree (its link beside the modules finds the library).
    python_dir = os.path.dirname(os.path.dirname(found["Python package"]))
    script = ("import cartlint, cartlint._library as l, json, sys\n"
              "lib = l.load()\n"
              "text = open(sys.argv[1], 'rb').read()\n"
              "result = cartlint.Linter(now=sys.argv[2]).lint(text, path=sys.argv[1])\n"
              "print(json.dumps({'library': lib._name, 'rules': [d.rule for d in result.diagnostics]}))\n")
    env = {k: v for k, v in os.environ.items() if k not in ("CARTLINT_LIBRARY", "PYTHONPATH")}
    env["PYTHONPATH"] = python_dir
    got = run([sys.executable, "-c", script, SAMPLES[0], NOW], cwd=corpus, env=env)
    if got.returncode:
        fail(f"the packaged Python package: {got.stderr}")
    answer = json.loads(got.stdout)
    if not os.path.realpath(answer["library"]).startswith(os.path.realpath(root)):
        fail(f"the packaged Python package loaded {answer['library']}, not the package's library")
    if answer["rules"] != rules:
        fail(f"Python's findings {answer['rules']} differ from the command's {rules}")
    print(f"ok: {os.path.basename(DEB)}: control fields, contents, command, pkg-config C program and Python package")


if __name__ == "__main__":
    main()
