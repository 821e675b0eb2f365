#!/usr/bin/env python3
"""Memory guard of a streamed report: an NDJSON stream in which every document has one error,
linted with --jobs 2 in one report format, must peak under 64 MiB (issue 15's budget), whatever
the number of findings, and the report must be whole (every finding in it, well-formed).
Before reports streamed, every finding and its source line stayed until the end: this stream of
100k documents (75 MB) peaked at 127 MiB (text) and more.

    streamed_memory.py CARTLINT WORK_DIR FORMAT [DOCUMENTS]
"""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree

MIB = 64
# One finding a document (schema/enum on termDuration), in lines of about 750 bytes (a long
# friendlyName, cheap to check) as real carts are: the old report kept each such line whole.
LINE = ('{"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","friendlyName":"' + "Microsoft 365 Business Premium " * 20 +
        '","quantity":%d,"billingCycle":"monthly","termDuration":"P1W"}]}\n')


def generate(path, documents):
    # In a child process: the command's peak (ru_maxrss) would count what this one held at fork.
    pid = os.fork()
    if pid == 0:
        with open(path, "w") as f:
            for i in range(documents):
                f.write(LINE % (i % 9 + 1))
        os._exit(0)
    os.waitpid(pid, 0)


def findings_in(report_format, path):
    """How many findings the report holds, read back as its consumers would."""
    with open(path, "rb") as f:
        data = f.read()
    if report_format == "json":
        return json.loads(data)["summary"]["errors"] if data else -1
    if report_format == "sarif":
        return len(json.loads(data)["runs"][0]["results"])
    if report_format == "ndjson":
        return sum(len(json.loads(line)["diagnostics"]) for line in data.splitlines())
    if report_format == "junit":
        return sum(1 for e in xml.etree.ElementTree.fromstring(data).iter("failure"))
    if report_format == "gitlab":
        return sum(1 for issue in json.loads(data) if issue["severity"] == "major")
    if report_format == "rdjson":
        return sum(1 for d in json.loads(data)["diagnostics"] if d["severity"] == "ERROR")
    if report_format == "checkstyle":
        return sum(1 for e in xml.etree.ElementTree.fromstring(data).iter("error") if e.get("severity") == "error")
    if report_format == "azure":
        return sum(1 for line in data.splitlines() if line.startswith(b"##vso[task.logissue type=error;"))
    if report_format == "github":
        return sum(1 for line in data.splitlines() if line.startswith(b"::error "))
    return sum(1 for line in data.splitlines() if b": error: " in line)  # text


def main():
    cartlint, work, report_format = sys.argv[1], sys.argv[2], sys.argv[3]
    documents = int(sys.argv[4]) if len(sys.argv) > 4 else 100000
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, "all-broken-%s.ndjson" % report_format)
    out_path = path + ".out"
    generate(path, documents)
    with open(out_path, "wb") as out:
        child = subprocess.Popen([cartlint, "--no-config", "--ndjson", "--jobs", "2", "--format", report_format, path],
                                 stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss / 1024.0
    found = findings_in(report_format, out_path)
    os.remove(path)
    os.remove(out_path)
    print("%s: %d documents, exit %d, %.1f MiB peak, %d findings in the report" % (report_format, documents, code, peak, found))
    ok = True
    if code != 1:
        print("FAILED: exit %d, expected 1 (every document has an error)" % code)
        ok = False
    if found != documents:
        print("FAILED: %d findings in the report, expected %d" % (found, documents))
        ok = False
    if peak > MIB:
        print("FAILED: %.1f MiB, over the %d MiB budget" % (peak, MIB))
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
