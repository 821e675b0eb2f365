# Pre-flight a cart from Python: cmake --install puts the package in <prefix>/lib/python3/dist-packages
# (on PYTHONPATH, or on python3's path already for the prefix /usr).
import sys

import cartlint

cart = ('{"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P",'
        '"quantity":"2","billingCycle":"Monthly","termDuration":"P1M"}]}')
try:
    result = cartlint.lint(cart, path="cart.json", customer_country="DE",
                           rules={"billing/non-canonical-cycle": "error"})
except ValueError as bad_options:  # with cartlint's reason, e.g. a country that is not alpha-2
    sys.exit(f"bad options: {bad_options}")
for d in result.diagnostics:
    print(f"{d.line}:{d.column}: {d.severity}: {d.message} [{d.rule}]")
    if d.fix:
        print(f"    fix ({'safe' if d.fix.safe else 'suggestion'}): {d.fix.description}")

# Many carts at once, on a thread per core (cartlint runs without the GIL); or one NDJSON text.
results = cartlint.lint_many([cart] * 100, customer_country="DE")
assert [r.errors for r in results] == [results[0].errors] * 100
stream = cartlint.lint_ndjson(cart + "\n" + cart + "\n", customer_country="DE")
print(f"{result.errors} errors; {len(stream.diagnostics)} findings in the stream")
print(cartlint.fix(cart) == cart)  # safe fixes only (syntax and names): none here
sys.exit(0 if result.ok else 1)  # send it only when there is no error
