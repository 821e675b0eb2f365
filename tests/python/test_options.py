"""Each keyword argument changes the findings exactly as its command-line flag does, and a bad
option is a ValueError with cartlint's own reason (a wrong type, a TypeError)."""
import datetime
import json
import unittest

import cartlint
from support import NOW, cli, cli_report, corpus_files, read

UTC = datetime.timezone.utc


def reports_by_path(*args, files):
    """One run of the command over `files`: each file's report, as the binding would return it."""
    report = cli_report(*args, *files)
    return {f["path"]: {"files": [f], "summary": _summary(f)} for f in report["files"]}


def _summary(file):
    count = lambda s: sum(d["severity"] == s for d in file["diagnostics"])
    summary = {"files": 1, "errors": count("error"), "warnings": count("warning"), "infos": count("info")}
    if "notes" in file:  # the context/… hints counted: one file's are its run's
        summary["notes"] = file["notes"]
    return summary


class OptionsActAsTheirFlags(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.files = corpus_files()
        cls.texts = {f: read(f) for f in cls.files}
        cls.plain = reports_by_path("--now", NOW, files=cls.files)

    def check(self, flags, kwargs, now_flag=True, must_change=True):
        """The binding with kwargs equals the command with flags on every corpus file, and the
        flags change the findings of at least one (so the option is seen to act)."""
        args = (["--now", NOW] if now_flag else []) + flags
        want = reports_by_path(*args, files=self.files)
        changed = [f for f in self.files if want[f] != self.plain[f]]
        if must_change:
            self.assertTrue(changed, f"{flags} change nothing in the corpus: pick another value")
        linter = cartlint.Linter(**({"now": NOW} if now_flag else {}), **kwargs)
        for path in self.files:
            with self.subTest(flags=flags, path=path):
                self.assertEqual(linter.lint(self.texts[path], path=path).report, want[path])
        return changed

    def test_customer_country(self):
        for country in ("DE", "GB", "US"):
            self.check(["--customer-country", country], {"customer_country": country})

    def test_provider_id(self):
        self.check(["--provider-id", "1234567"], {"provider_id": "1234567"})
        self.check(["--provider-id", "873452"], {"provider_id": 873452})  # digits as an int mean the same

    def test_now_as_a_string_and_as_a_datetime(self):
        flags = ["--now", "2018-03-16T00:00:00Z"]
        self.check(flags, {"now": "2018-03-16T00:00:00Z"}, now_flag=False)
        self.check(flags, {"now": datetime.datetime(2018, 3, 16, tzinfo=UTC)}, now_flag=False)
        cet = datetime.timezone(datetime.timedelta(hours=1))
        self.check(flags, {"now": datetime.datetime(2018, 3, 16, 1, 0, tzinfo=cet)}, now_flag=False)  # the same instant
        self.check(["--now", "2018-03-15T17:16:02.5Z"], {"now": datetime.datetime(2018, 3, 15, 17, 16, 2, 500000, tzinfo=UTC)},
                   now_flag=False)

    def test_kind(self):
        for kind in ("cart", "cart-line-item", "checkout-result", "order", "order-collection", "http", "markdown"):
            self.check(["--kind", kind], {"kind": kind})

    def test_rules(self):
        self.check(["--rule", "quirk/*=off"], {"rules": {"quirk/*": "off"}})
        self.check(["--rule", "schema/required=warning", "--rule", "billing/non-canonical-cycle=error"],
                   {"rules": {"schema/required": "warning", "billing/non-canonical-cycle": "error"}})
        self.check(["--rule", "*=info"], {"rules": {"*": "info"}})

    def test_engine(self):
        # The engines agree by design except where valijson 1.0 is wrong: it checks only the first
        # of two members with the same name (and wraps integers past 2^63 - 1).
        cart = (b'{"lineItems":[{"id":0,"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,'
                b'"billingCycle":"monthly","termDuration":"P1M","termDuration":"P1W"}]}')
        results = {}
        for engine in ("native", "valijson"):
            code, out, err = cli("--now", NOW, "--engine", engine, "--format", "json", "-", input=cart)
            want = json.loads(out)
            got = cartlint.lint(cart, now=NOW, engine=engine)
            self.assertEqual(got.report, want, engine)
            results[engine] = got.report
        self.assertNotEqual(results["native"], results["valijson"], "the cart no longer tells the engines apart")
        self.check(["--engine", "valijson"], {"engine": "valijson"}, must_change=False)  # the corpus: the same findings

    def test_options_are_combined(self):
        flags = ["--now", "2018-03-16T00:00:00Z", "--customer-country", "DE", "--provider-id", "1234567", "--rule",
                 "quirk/*=warning"]
        self.check(flags, {"now": "2018-03-16T00:00:00Z", "customer_country": "DE", "provider_id": "1234567",
                           "rules": {"quirk/*": "warning"}}, now_flag=False)

    def test_module_functions_take_the_same_options_as_a_linter(self):
        path = "rules/partner/eu-efta-only.json"
        kwargs = {"now": "2018-03-16T00:00:00Z", "customer_country": "GB", "provider_id": "873452"}
        with cartlint.Linter(**kwargs) as linter:
            self.assertEqual(cartlint.lint(self.texts[path], path=path, **kwargs).report,
                             linter.lint(self.texts[path], path=path).report)


class BadOptions(unittest.TestCase):
    def test_each_is_a_value_error_with_cartlints_reason(self):
        cases = [
            ({"kind": "carts"}, "kind"),
            ({"customer_country": "Germany"}, "alpha-2"),
            ({"provider_id": "12ab"}, "digits only"),
            ({"now": "yesterday"}, "RFC 3339"),
            ({"rules": {"no/such": "off"}}, "no rule"),
            ({"rules": {"schema/required": "loud"}}, "loud"),
            ({"engine": "fast"}, '"native" or "valijson"'),
        ]
        for kwargs, says in cases:
            for call in (lambda: cartlint.Linter(**kwargs), lambda: cartlint.lint("{}", **kwargs),
                         lambda: cartlint.fix("{}", **kwargs), lambda: cartlint.lint_many(["{}"], **kwargs),
                         lambda: cartlint.lint_ndjson("{}", **kwargs)):
                with self.subTest(kwargs=kwargs), self.assertRaises(ValueError) as raised:
                    call()
                self.assertIn(says, str(raised.exception))
                self.assertRegex(str(raised.exception), r"^options \d+:\d+: ")  # the C ABI's message, whole

    def test_every_fault_is_named(self):
        with self.assertRaises(ValueError) as raised:
            cartlint.Linter(customer_country="Germany", now="yesterday")
        self.assertIn("alpha-2", str(raised.exception))
        self.assertIn("RFC 3339", str(raised.exception))

    def test_wrong_types_are_type_errors(self):
        for kwargs in ({"now": 5}, {"now": datetime.date(2018, 3, 16)}, {"customer_country": 49}, {"rules": ["quirk/*"]},
                       {"rules": {"quirk/*": 0}}, {"kind": True}, {"provider_id": True}):
            with self.subTest(kwargs=kwargs), self.assertRaises(TypeError):
                cartlint.Linter(**kwargs)

    def test_a_naive_datetime_is_refused_not_guessed(self):
        with self.assertRaisesRegex(ValueError, "timezone-aware"):
            cartlint.lint("{}", now=datetime.datetime(2018, 3, 16))

    def test_bad_threads(self):
        for threads in (0, -1, 1.5, True):
            with self.subTest(threads=threads), self.assertRaises(ValueError):
                cartlint.lint_many(["{}"], threads=threads)
            with self.subTest(threads=threads), self.assertRaises(ValueError):
                cartlint.lint_ndjson("{}", threads=threads)


if __name__ == "__main__":
    unittest.main()
