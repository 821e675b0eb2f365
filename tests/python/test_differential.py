"""Every corpus file (not corpus/fuzz), linted through the installed Python package, gets the
findings `cartlint --format json` reports for it, field for field, with the file's own context
(its .args, passed as keyword arguments)."""
import importlib
import os
import unittest

import cartlint
from support import NOW, cli_diagnostics, cli_report, corpus_args, corpus_files, kwargs_of, py_diagnostics, read


class CorpusAgreesWithTheCommand(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.files = corpus_files()

    def test_the_corpus_is_all_there(self):
        self.assertGreater(len(self.files), 150)
        self.assertTrue(any(corpus_args(f) for f in self.files), "no corpus file has context (.args)")
        # HTTP messages and doc pages too, the translated pages among them.
        self.assertEqual({os.path.splitext(f)[1] for f in self.files}, {".json", ".http", ".md"})
        self.assertGreaterEqual(len([f for f in self.files if f.startswith("pages/") and not f.startswith("pages/en/")]), 9)

    def test_a_path_selects_the_kind_as_a_file_name_does_for_the_command(self):
        for path, kind in (("pages/en/update-a-cart.md", "markdown"), ("http/requests.http", "http")):
            with self.subTest(path=path):
                args = corpus_args(path)
                self.assertEqual(cartlint.lint(read(path), path=path, **kwargs_of(args)).kind, kind)
                self.assertEqual(cartlint.lint(read(path), path=path.upper(), **kwargs_of(args)).kind, kind)  # case aside
                # An explicit kind wins over the extension, for the command as for the binding.
                want = cli_report(*args, "--kind", "cart", path)
                self.assertEqual(cartlint.lint(read(path), path=path, kind="cart", **kwargs_of(args)).report, want)

    def test_each_file_as_the_command_reports_it(self):
        for path in self.files:
            args = corpus_args(path) or ["--now", NOW]
            with self.subTest(path=path, args=args):
                want = cli_report(*args, path)
                got = cartlint.lint(read(path), path=path, **kwargs_of(args))
                self.assertEqual(py_diagnostics(got), cli_diagnostics(want))
                # The rest of the report too: offsets, fixes, kind, counts.
                self.assertEqual(got.report, want)
                self.assertEqual(got.kind, want["files"][0]["kind"])
                self.assertEqual((got.errors, got.warnings, got.infos),
                                 tuple(want["summary"][k] for k in ("errors", "warnings", "infos")))
                for d, w in zip(got.diagnostics, want["files"][0]["diagnostics"]):
                    self.assertEqual((d.offset, d.length), (w["offset"], w["length"]))
                    if "fix" in w:
                        self.assertEqual((d.fix.description, d.fix.safe, [tuple(e) for e in d.fix.edits]),
                                         (w["fix"]["description"], w["fix"]["safe"],
                                          [(e["offset"], e["length"], e["text"]) for e in w["fix"]["edits"]]))
                    else:
                        self.assertIsNone(d.fix)

    def test_the_corpus_as_text_gets_the_same_findings(self):
        for path in self.files:
            data = read(path)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                continue  # not a str; test_text covers bytes that are not UTF-8
            args = corpus_args(path) or ["--now", NOW]
            with self.subTest(path=path):
                self.assertEqual(cartlint.lint(text, path=path, **kwargs_of(args)).report,
                                 cartlint.lint(data, path=path, **kwargs_of(args)).report)

    def test_lint_many_gives_each_file_its_own_result_in_order(self):
        plain = [f for f in self.files if not corpus_args(f)]
        texts = [read(f) for f in plain]
        one_by_one = [cartlint.lint(t, now=NOW).report for t in texts]
        for threads in (1, 2, 3):
            with self.subTest(threads=threads):
                many = cartlint.lint_many(iter(texts), now=NOW, threads=threads)  # a generator is fine
                self.assertEqual([r.report for r in many], one_by_one)
        self.assertEqual(cartlint.lint_many([], threads=2), [])

    def test_lint_many_with_a_page_path_lints_each_text_as_a_page(self):
        pages = [f for f in self.files if f.startswith("pages/")]
        args = corpus_args(pages[0])
        self.assertTrue(all(corpus_args(f) == args for f in pages), "the pages no longer share one context")
        texts = [read(f) for f in pages]
        many = cartlint.lint_many(texts, path="page.md", threads=2, **kwargs_of(args))
        self.assertEqual([r.report for r in many], [cartlint.lint(t, path="page.md", **kwargs_of(args)).report for t in texts])
        self.assertEqual({r.kind for r in many}, {"markdown"})

    def test_lint_many_past_one_batch_keeps_every_result_in_order(self):
        batch = importlib.import_module("cartlint._linter")._BATCH  # the package's _linter is a function
        texts = [read(f) for f in self.files if not corpus_args(f)]
        count = 2 * batch + 3  # two full batches to cartlint and a partial third
        want = {t: cartlint.lint(t, now=NOW).report for t in texts}
        many = cartlint.lint_many((texts[i % len(texts)] for i in range(count)), now=NOW, threads=2)
        self.assertEqual(len(many), count)
        for i, result in enumerate(many):
            if result.report != want[texts[i % len(texts)]]:
                self.fail(f"document {i} of the generator got another document's result")


if __name__ == "__main__":
    unittest.main()
