"""What the Python binding's tests share: the installed package under test, the command to hold
it to, and the corpus.

The tests run against the *installed* tree: run_python_tests.py installs the build into a private
prefix and puts its Python directory on PYTHONPATH. Environment (set by tests/CMakeLists.txt):
  CARTLINT_PREFIX   that prefix          CARTLINT_CLI   the cartlint command
  CARTLINT_SOURCE   the source tree      CARTLINT_WORK  a scratch directory
"""
import json
import os
import shlex
import subprocess
import sys

PREFIX = os.environ["CARTLINT_PREFIX"]
CLI = os.environ["CARTLINT_CLI"]
SOURCE = os.environ["CARTLINT_SOURCE"]
WORK = os.environ["CARTLINT_WORK"]
CORPUS = os.path.join(SOURCE, "corpus")
NOW = "2026-01-01T00:00:00Z"

import cartlint  # noqa: E402

if not os.path.realpath(cartlint.__file__).startswith(os.path.realpath(PREFIX) + os.sep):
    sys.exit(f"cartlint was imported from {cartlint.__file__}, not from the installed tree {PREFIX}")


# What the corpus holds: JSON payloads, HTTP messages (.http) and doc pages (.md); the command and
# the binding take a file's kind from its extension alike.
CORPUS_EXTENSIONS = (".json", ".http", ".md")


def corpus_files():
    """Every corpus/**/X.json, X.http and X.md outside corpus/fuzz (not the folders' SOURCES.md),
    relative to corpus/, sorted."""
    found = []
    for root, dirs, files in os.walk(CORPUS):
        dirs[:] = sorted(d for d in dirs if not (root == CORPUS and d == "fuzz"))
        found += [os.path.relpath(os.path.join(root, f), CORPUS) for f in files
                  if f.endswith(CORPUS_EXTENSIONS) and f not in ("SOURCES.md", "README.md")]
    return sorted(found)


def corpus_args(path):
    """The command-line options of corpus/X.args for corpus/X.json, X.http or X.md (the goldens'
    context), or []."""
    args = os.path.join(CORPUS, os.path.splitext(path)[0] + ".args")
    if not os.path.exists(args):
        return []
    with open(args) as f:
        return shlex.split(f.readline())


# The command's flags and the keyword arguments that mean the same.
FLAGS = {"--now": "now", "--customer-country": "customer_country", "--provider-id": "provider_id", "--kind": "kind",
         "--engine": "engine"}


def kwargs_of(args):
    """The keyword arguments of lint() for command-line options such as corpus_args gives."""
    kwargs, i = {}, 0
    while i < len(args):
        flag = args[i]
        if flag == "--rule":
            rule, level = args[i + 1].split("=", 1)
            kwargs.setdefault("rules", {})[rule] = level
        else:
            kwargs[FLAGS[flag]] = args[i + 1]
        i += 2
    return kwargs


def cli(*args, cwd=CORPUS, input=None):
    """The command's result: (exit code, stdout bytes, stderr text)."""
    done = subprocess.run([CLI, "--no-config", *args], cwd=cwd, input=input, capture_output=True)
    return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")


def cli_report(*args, cwd=CORPUS, input=None):
    """`cartlint --format json`'s report, parsed."""
    code, out, err = cli("--format", "json", *args, cwd=cwd, input=input)
    if code not in (0, 1):
        raise AssertionError(f"cartlint {' '.join(args)} exited {code}: {err}")
    return json.loads(out)


FIELDS = ("rule", "severity", "message", "pointer", "line", "column", "endLine", "endColumn")


def cli_diagnostics(report):
    """The CLI report's findings as the fields the binding's Diagnostic carries."""
    return [tuple(d[k] for k in FIELDS) for d in report["files"][0]["diagnostics"]]


def py_diagnostics(result):
    return [(d.rule, d.severity, d.message, d.pointer, d.line, d.column, d.end_line, d.end_column) for d in result.diagnostics]


def read(path):
    with open(os.path.join(CORPUS, path), "rb") as f:
        return f.read()
