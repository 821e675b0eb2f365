#!/usr/bin/env python3
"""Time and memory guard: one hostile input, generated here, linted by the cartlint command under a
generous bound (10 s of wall time, 512 MiB of peak memory). A quadratic path or memory that grows
with the findings fails it long before a user would wait for it. Standard library only.

    perf_guard.py CARTLINT WORK_DIR CASE
"""
import os
import resource
import subprocess
import sys
import time

SECONDS, MIB = 10.0, 512


def duplicate_keys(path):
    # 100k repeats of one name on one line (1 MB): a line index per repeat was 40 s.
    with open(path, "w") as f:
        f.write("{" + ",".join('"a":%d' % i for i in range(100000)) + "}")
    return [path]


def findings_everywhere(path):
    # 100k line items (12 MB), each with four findings.
    item = '{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":"%d","billingCycle":"Monthly","termDuration":"P1W","x":1}'
    with open(path, "w") as f:
        f.write('{"lineItems":[' + ",".join(item % (i % 9 + 1) for i in range(100000)) + "]}")
    return [path]


def missing_commas(path):
    # 5M missing commas (10 MB): 4 GB of findings before they were capped.
    with open(path, "w") as f:
        f.write("[" + " ".join(["1"] * 5000000) + "]")
    return [path]


def deep_nesting(path):
    with open(path, "w") as f:
        f.write("[" * 10000000)
    return [path]


def long_ndjson_line(path):
    # One 100 MB line between two small ones: the reader searched the whole buffer every 64 KiB.
    with open(path, "w") as f:
        f.write('{"lineItems":[]}\n[' + "1," * 50000000 + "1]\n" + '{"lineItems":[]}\n')
    return ["--ndjson", path]


def endless_input(_path):
    # An input that never ends: reading stops one byte past the size limit.
    return ["/dev/zero"]


def wide_recovery(path):
    # 100k unquoted keys with comments between them (2 MB): every fault named, each fix planned once.
    with open(path, "w") as f:
        f.write("{" + ",".join("a%d /* c */ : %d" % (i, i) for i in range(100000)) + "}")
    return [path]


def reference_engine(path):
    # 20k line items with findings through valijson (2 MB): its error translation was quadratic (33 s).
    item = '{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":0,"billingCycle":"monthly","termDuration":"P1W","x":1}'
    with open(path, "w") as f:
        f.write('{"lineItems":[' + ",".join([item] * 20000) + "]}")
    return ["--engine", "valijson", path]


def many_overrides(path):
    # A configuration with 100k overrides (reading each by index was quadratic: 9.3 s).
    config = path + ".cartlint.json"
    with open(config, "w") as f:
        f.write('{"overrides":[' + ",".join('{"files":["f%d.json"],"rules":{"cart/expired":"off"}}' % i for i in range(100000)) + "]}")
    with open(path, "w") as f:
        f.write('{"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]}')
    return ["--config", config, path]


CASES = {f.__name__.replace("_", "-"): f for f in
         (duplicate_keys, findings_everywhere, missing_commas, deep_nesting, long_ndjson_line, endless_input, wide_recovery,
          reference_engine, many_overrides)}


def main():
    cartlint, work, case = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, case + ".json")
    args = CASES[case](path)
    start = time.monotonic()
    config = [] if "--config" in args else ["--no-config"]
    run = subprocess.run([cartlint] + config + ["--format", "json"] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seconds = time.monotonic() - start
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    for leftover in (path, path + ".cartlint.json"):
        if os.path.exists(leftover):
            os.remove(leftover)
    print("%s: exit %d, %.2f s, %.0f MiB peak, %d bytes of report" % (case, run.returncode, seconds, peak_mib, len(run.stdout)))
    ok = True
    if run.returncode not in (0, 1):
        print("FAILED: exit code %d (expected 0 or 1): %s" % (run.returncode, run.stderr.decode(errors="replace")[-500:]))
        ok = False
    if seconds > SECONDS:
        print("FAILED: %.2f s, over the %.0f s bound" % (seconds, SECONDS))
        ok = False
    if peak_mib > MIB:
        print("FAILED: %.0f MiB, over the %d MiB bound" % (peak_mib, MIB))
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
