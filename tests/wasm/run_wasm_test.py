#!/usr/bin/env python3
"""Runs one test of the WebAssembly package (tests/wasm/*.mjs under Node) or of the playground
(tests/web/*.py under Selenium), the way a user gets the package: `npm install <tgz>` into an empty
folder of the test's own. Exit 77 (ctest: skipped) with the reason when the toolchain is missing:
Emscripten, Node and npm (tools/setup.sh --wasm), Chromium, its driver and Selenium
(tools/setup.sh --browser).

  run_wasm_test.py --missing WHY --node NODE --npm NPM --tgz TGZ --web WEB_DIR --cli CARTLINT
                   --source SRC --work WORK --conformance DIR --name NAME node SCRIPT [ARGS...]
  run_wasm_test.py ... --name NAME browser SCRIPT
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def skip(why):
    print(f"SKIPPED: {why}")
    sys.exit(77)


def install(args, app):
    """An empty folder with the package installed by npm from the tarball, and two entry files
    that import it by name, as a user's code would: ESM (esm-entry.mjs) and CommonJS (cjs-entry.cjs)."""
    shutil.rmtree(app, ignore_errors=True)
    os.makedirs(app)
    with open(os.path.join(app, "package.json"), "w") as f:
        json.dump({"name": "cartlint-wasm-test-app", "version": "0.0.0", "private": True}, f)
    # --offline: the package has no dependencies, so nothing may come from the registry.
    subprocess.run([args.npm, "install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error",
                    os.path.abspath(args.tgz)], cwd=app, check=True)
    with open(os.path.join(app, "esm-entry.mjs"), "w") as f:
        f.write('export * from "cartlint";\n')
    with open(os.path.join(app, "cjs-entry.cjs"), "w") as f:
        f.write('module.exports = require("cartlint");\n')


def main():
    parser = argparse.ArgumentParser()
    for option in ("missing", "node", "npm", "tgz", "web", "cli", "source", "work", "conformance", "name"):
        parser.add_argument(f"--{option}", default="")
    parser.add_argument("mode", choices=("node", "browser"))
    parser.add_argument("script")
    parser.add_argument("rest", nargs="*")
    args = parser.parse_args()

    if args.missing:
        skip(f"the WebAssembly package is not built: {args.missing}.")
    if not os.path.exists(args.tgz):
        sys.exit(f"FAILED: {args.tgz} is missing: the build did not pack the package (cmake --build the main build)")
    work = os.path.join(args.work, args.name)
    app = os.path.join(work, "app")
    env = dict(os.environ, CARTLINT_CLI=args.cli, CARTLINT_SOURCE=args.source, CARTLINT_WASM_APP=app,
               CARTLINT_CONFORMANCE_DIR=args.conformance, CARTLINT_WORK=work, CARTLINT_WASM_TGZ=os.path.abspath(args.tgz),
               CARTLINT_WEB=args.web)

    if args.mode == "browser":
        missing = [p for p in ("chromium", "chromedriver") if not shutil.which(p)]
        # Debian's interpreter: python3-selenium is installed for it (a python3 earlier on PATH, a
        # pyenv one say, would not see it).
        python = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
        if subprocess.run([python, "-c", "import selenium"], capture_output=True).returncode != 0:
            missing.append("python3-selenium")
        if missing:
            skip(f"the playground's browser test needs {', '.join(missing)}: tools/setup.sh --browser installs them.")
        os.makedirs(work, exist_ok=True)
        sys.exit(subprocess.run([python, args.script, *args.rest], env=env).returncode)

    install(args, app)
    # The test runs from the app folder, so the package resolves as a user's import would.
    script = os.path.join(HERE, args.script)
    sys.exit(subprocess.run([args.node, script, *args.rest], cwd=app, env=env).returncode)


if __name__ == "__main__":
    main()
