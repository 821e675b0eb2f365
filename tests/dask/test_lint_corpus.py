"""examples/dask/lint_corpus.py on a LocalCluster of 2 worker processes: its part files, read in
order, are byte for byte what `cartlint --ndjson --format ndjson` writes for the same files, and its
summary has the counts of `cartlint --ndjson --format json`. Skipped (exit 77) without Dask
distributed (Debian python3-distributed: tools/setup.sh --dask)."""
import glob
import json
import os
import random
import shutil
import subprocess
import sys
import unittest

try:
    import distributed  # noqa: F401
except ImportError:
    print("SKIPPED: Dask distributed is not installed (tools/setup.sh --dask installs python3-distributed)")
    sys.exit(77)

SOURCE = os.environ["CARTLINT_SOURCE"]
CLI = os.environ["CARTLINT_CLI"]
WORK = os.environ["CARTLINT_WORK"]
NOW = "2026-11-22T00:00:00Z"

BROKEN = '{"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":"%d","billingCycle":"Monthly","termDuration":"P1W"}]}'
CLEAN = '{"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":%d,"billingCycle":"monthly","termDuration":"P1M"}]}'
RESELLER = ('{"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",'
            '"participants":[{"key":"additional_transaction_reseller","value":"5357564"}]}]}')


def corpus(seed, lines):
    """Every kind of line, in a random order: findings, clean, blank, CRLF, not JSON, bytes that
    are not UTF-8, a hint, and a last line without a line break."""
    rng = random.Random(seed)
    kinds = [lambda i: BROKEN % i, lambda i: CLEAN % (i % 9 + 1), lambda i: "", lambda i: "  \t",
             lambda i: (CLEAN % 1) + "\r", lambda i: "{not json", lambda i: RESELLER]
    out = [kinds[rng.randrange(len(kinds))](i).encode() for i in range(lines)]
    out[rng.randrange(lines)] = b'{"lineItems":["\xc3\x28"]}'
    return b"\n".join(out)  # no final line break


class LintCorpusOnDask(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(WORK, ignore_errors=True)
        os.makedirs(os.path.join(WORK, "in"))
        for i, n in enumerate((2500, 1, 4000)):
            with open(os.path.join(WORK, "in", "part%d.ndjson" % i), "wb") as f:
                f.write(corpus(i, n))
        open(os.path.join(WORK, "in", "empty.ndjson"), "wb").close()
        cls.files = sorted(glob.glob("in/*.ndjson", root_dir=WORK))
        # Small partitions, so most of them start and end in the middle of a line.
        run = subprocess.run([sys.executable, os.path.join(SOURCE, "examples/dask/lint_corpus.py"), "in/*.ndjson", "--out", "out",
                              "--now", NOW, "--partition-bytes", "20000"], cwd=WORK, capture_output=True, text=True, timeout=300)
        if run.returncode != 0:
            raise AssertionError("lint_corpus.py failed (%d): %s" % (run.returncode, run.stderr[-3000:]))
        cls.summary = json.loads(run.stdout.strip().splitlines()[-1])
        cls.parts = sorted(glob.glob(os.path.join(WORK, "out", "part-*.ndjson")))

    def command(self, *args):
        run = subprocess.run([CLI, "--no-config", "--ndjson", "--now", NOW, *args, *self.files], cwd=WORK, capture_output=True, timeout=120)
        self.assertIn(run.returncode, (0, 1), run.stderr)
        return run.stdout

    def test_the_part_files_are_the_commands_report(self):
        self.assertGreater(len(self.parts), 20)
        got = b""
        for part in self.parts:
            with open(part, "rb") as f:
                got += f.read()
        want = self.command("--format", "ndjson")
        self.assertEqual(got.count(b"\n"), 2500 + 1 + 4000)
        if got != want:  # say where, not just that
            for i, (g, w) in enumerate(zip(got.splitlines(), want.splitlines())):
                self.assertEqual(json.loads(g), json.loads(w), "line %d" % (i + 1))
        self.assertEqual(got, want)

    def test_the_summary_has_the_commands_counts(self):
        report = json.loads(self.command("--format", "json"))
        expected = {k: report["summary"][k] for k in ("errors", "warnings", "infos")}
        self.assertEqual({k: self.summary[k] for k in expected}, expected)
        self.assertGreater(self.summary["errors"], 1000)
        self.assertEqual(self.summary["notes"], [{"rule": n["rule"], "documents": n["documents"]} for n in report["summary"]["notes"]])
        records = [json.loads(line) for line in self.command("--format", "ndjson").splitlines()]
        self.assertEqual(self.summary["documents"], sum(r["kind"] != "empty" for r in records))


if __name__ == "__main__":
    unittest.main()
