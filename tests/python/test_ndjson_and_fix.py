"""lint_ndjson reports what `cartlint --ndjson --format json` does (the stream's line numbers),
and fix() writes what `cartlint --fix` writes, for a document and line by line."""
import json
import os
import unittest

import cartlint
from support import NOW, WORK, cli, cli_report, corpus_files, read


def stream():
    """NDJSON from the corpus: every example that parses as JSON on a line of its own (compacted),
    with a broken cart after each, and a few lines that are not JSON at all."""
    lines = []
    for path in corpus_files():
        if path.startswith(("valid/", "real/")):
            try:
                lines.append(json.dumps(json.loads(read(path)), ensure_ascii=False))
            except ValueError:
                continue
            lines.append('{"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":"2",}]}')
    lines += ["", "not json", "\x00", '{"lineItems": [}']
    return ("\n".join(lines) + "\n").encode()


def in_work(name, data):
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


class Ndjson(unittest.TestCase):
    def test_a_stream_as_the_command_reports_it(self):
        data = stream()
        path = in_work("stream.ndjson", data)
        want = cli_report("--now", NOW, "--ndjson", "--jobs", "1", path, cwd=WORK)
        got = cartlint.lint_ndjson(data, now=NOW, path=path)
        self.assertEqual(got.report, want)
        for threads in (1, 2, 3):  # batches on threads inside cartlint: the same report
            self.assertEqual(cartlint.lint_ndjson(data, now=NOW, path=path, threads=threads).report, want, threads)
        self.assertGreater(max(d.line for d in got.diagnostics), 20, "the findings carry the stream's lines")
        self.assertEqual(cartlint.lint_ndjson(data.decode(), now=NOW, path=path).report, want)

    def test_a_stream_of_many_batches(self):
        cart = b'{"lineItems":[{"id":0,"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":"%d","billingCycle":"monthly"}]}'
        data = b"\n".join(cart % i if i % 5 else b"{" for i in range(20000)) + b"\n"  # ~2.5 MB: several batches
        path = in_work("many.ndjson", data)
        for jobs in ("1", "2"):
            want = cli_report("--now", NOW, "--ndjson", "--jobs", jobs, path, cwd=WORK)
            self.assertEqual(cartlint.lint_ndjson(data, now=NOW, path=path, threads=int(jobs)).report, want)
        self.assertEqual(cartlint.lint_ndjson(data, now=NOW, path=path).report, want)

    def test_empty_stream(self):
        self.assertEqual(cartlint.lint_ndjson(b"", now=NOW).diagnostics, ())


class NdjsonReport(unittest.TestCase):
    """ndjson_report: the filter's bytes, `cartlint --ndjson --format ndjson`'s, whole or in ranges."""

    def filter_case(self, name):
        """(the stream, its file, the command's filter lines for it, a linter with the same clock)."""
        data = stream()
        path = in_work(name, data)
        code, want, err = cli("--now", NOW, "--ndjson", "--format", "ndjson", path, cwd=WORK)
        self.assertIn(code, (0, 1), err)
        return data, path, want, cartlint.Linter(now=NOW)

    @staticmethod
    def line_cuts(data, parts):
        """Offsets cutting `data` into `parts` ranges of whole lines: [0, ..., len(data)]."""
        return [0] + [data.index(b"\n", len(data) * k // parts) + 1 for k in range(1, parts)] + [len(data)]

    def test_the_filters_lines_whole_and_in_ranges(self):
        data, path, want, linter = self.filter_case("filter.ndjson")
        whole = linter.ndjson_report(data, path=path, threads=2)
        self.assertEqual(whole.lines, want)
        # Three ranges of whole lines, each told where it starts: concatenated, the same bytes.
        cuts = self.line_cuts(data, 3)
        parts, counts = [], {"documents": 0, "errors": 0, "warnings": 0, "infos": 0}
        for start, end in zip(cuts, cuts[1:]):
            part = linter.ndjson_report(data[start:end], path=path, first_line=data.count(b"\n", 0, start) + 1, first_offset=start,
                                        threads=1)
            parts.append(part.lines)
            for k in counts:
                counts[k] += part.summary[k]
        self.assertEqual(b"".join(parts), want)
        # The counts are what the lines hold, and the JSON report's.
        records = [json.loads(line) for line in want.splitlines()]
        severities = [d["severity"] for r in records for d in r["diagnostics"]]
        self.assertEqual(counts, {"documents": sum(r["kind"] != "empty" for r in records), "errors": severities.count("error"),
                                  "warnings": severities.count("warning"), "infos": severities.count("info")})
        summary = cli_report("--now", NOW, "--ndjson", path, cwd=WORK)["summary"]
        self.assertEqual(whole.summary["notes"], summary.get("notes", []))

    def test_written_to_a_file_and_read_in_place(self):
        import io
        data = stream()
        linter = cartlint.Linter(now=NOW)
        want = linter.ndjson_report(data, path="s.ndjson", first_line=5, first_offset=100)
        out = io.BytesIO()
        buffer = bytearray(data) + bytearray(b"tail not linted")
        view = memoryview(buffer)[:len(data)]  # in place: a writable view of a larger buffer
        counts = linter.write_ndjson_report(out, view, path="s.ndjson", first_line=5, first_offset=100)
        self.assertEqual(out.getvalue(), want.lines)
        self.assertEqual(counts, want.summary)
        view.release()
        buffer.extend(b"x")  # no export of it is left behind
        self.assertEqual(linter.ndjson_report(bytearray(data), path="s.ndjson", first_line=5, first_offset=100), want)

    def test_ranges_of_a_file_read_by_cartlint(self):
        import io
        data, path, want, linter = self.filter_case("ranges.ndjson")
        whole = linter.ndjson_report_file(path, threads=2)  # "path": the file's, as the command's
        self.assertEqual(whole.lines, want)
        self.assertEqual(whole.summary, linter.ndjson_report(data, path=path).summary)
        cuts = self.line_cuts(data, 4)
        out = io.BytesIO()
        for start, end in zip(cuts, cuts[1:]):
            linter.write_ndjson_report_file(out, path, offset=start, length=end - start, first_line=data.count(b"\n", 0, start) + 1,
                                            threads=1)
        self.assertEqual(out.getvalue(), want)
        self.assertEqual(linter.ndjson_report_file(path, offset=len(data) + 10).lines, b"")  # past the end: clipped
        named = linter.ndjson_report_file(path, length=cuts[1], path="elsewhere.ndjson").lines
        self.assertIn(b'"path":"elsewhere.ndjson"', named)
        with self.assertRaisesRegex(OSError, "cannot open .*missing.ndjson"):
            linter.ndjson_report_file(os.path.join(WORK, "missing.ndjson"))
        for bad in ({"first_line": 0}, {"first_line": 1 << 64}, {"offset": -1}, {"offset": 1 << 64}, {"length": -1},
                    {"length": 1 << 64}, {"length": True}, {"threads": 0}):
            with self.assertRaises(ValueError, msg=bad):
                linter.ndjson_report_file(path, **bad)
        with self.assertRaises(ValueError):
            linter.ndjson_report_file(path + "\0junk")  # not cut at the NUL
        with self.assertRaisesRegex(OSError, "cannot read .*: not a regular file"):
            linter.ndjson_report_file(WORK)
        # A stream's path is its name, never its kind: a .md path still lints carts.
        self.assertEqual(linter.ndjson_report_file(path, path="page.md").summary, whole.summary)

    def test_bad_arguments(self):
        linter = cartlint.Linter()
        for bad in ({"first_line": 0}, {"first_line": 1 << 64}, {"first_offset": -1}, {"first_offset": 1 << 64}, {"threads": 0}):
            with self.assertRaises(ValueError, msg=bad):
                linter.ndjson_report(b"{}\n", **bad)
        self.assertEqual(linter.ndjson_report(b"").lines, b"")


class Fix(unittest.TestCase):
    def command_fix(self, data, name, *flags):
        path = in_work("fix-" + name.replace("/", "_"), data)
        code, out, err = cli("--fix", *flags, path, cwd=WORK)
        self.assertIn(code, (0, 1), err)
        with open(path, "rb") as f:
            return f.read()

    def test_each_broken_corpus_file_as_the_command_fixes_it(self):
        # Doc pages and HTTP messages too: the path's extension selects the kind, as the file name
        # does for the command (a page's bodies are fixed inside their fences).
        broken = [f for f in corpus_files() if f.startswith(("syntax/", "rules/quirk/", "docs/", "pages/", "http/", "rules/http/"))]
        self.assertGreater(len(broken), 40)
        changed = 0
        changed_pages = 0
        for path in broken:
            with self.subTest(path=path):
                data = read(path)
                want = self.command_fix(data, path)
                fixed = cartlint.fix(data, path=path)
                self.assertIsInstance(fixed, bytes)
                self.assertEqual(fixed, want)
                changed += fixed != data
                changed_pages += fixed != data and not path.endswith(".json")
                self.assertEqual(cartlint.fix(fixed, path=path), fixed, "a second fix changes nothing")
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    continue
                fixed_text = cartlint.fix(text, path=path)
                self.assertIsInstance(fixed_text, str)
                self.assertEqual(fixed_text.encode("utf-8"), want)
        self.assertGreaterEqual(changed, 25, "few corpus files had fixes: the comparison would prove little")
        self.assertGreaterEqual(changed_pages, 4, "few pages and messages had fixes: the comparison would prove little")

    def test_nul_bytes_survive_by_length(self):
        data = b'{"lineItems":[{"friendlyName":"a\x00b",}]}'
        self.assertEqual(cartlint.fix(data), self.command_fix(data, "nul.json"))

    def test_ndjson_line_by_line(self):
        data = stream()
        want = self.command_fix(data, "stream.ndjson", "--ndjson")
        self.assertNotEqual(want, data)
        self.assertEqual(cartlint.fix(data, ndjson=True), want)
        self.assertEqual(cartlint.fix(data, ndjson=True).count(b"\n"), data.count(b"\n"))

    def test_a_clean_text_comes_back_unchanged(self):
        data = read("valid/cart-minimal.json")
        self.assertEqual(cartlint.fix(data), data)
        self.assertEqual(cartlint.fix(""), "")


if __name__ == "__main__":
    unittest.main()
