"""The GIL is released while cartlint lints: a Python thread keeps running while another is
inside cartlint_lint. (Timing two lints side by side would say the same less reliably on a
shared two-core machine; tools/bench.sh measures lint_many's scaling.)

The check is proved able to fail: the same call through ctypes.PyDLL, which keeps the GIL,
must stall the Python thread for (nearly) the whole call."""
import ctypes
import threading
import time
import unittest

import cartlint
from support import NOW

# Long enough to see (a few tenths of a second here; the findings are capped per rule, so the report stays small).
ITEM = '{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":"%d","billingCycle":"Monthly","termDuration":"P1W","x":1}'
BIG = ('{"lineItems":[' + ",".join(ITEM % (i % 9 + 1) for i in range(20000)) + "]}").encode()


def spin_beside(call):
    """Runs call() on a thread while this thread counts loop turns; returns (the call's duration,
    turns made while it ran, the longest pause between two turns within it)."""
    window = {}

    def worker():
        window["start"] = time.perf_counter()
        call()
        window["end"] = time.perf_counter()

    stamps = []
    thread = threading.Thread(target=worker)
    thread.start()
    while thread.is_alive():
        stamps.append(time.perf_counter())
    thread.join()
    start, end = window["start"], window["end"]
    inside = [t for t in stamps if start <= t <= end]
    edges = [start] + inside + [end]
    return end - start, len(inside), max(b - a for a, b in zip(edges, edges[1:]))


class GilIsReleased(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.linter = cartlint.Linter(now=NOW)
        lib = cartlint._lib
        cls.handle = cls.linter._handle
        cls.cdll_lint = lib.cartlint_lint
        pydll = ctypes.PyDLL(lib._name)  # the same library, called with the GIL held
        cls.pydll_lint = pydll.cartlint_lint
        cls.pydll_lint.argtypes, cls.pydll_lint.restype = cls.cdll_lint.argtypes, cls.cdll_lint.restype
        cls.free = lib.cartlint_free

    def raw(self, function):
        return lambda: self.free(function(self.handle, BIG, len(BIG), None))

    def test_the_document_takes_long_enough_to_tell(self):
        duration, _, _ = spin_beside(self.raw(self.cdll_lint))
        self.assertGreater(duration, 0.1)

    def test_python_runs_while_a_thread_is_inside_cartlint(self):
        duration, turns, pause = spin_beside(self.raw(self.cdll_lint))
        self.assertGreater(turns, 1000, f"{turns} turns in {duration:.2f} s")
        # The switch interval (5 ms) and the machine's load allow pauses; never the whole call.
        self.assertLess(pause, duration / 2, f"paused {pause:.3f} s of a {duration:.3f} s call")

    def test_the_check_fails_when_the_gil_is_held(self):
        duration, turns, pause = spin_beside(self.raw(self.pydll_lint))
        self.assertGreater(pause, duration * 0.9, f"PyDLL let Python run: paused only {pause:.3f} s of {duration:.3f} s")

    def test_the_binding_itself_releases_it(self):
        results = []
        duration, turns, pause = spin_beside(lambda: results.append(self.linter.lint(BIG)))
        self.assertTrue(results[0].diagnostics)
        self.assertLess(pause, duration / 2, f"paused {pause:.3f} s of a {duration:.3f} s lint")


if __name__ == "__main__":
    unittest.main()
