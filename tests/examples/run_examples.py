#!/usr/bin/env python3
"""The README's C and C++ examples (examples/c, examples/cpp), built against the installed tree
as a user would and run: their findings are the command's. The README holds each file verbatim.

usage: run_examples.py BUILD_DIR CARTLINT_CLI WORK_DIR SOURCE_DIR
"""
import glob
import json
import os
import shutil
import subprocess
import sys


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def cli_report(cli, text):
    done = run([cli, "--no-config", "--customer-country", "DE", "--rule", "billing/non-canonical-cycle=error",
                "--format", "json", "--stdin-filename", "cart.json", "-"], input=text)
    return done.stdout


def main():
    build, cli, work, source = sys.argv[1:5]
    readme = open(os.path.join(source, "README.md"), encoding="utf-8").read()
    examples = sorted(glob.glob(os.path.join(source, "examples", "*", "*")))
    for path in examples:
        if os.path.isfile(path) and open(path, encoding="utf-8").read().strip() not in readme:
            fail(f"the README does not hold {os.path.relpath(path, source)} verbatim")

    shutil.rmtree(work, ignore_errors=True)
    prefix = os.path.join(work, "prefix")
    if run(["cmake", "--install", build, "--prefix", prefix]).returncode:
        fail("cmake --install failed")
    cart = ('{"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P",'
            '"quantity":"2","billingCycle":"Monthly","termDuration":"P1M"}]}')
    want = json.loads(cli_report(cli, cart))
    findings = want["files"][0]["diagnostics"]
    if {d["rule"] for d in findings} != {"quantity/numeric-string", "billing/non-canonical-cycle"}:
        fail(f"the example cart no longer shows what the examples describe: {findings}")

    # C, with pkg-config alone.
    pc = glob.glob(os.path.join(prefix, "**", "pkgconfig"), recursive=True)[0]
    env = dict(os.environ, PKG_CONFIG_PATH=pc)
    flags = run(["pkg-config", "--cflags", "--libs", "cartlint"], env=env).stdout.split()
    libdir = run(["pkg-config", "--variable=libdir", "cartlint"], env=env).stdout.strip()
    program = os.path.join(work, "lint_cart_c")
    built = run([os.environ.get("CC", "cc"), "-std=c11", "-Wall", "-Wextra", "-Werror", os.path.join(source, "examples/c/lint_cart.c"),
                 *flags, f"-Wl,-rpath,{libdir}", "-o", program])
    if built.returncode:
        fail(f"examples/c does not build:\n{built.stderr}")
    ran = run([program])
    report, _, fixed = ran.stdout.partition("\n")
    if ran.returncode != 1 or json.loads(report) != want or fixed != cart:
        fail(f"examples/c: exit {ran.returncode}, output {ran.stdout[:500]!r}")

    # C++, with find_package.
    cpp_build = os.path.join(work, "cpp")
    for step in (["cmake", "-S", os.path.join(source, "examples/cpp"), "-B", cpp_build, f"-DCMAKE_PREFIX_PATH={prefix}"],
                 ["cmake", "--build", cpp_build]):
        done = run(step)
        if done.returncode:
            fail(f"examples/cpp: {' '.join(step)}\n{done.stdout}\n{done.stderr}")
    ran = run([os.path.join(cpp_build, "lint_cart")])
    lines = [f"{d['line']}:{d['column']}: {d['severity']}: {d['message']} [{d['rule']}]" for d in findings] + ["0 safe fixes"]
    if ran.returncode != 1 or ran.stdout.splitlines() != lines:
        fail(f"examples/cpp: exit {ran.returncode}\n{ran.stdout}\nwanted:\n" + "\n".join(lines))
    print(f"ok: {len(examples)} example files in the README; the C and C++ examples report what the command does")


if __name__ == "__main__":
    main()
