#!/usr/bin/env python3
"""Time and memory guard: one hostile input, generated here, linted by the cartlint command under a
generous bound (10 s of wall time, 512 MiB of peak memory). A quadratic path or memory that grows
with the findings fails it long before a user would wait for it. Standard library only.

    perf_guard.py CARTLINT WORK_DIR CASE
"""
import os
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


def http_requests(path):
    # A .http file of 50k requests (about 10 MB), each with variables and faults, then one line of
    # 1M "{{" without a close, and a body line of 200k variables: a variable scan per "{{" or a
    # string scan per variable would be quadratic.
    request = ("###\n# @name r%d\nPUT {{host}}/v1/customers/{{c}}/carts/not-a-guid HTTP/1.1\nContent-Length: 9\n"
               'MS-RequestId: x\n{"lineItems":[{"catalogItemId":"{{item}}","quantity":{{n}},"billingCycle":"Monthly",}]}\n')
    with open(path, "w") as f:
        f.write("".join(request % i for i in range(50000)))
        f.write("###\nPOST /v1/customers/{{c}}/carts HTTP/1.1\nX-A: " + "{{" * 1000000 + "\n\n")
        f.write('{"lineItems":[' + ",".join('"{{v}}"' for _ in range(100000)) + "," + ",".join("{{v}}" for _ in range(100000)) + "]}\n")
    return ["--kind", "http", path]


def doc_page(path):
    # A page (about 10 MB) with one property table of 200k rows and 20k fenced samples with faults:
    # a table read against every schema object per row, or a name looked up against every sample
    # name, would be quadratic.
    rows = "".join("| quantity%d | Object | Maybe | x |\n| catalogId | string | No |\n" % i for i in range(100000))
    sample = '```json\n{"lineItems":[{"catalogItemId":"x","quantity":1,"n%d":1,}]}\n```\n\n'
    with open(path, "w") as f:
        f.write("---\ntitle: x\n---\n# Page\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n")
        f.write("| catalogItemId | string | Yes | x |\n| quantity | int | Yes | x |\n" + rows + "\n")
        f.write("".join(sample % i for i in range(20000)))
    return ["--kind", "markdown", path]


# Tighter memory bounds where the design promises more than the general one; each was exceeded
# before the change that brought it down.
MIB_FOR = {
    # Findings are bounded as they arise (the first 101 of a rule kept, the rest counted): 412 MiB
    # (/usr/bin/time) when every finding was built first; 258 MiB now, of which 130 MiB the same document
    # without findings costs.
    "findings-everywhere": 320,
    # An over-long line is held only up to the size limit (64 MiB), its excerpt only to its start:
    # 137 MiB when the buffer grew by doubling and the whole line was copied for the report; 70 now.
    "long-ndjson-line": 100,
    # A message's and a page's own findings are bounded as they arise too: 276 MiB (doc-page) and
    # 206 MiB (http-requests) when every row's and every request's finding was built first; 66
    # and 52 MiB now.
    "doc-page": 128,
    "http-requests": 128,
}

CASES = {f.__name__.replace("_", "-"): f for f in
         (duplicate_keys, findings_everywhere, missing_commas, deep_nesting, long_ndjson_line, endless_input, wide_recovery,
          reference_engine, many_overrides, http_requests, doc_page)}


def generate(case, path):
    """The case's input, written by a child process: the command is started from this process,
    and a child's peak memory (ru_maxrss) counts what it inherits at fork, so this one must not
    have held a 100 MB string (it made the 100 MB line's peak read 205 MiB instead of 72)."""
    pid = os.fork()
    if pid == 0:
        try:
            with open(path + ".args", "w") as f:
                f.write("\n".join(CASES[case](path)))
            os._exit(0)
        except BaseException:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("perf_guard: generating %s failed" % case)
    with open(path + ".args") as f:
        return f.read().split("\n")


def main():
    cartlint, work, case = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, case + ".json")
    args = generate(case, path)
    config = [] if "--config" in args else ["--no-config"]
    with open(path + ".out", "wb") as out, open(path + ".err", "wb") as err:
        start = time.monotonic()
        child = subprocess.Popen([cartlint] + config + ["--format", "json"] + args, stdout=out, stderr=err)
        # This child's own resource use (wait4), not the largest of every child so far.
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.monotonic() - start
    returncode = os.waitstatus_to_exitcode(status)
    peak_mib = usage.ru_maxrss / 1024.0
    report_bytes = os.path.getsize(path + ".out")
    with open(path + ".err", "rb") as f:
        stderr = f.read()
    for leftover in (path, path + ".cartlint.json", path + ".args", path + ".out", path + ".err"):
        if os.path.exists(leftover):
            os.remove(leftover)
    print("%s: exit %d, %.2f s, %.0f MiB peak, %d bytes of report" % (case, returncode, seconds, peak_mib, report_bytes))
    ok = True
    if returncode not in (0, 1):
        print("FAILED: exit code %d (expected 0 or 1): %s" % (returncode, stderr.decode(errors="replace")[-500:]))
        ok = False
    if seconds > SECONDS:
        print("FAILED: %.2f s, over the %.0f s bound" % (seconds, SECONDS))
        ok = False
    mib = MIB_FOR.get(case, MIB)
    if peak_mib > mib:
        print("FAILED: %.0f MiB, over the %d MiB bound" % (peak_mib, mib))
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
