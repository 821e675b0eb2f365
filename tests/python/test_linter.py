"""The Linter's life (options once, many calls, thread-safe, closed by `with`, close() or the
garbage collector), the module's cache of linters, rules() and __version__."""
import gc
import json
import os
import re
import threading
import unittest

import cartlint
from support import NOW, SOURCE, cli, corpus_args, kwargs_of, read

CART = b'{"lineItems":[{"id":0,"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":"2"}]}'


class LinterLife(unittest.TestCase):
    def test_a_context_manager_closes_it(self):
        with cartlint.Linter(now=NOW) as linter:
            self.assertTrue(linter.lint(CART).diagnostics)
        with self.assertRaisesRegex(ValueError, "closed"):
            linter.lint(CART)
        linter.close()  # twice is fine
        self.assertIn("closed", repr(linter))

    def test_close_waits_for_the_calls_in_flight(self):
        big = b'{"lineItems":[' + b",".join([CART[14:-2]] * 100000) + b"]}"
        linter = cartlint.Linter(now=NOW)
        started, results = threading.Event(), []

        def lint():
            started.set()
            results.append(linter.lint(big))

        thread = threading.Thread(target=lint)
        thread.start()
        started.wait()
        linter.close()  # would free the linter under the thread if it did not wait
        thread.join()
        self.assertEqual(len(results), 1)

    def test_many_threads_share_one(self):
        linter = cartlint.Linter(now=NOW)
        want = linter.lint(CART).report
        failures = []

        def work():
            for _ in range(200):
                if linter.lint(CART).report != want:
                    failures.append("differs")

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(failures, [])

    def test_the_garbage_collector_frees_it(self):
        freed = []
        original = cartlint._lib.cartlint_linter_free
        try:
            cartlint._lib.cartlint_linter_free = lambda handle: (freed.append(handle), original(handle))
            linter = cartlint.Linter(kind="cart")
            handle = linter._handle
            del linter
            gc.collect()
        finally:
            cartlint._lib.cartlint_linter_free = original
        self.assertEqual(freed, [handle])

    def test_options_are_kept_as_given_to_the_c_abi(self):
        linter = cartlint.Linter(customer_country="DE", rules={"quirk/*": "off"})
        self.assertEqual(json.loads(linter.options), {"customerCountry": "DE", "rules": {"quirk/*": "off"}})
        self.assertIsNone(cartlint.Linter().options)

    def test_the_module_keeps_one_linter_per_options(self):
        cartlint.lint(CART, now=NOW, customer_country="DE")
        first = cartlint._linter(cartlint._options_json(now=NOW, customer_country="DE"))
        cartlint.lint(CART, customer_country="DE", now=NOW)  # the same options in another order
        self.assertIs(cartlint._linter(cartlint._options_json(customer_country="DE", now=NOW)), first)
        self.assertIsNot(cartlint._linter(cartlint._options_json(customer_country="GB", now=NOW)), first)

    def test_results(self):
        result = cartlint.lint(CART, now=NOW)
        self.assertEqual(result.kind, "cart")
        self.assertFalse(result.ok)
        self.assertFalse(result.clean)
        self.assertEqual(result.errors, sum(d.severity == "error" for d in result.diagnostics))
        self.assertIn("errors", repr(result))
        d = next(d for d in result.diagnostics if d.fix)
        self.assertIsInstance(d.fix, cartlint.Fix)
        self.assertIsInstance(d.fix.edits[0], cartlint.Edit)
        valid = "valid/cart-minimal.json"
        clean = cartlint.lint(read(valid), **kwargs_of(corpus_args(valid)))
        self.assertTrue(clean.ok and clean.clean, clean.diagnostics)


class Catalogue(unittest.TestCase):
    def test_rules_as_list_rules_prints_them(self):
        code, out, err = cli("--list-rules", "--format", "json")
        self.assertEqual(cartlint.rules(), json.loads(out)["rules"])
        self.assertGreater(len(cartlint.rules()), 50)

    def test_version_is_the_commands(self):
        code, out, err = cli("--version")
        self.assertRegex(cartlint.__version__, r"^\d+\.\d+\.\d+$")
        self.assertIn(cartlint.__version__, out.decode())

    def test_the_wheels_version_is_the_librarys(self):
        with open(os.path.join(SOURCE, "bindings", "python", "pyproject.toml")) as f:
            declared = re.search(r'^version = "([^"]+)"', f.read(), re.M).group(1)
        self.assertEqual(declared, cartlint.__version__)


if __name__ == "__main__":
    unittest.main()
