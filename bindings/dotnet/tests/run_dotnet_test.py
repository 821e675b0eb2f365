#!/usr/bin/env python3
"""The .NET binding under Mono, against the *installed* tree only.

usage: run_dotnet_test.py BUILD_DIR CARTLINT_CLI WORK_DIR SOURCE_DIR

Installs BUILD_DIR into WORK_DIR/prefix, compiles the installed wrapper sources
(share/cartlint/dotnet/*.cs) into Cartlint.dll with mcs, then the test program
(bindings/dotnet/tests/BindingTest.cs) and the README's example (examples/dotnet/Program.cs)
against that Cartlint.dll alone, and runs them under mono with the installed libcartlint on
LD_LIBRARY_PATH. It holds the typed diagnostics to `cartlint --format json` for every corpus file
(X.json, X.http and X.md, with its .args), an NDJSON text to `--ndjson`, Linter.Fix to `cartlint --fix`, bad options to an
ArgumentException carrying the C ABI's own message, and the example's output to the command's
findings and fixes; BindingTest's `checks` covers threads sharing a Linter and Dispose.

Exits 77 (ctest: skipped) with the reason when mcs or mono is missing: `tools/setup.sh --dotnet`
installs them.
"""
import ctypes
import glob
import json
import os
import re
import shutil
import subprocess
import sys

NOW = "2026-01-01T00:00:00Z"


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, **kw)


def checked(args, what, **kw):
    done = run(args, text=True, **kw)
    if done.returncode:
        fail(f"{what} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def cli_report(cli, path, extra, cwd):
    args = [cli, "--no-config", "--format", "json", *extra, path]
    if "--now" not in extra:
        args[1:1] = ["--now", NOW]
    done = run(args, cwd=cwd, text=True)
    if done.returncode not in (0, 1):
        fail(f"cartlint {' '.join(args[1:])}: exit {done.returncode}: {done.stderr}")
    return json.loads(done.stdout)


def main():
    build, cli, work, source = sys.argv[1:5]
    missing = [tool for tool in ("mcs", "mono") if shutil.which(tool) is None]
    if missing:
        print(f"SKIPPED: bindings/dotnet needs Mono ({' and '.join(missing)} not found): install it with tools/setup.sh --dotnet")
        sys.exit(77)

    shutil.rmtree(work, ignore_errors=True)
    prefix = os.path.join(work, "prefix")
    checked(["cmake", "--install", build, "--prefix", prefix], "cmake --install")
    libraries = glob.glob(os.path.join(prefix, "lib*", "libcartlint.so"))
    if len(libraries) != 1:
        fail(f"expected one installed libcartlint.so, found {libraries}")
    libdir = os.path.dirname(libraries[0])
    wrapper = sorted(glob.glob(os.path.join(prefix, "share", "cartlint", "dotnet", "*.cs")))
    shipped = sorted(os.path.basename(p) for p in glob.glob(os.path.join(source, "bindings", "dotnet", "*.cs")))
    if [os.path.basename(p) for p in wrapper] != shipped:
        fail(f"the installed wrapper sources {wrapper} are not bindings/dotnet's {shipped}")

    # The wrapper, then each program against it alone, with every warning an error.
    mcs = ["mcs", "-warn:4", "-warnaserror+", "-nologo"]
    dll = os.path.join(work, "Cartlint.dll")
    checked([*mcs, "-target:library", f"-out:{dll}", *wrapper], "mcs (the wrapper)")
    test_exe = os.path.join(work, "BindingTest.exe")
    checked([*mcs, f"-r:{dll}", f"-out:{test_exe}", os.path.join(source, "bindings/dotnet/tests/BindingTest.cs")], "mcs (the test)")
    example = os.path.join(source, "examples", "dotnet", "Program.cs")
    example_exe = os.path.join(work, "Program.exe")
    checked([*mcs, f"-r:{dll}", f"-out:{example_exe}", example], "mcs (the example)")
    env = dict(os.environ, LD_LIBRARY_PATH=libdir)
    env.pop("MONO_PATH", None)

    def mono(*args, cwd=work, stdin=None):
        return run(["mono", "--debug", *args], cwd=cwd, env=env, text=True, input=stdin)

    # Every corpus file: the typed diagnostics written back equal the command's report.
    corpus = os.path.join(source, "corpus")
    # JSON payloads, HTTP messages (.http) and doc pages (.md, the translated ones included): the
    # path given selects the kind, as a file's name does for the command.
    found = []
    for ext in ("json", "http", "md"):
        found += glob.glob(os.path.join(corpus, "**", "*." + ext), recursive=True)
    files = sorted(os.path.relpath(p, corpus) for p in found
                   if not os.path.relpath(p, corpus).startswith("fuzz") and os.path.basename(p) not in ("SOURCES.md", "README.md"))
    kinds = {os.path.splitext(f)[1] for f in files}
    if len(files) < 150 or kinds != {".json", ".http", ".md"}:
        fail(f"only {len(files)} corpus files, of the kinds {sorted(kinds)}")
    got = mono(test_exe, "lint", *files, cwd=corpus)
    if got.returncode:
        fail(f"BindingTest lint failed ({got.returncode}):\n{got.stdout[-2000:]}\n{got.stderr}")
    reports = got.stdout.splitlines()
    if len(reports) != len(files):
        fail(f"{len(reports)} reports for {len(files)} files")
    with_args = 0
    for path, line in zip(files, reports):
        args_file = os.path.join(corpus, os.path.splitext(path)[0] + ".args")
        extra = open(args_file).read().split() if os.path.exists(args_file) else []
        with_args += bool(extra)
        want = cli_report(cli, path, extra, corpus)
        if json.loads(line) != want:
            fail(f"{path}: the binding's diagnostics differ from cartlint --format json\n.NET: {line[:800]}\n CLI: {json.dumps(want)[:800]}")
    if with_args < 50:
        fail(f"only {with_args} corpus files with options")

    # NDJSON: valid documents, broken ones and a bad line, numbered as the stream's lines.
    # The syntax files as they are, bytes that are not UTF-8 included, each on one line.
    lines = [json.dumps(json.load(open(os.path.join(corpus, p)))).encode() for p in files if p.startswith("valid/")][:5]
    lines += [open(os.path.join(corpus, p), "rb").read().replace(b"\r", b" ").replace(b"\n", b" ")
              for p in files if p.startswith("syntax/")][:8]
    with open(os.path.join(work, "stream.ndjson"), "wb") as f:
        f.write(b"\n".join(lines) + b"\n{\"lineItems\": [}\n")
    got = mono(test_exe, "ndjson", "stream.ndjson")
    want = cli_report(cli, "stream.ndjson", ["--ndjson"], work)
    if got.returncode or json.loads(got.stdout) != want:
        fail(f"LintNdjson differs from cartlint --ndjson --format json\n.NET: {got.stdout[:800]}{got.stderr}\n CLI: {json.dumps(want)[:800]}")
    if not any(d["line"] == len(lines) + 1 for d in want["files"][0]["diagnostics"]):
        fail("the NDJSON text has no finding on its last line: the comparison proves too little")

    # Fix: the same bytes as `cartlint --fix`.
    broken = [f for f in files if f.startswith(("syntax/", "rules/quirk/", "pages/", "http/", "rules/http/"))]
    fixed_dir = os.path.join(work, "fixed")
    os.makedirs(fixed_dir)
    got = mono(test_exe, "fix", fixed_dir, *broken, cwd=corpus)
    if got.returncode:
        fail(f"BindingTest fix failed:\n{got.stdout}\n{got.stderr}")
    changed = changed_pages = 0
    for path in broken:
        copy = os.path.join(work, "cli-fix-" + path.replace("/", "_"))
        shutil.copyfile(os.path.join(corpus, path), copy)
        run([cli, "--no-config", "--fix", copy])
        want = open(copy, "rb").read()
        differs = want != open(os.path.join(corpus, path), "rb").read()
        changed += differs
        changed_pages += differs and not path.endswith(".json")
        if open(os.path.join(fixed_dir, path.replace("/", "_")), "rb").read() != want:
            fail(f"{path}: Linter.Fix differs from cartlint --fix")
    if changed < 10 or changed_pages < 4:
        fail(f"--fix changed only {changed} files ({changed_pages} pages and messages): the comparison proves too little")

    # Bad options: an ArgumentException whose message is the C ABI's for the same options JSON
    # (LintOptions writes it compactly, in this key order: kind, customerCountry, providerId, now,
    # engine, rules), read here through ctypes from the installed library.
    native = ctypes.CDLL(libraries[0])
    native.cartlint_linter_new.restype = ctypes.c_void_p
    native.cartlint_linter_new.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]
    native.cartlint_linter_free.argtypes = [ctypes.c_void_p]
    native.cartlint_free.argtypes = [ctypes.c_void_p]

    def c_abi_error(options_json):
        error = ctypes.c_void_p()
        linter = native.cartlint_linter_new(options_json.encode(), ctypes.byref(error))
        if linter:
            native.cartlint_linter_free(linter)
            return None
        message = ctypes.string_at(error.value).decode()
        native.cartlint_free(error)
        return message

    order = ["kind", "customerCountry", "providerId", "now", "engine"]
    cases = [
        ({"kind": "carts"}, "kind"),
        ({"customerCountry": "Germany"}, "alpha-2"),
        ({"providerId": "12ab"}, "digits"),
        ({"engine": "steam"}, "engine"),
        ({"kind": "cart", "rule:no/such": "off"}, "no rule"),
        ({"rule:quirk/*": "loud"}, "loud"),
        ({"customerCountry": "Germany", "engine": "steam"}, "\n"),  # each fault named
        ({"json": "not json"}, "options 1:1"),
        ({"json": '{"colour": 1}'}, "colour"),
        ({"json": '{"rules": {"quirk/*": "off"}, "context": {"customerCountry": "D"}}'}, "customerCountry"),
    ]
    good = [{"kind": "order", "customerCountry": "de", "providerId": "873452", "now": "2018-03-16T00:00:00Z", "engine": "valijson",
             "rule:quirk/*": "off", "rule:*": "info"},
            {"json": '{"rules": {"quirk/*": "warning"}, "overrides": [{"files": ["a/**"], "rules": {"*": "off"}}]}'}]
    for settings, says in cases + [(g, None) for g in good]:
        if "json" in settings:
            options_json = settings["json"]
        else:
            plain = {k: settings[k] for k in order if k in settings}
            rules = {k[5:]: v for k, v in settings.items() if k.startswith("rule:")}
            if rules:
                plain["rules"] = rules
            options_json = json.dumps(plain, separators=(",", ":"), ensure_ascii=False)
        expected = c_abi_error(options_json)
        got = mono(test_exe, "options", *(f"{k}={v}" for k, v in settings.items()))
        if got.returncode:
            fail(f"options {settings}: BindingTest failed:\n{got.stdout}\n{got.stderr}")
        if says is None:
            if expected is not None or got.stdout.strip() != "ok":
                fail(f"good options {settings} were refused: C ABI {expected!r}, .NET {got.stdout.strip()}")
            continue
        if expected is None or says not in expected:
            fail(f"options {options_json}: the C ABI should refuse them saying {says!r}, said {expected!r}")
        thrown = json.loads(got.stdout)
        if thrown != {"exception": "ArgumentException", "message": expected}:
            fail(f"options {settings}: expected ArgumentException({expected!r}), got {thrown}")

    # The binding's own properties: threads sharing a Linter, Dispose while they lint, arguments.
    got = mono(test_exe, "checks", *files, cwd=corpus)
    if got.returncode or not got.stdout.startswith("ok"):
        fail(f"BindingTest checks failed:\n{got.stdout}\n{got.stderr}")
    loaded = re.findall(r"^loaded: (.*)$", got.stdout, re.M)
    if not loaded or not all(os.path.realpath(p).startswith(os.path.realpath(prefix) + os.sep) for p in loaded):
        fail(f"mono did not load the installed libcartlint ({loaded}, prefix {prefix})")
    checks = got.stdout.splitlines()[0]

    # The README's example, verbatim, on its own broken cart and on corpus files: the findings the
    # command reports with the same options, then (when any fix is safe) what `cartlint --fix` writes.
    text = open(example).read()
    readme = open(os.path.join(source, "README.md")).read()
    if f"```csharp\n{text}```\n" not in readme:
        fail("README.md does not hold examples/dotnet/Program.cs verbatim in a ```csharp block")
    built_in = re.search(r'const string BrokenCart = @"(.*?)";', text, re.S).group(1).replace('""', '"')
    with open(os.path.join(work, "broken-cart.json"), "w") as f:
        f.write(built_in)
    samples = [None] + [p for p in files if p.startswith(("syntax/", "rules/quirk/", "rules/partner/", "real/"))][::15]
    compared = 0
    for sample in samples:
        path = os.path.join(corpus, sample) if sample else os.path.join(work, "broken-cart.json")
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or b"\0" in raw:
            continue  # File.ReadAllText would change the text the example lints
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        options = ["--kind", "cart", "--customer-country", "DE"]
        want = run([cli, "--no-config", "--format", "json", *options, path], text=True)
        report = json.loads(want.stdout)
        expected = "".join(f"{d['line']}:{d['column']} {d['severity']} {d['message']} [{d['rule']}]\n"
                           for d in report["files"][0]["diagnostics"])
        if any(d.get("fix", {}).get("safe") for d in report["files"][0]["diagnostics"]):
            copy = os.path.join(work, "example-fix.json")
            shutil.copyfile(path, copy)
            run([cli, "--no-config", "--fix", *options, copy])
            expected += open(copy, encoding="utf-8").read()
        got = mono(example_exe, *([path] if sample else []))
        if got.returncode != want.returncode or got.stdout != expected:
            fail(f"the example on {sample or 'its own cart'}: exit {got.returncode} (the command's: {want.returncode})\n"
                 f"got:\n{got.stdout}{got.stderr}\nexpected:\n{expected}")
        if sample is None and (got.returncode != 1 or "[" not in got.stdout):
            fail(f"the example's own cart should be broken:\n{got.stdout}")
        compared += 1
    if compared < 6:
        fail(f"the example ran on only {compared} carts")

    print(f"ok: {len(files)} reports ({with_args} with options), an NDJSON text and {len(broken)} fixes equal the command's; "
          f"{len(cases)} bad options throw the C ABI's message; the example matches on {compared} carts; {checks}")


if __name__ == "__main__":
    main()
