"""str and bytes: a str is linted as its UTF-8; bytes go through as they are, so invalid UTF-8
and NUL bytes get the findings the command gives the same bytes in a file."""
import os
import unittest

import cartlint
from support import NOW, WORK, cli_diagnostics, cli_report, py_diagnostics


def command_report(data, name):
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, name)
    with open(path, "wb") as f:
        f.write(data)
    return cli_report("--now", NOW, name, cwd=WORK)


CART = '{"lineItems":[{"id":0,"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":"%s","friendlyName":"%s"}]}'


class TextAndBytes(unittest.TestCase):
    def check_bytes(self, data, name):
        want = command_report(data, name)
        got = cartlint.lint(data, now=NOW, path=name)
        self.assertEqual(py_diagnostics(got), cli_diagnostics(want))
        self.assertEqual(got.report, want)
        return got

    def test_invalid_utf8(self):
        for name, data in (("latin1.json", (CART % ("1", "caf\xe9")).encode("latin-1")),
                           ("truncated-sequence.json", (CART % ("1", "x")).encode()[:-10] + b"\xe2\x82" + b'"}]}'),
                           ("overlong.json", (CART % ("1", "\x00")).encode().replace(b"\x00", b"\xc0\xaf"))):
            with self.subTest(name):
                got = self.check_bytes(data, name)
                self.assertTrue(any(d.rule.startswith("syntax/") for d in got.diagnostics), got.diagnostics)

    def test_nul_bytes(self):
        for name, data in (("nul-in-string.json", (CART % ("1", "a\x00b")).encode()),
                           ("nul-between.json", b'{"lineItems":[]}\x00\x00'), ("nul-only.json", b"\x00")):
            with self.subTest(name):
                got = self.check_bytes(data, name)
                self.assertTrue(got.diagnostics)
                # A str holding the NUL is the same text.
                self.assertEqual(cartlint.lint(data.decode(), now=NOW, path=name).report, got.report)

    def test_a_str_is_its_utf8(self):
        text = CART % ("two", "Café ☕ 𝄞 日本")  # 2-, 3- and 4-byte characters before the finding's column
        got = cartlint.lint(text, now=NOW, path="unicode.json")
        self.assertEqual(got.report, cartlint.lint(text.encode("utf-8"), now=NOW, path="unicode.json").report)
        self.assertEqual(got.report, command_report(text.encode("utf-8"), "unicode.json"))
        self.assertTrue(got.diagnostics)

    def test_columns_count_code_points(self):
        text = '{"lineItems":[{"friendlyName":"日本語","x":1}]}'
        unknown = [d for d in cartlint.lint(text, now=NOW).diagnostics if d.pointer == "/lineItems/0/x"]
        self.assertTrue(unknown)
        self.assertEqual(unknown[0].column, text.index('"x"') + 1)  # code points, not bytes
        self.assertEqual(unknown[0].offset, len(text[:text.index('"x"')].encode()))  # bytes

    def test_a_lone_surrogate_is_a_finding_not_an_exception(self):
        text = CART % ("1", "\ud800")
        got = cartlint.lint(text, now=NOW)
        self.assertTrue(any(d.rule.startswith("syntax/") for d in got.diagnostics), got.diagnostics)

    def test_other_byte_buffers(self):
        data = (CART % ("x", "y")).encode()
        want = cartlint.lint(data, now=NOW).report
        self.assertEqual(cartlint.lint(bytearray(data), now=NOW).report, want)
        self.assertEqual(cartlint.lint(memoryview(data), now=NOW).report, want)
        for wrong in (None, 5, ["{}"]):
            with self.subTest(wrong=wrong), self.assertRaises(TypeError):
                cartlint.lint(wrong)

    def test_empty_and_huge(self):
        self.check_bytes(b"", "empty.json")
        items = ",".join('{"id":%d,"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1}' % i for i in range(50000))
        self.check_bytes(('{"lineItems":[' + items + "]}").encode(), "big.json")
        got = self.check_bytes(b"[" * 70 * 2**20, "over-the-size-limit.json")  # 70 MiB: past the 64 MiB limit
        self.assertIn("limit/document-size", [d.rule for d in got.diagnostics])

    def test_path_names_the_document(self):
        self.assertEqual(cartlint.lint("{}").path, "-")
        self.assertEqual(cartlint.lint("{}", path="carts/ü.json").path, "carts/ü.json")


if __name__ == "__main__":
    unittest.main()
