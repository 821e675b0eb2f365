"""The README's Python example (examples/python/lint_cart.py, held there verbatim) runs against
the installed package and prints what the command reports for the same cart and options."""
import json
import os
import subprocess
import sys
import unittest

from support import SOURCE, cli

EXAMPLE = os.path.join(SOURCE, "examples", "python", "lint_cart.py")
CART = ('{"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P",'
        '"quantity":"2","billingCycle":"Monthly","termDuration":"P1M"}]}')


class ReadmeExample(unittest.TestCase):
    def test_the_readme_holds_the_example_verbatim(self):
        with open(os.path.join(SOURCE, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        with open(EXAMPLE, encoding="utf-8") as f:
            example = f.read()
        self.assertIn("```python\n" + example + "```\n", readme)
        self.assertIn(CART.split(",")[0][2:], example)  # the cart below is the example's

    def test_it_prints_the_commands_findings(self):
        code, out, err = cli("--customer-country", "DE", "--rule", "billing/non-canonical-cycle=error", "--format", "json",
                             "--stdin-filename", "cart.json", "-", input=CART.encode())
        report = json.loads(out)
        findings = report["files"][0]["diagnostics"]
        self.assertTrue(findings)
        _, stream_out, _ = cli("--customer-country", "DE", "--ndjson", "--format", "json", "-", input=(CART + "\n" + CART + "\n").encode())
        stream = json.loads(stream_out)["files"][0]["diagnostics"]
        want = []
        for d in findings:
            want.append(f"{d['line']}:{d['column']}: {d['severity']}: {d['message']} [{d['rule']}]")
            if "fix" in d:
                want.append(f"    fix ({'safe' if d['fix']['safe'] else 'suggestion'}): {d['fix']['description']}")
        want += [f"{report['summary']['errors']} errors; {len(stream)} findings in the stream", "True"]

        ran = subprocess.run([sys.executable, EXAMPLE], capture_output=True, text=True)
        self.assertEqual(ran.stderr, "")
        self.assertEqual(ran.stdout.splitlines(), want)
        self.assertEqual(ran.returncode, 1 if report["summary"]["errors"] else 0)


if __name__ == "__main__":
    unittest.main()
