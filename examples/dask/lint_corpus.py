#!/usr/bin/env python3
"""Lints NDJSON files on Dask distributed with cartlint's Python binding, one part file per
partition: DIR/part-NNNNN.ndjson holds `cartlint --ndjson --format ndjson`'s lines for its lines.

    lint_corpus.py INPUT_GLOB --out DIR [--scheduler ADDRESS] [--workers N] [--now TIME]

Without --scheduler: a LocalCluster of --workers (2) processes. The last line printed is the
summary: {"documents", "errors", "warnings", "infos", "notes"}.
"""
import argparse
import glob
import json
import os
import sys

import cartlint
from dask.distributed import Client, LocalCluster

READ_BYTES = 1 << 20
_linters = {}


def _linter(options):
    """One Linter per worker process and options: compiling one costs more than a partition."""
    key = json.dumps(options, sort_keys=True)
    if key not in _linters:
        _linters[key] = cartlint.Linter(**options)
    return _linters[key]


def count_newlines(task):
    """How many line breaks the byte range [start, end) of a file holds."""
    path, start, end = task
    n = 0
    with open(path, "rb") as f:
        f.seek(start)
        left = end - start
        while left > 0:
            block = f.read(min(READ_BYTES, left))
            if not block:
                break
            n += block.count(b"\n")
            left -= len(block)
    return n


def _owned_bytes(path, start, end, newlines_before):
    """The whole lines whose first byte is in [start, end): (their first line's number, its
    offset, their bytes). A line's number is 1 + the line breaks before it, newlines_before of
    them before `start`; a line that starts before `start` is the partition before's, and the
    last line owned is read to its end, past `end`."""
    with open(path, "rb") as f:
        line, offset = newlines_before + 1, start
        if start > 0:
            f.seek(start - 1)
            if f.read(1) != b"\n":  # mid-line: that line is the partition before's
                offset += len(f.readline())
                line += 1
        if offset >= end:
            return line, offset, b""
        f.seek(offset)
        data = f.read(end - offset)
        if not data.endswith(b"\n"):
            data += f.readline()  # the last line, to its break (or the end of the file)
        return line, offset, data


def lint_partition(task):
    """Lints one partition and writes its part file; returns its counts. The binding writes the
    command's NDJSON lines itself (positions in the whole file): nothing is decoded here."""
    index, path, start, end, newlines_before, out_dir, options = task
    first_line, first_offset, data = _owned_bytes(path, start, end, newlines_before)
    report = _linter(options).ndjson_report(data, path=path, first_line=first_line, first_offset=first_offset, threads=1)
    part = os.path.join(out_dir, "part-%05d.ndjson" % index)
    with open(part + ".tmp", "wb") as out:
        out.write(report.lines)
    os.replace(part + ".tmp", part)  # a part file is whole or absent
    counts = {k: report.summary[k] for k in ("documents", "errors", "warnings", "infos")}
    counts["notes"] = {note["rule"]: note["documents"] for note in report.summary["notes"]}
    return counts


def partitions(paths, size):
    """(path, start, end) byte ranges of about `size` bytes, in file order."""
    for path in paths:
        length = os.path.getsize(path)
        for start in range(0, length, size):
            yield path, start, min(start + size, length)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input_glob", metavar="INPUT_GLOB", help="the NDJSON files, e.g. 'corpus/*.ndjson' (quoted)")
    parser.add_argument("--out", required=True, metavar="DIR", help="where the part files go")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="join this Dask scheduler instead of starting a LocalCluster")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the LocalCluster (default 2)")
    parser.add_argument("--partition-bytes", type=int, default=8 << 20, help="about this many bytes a partition (default 8 MiB)")
    parser.add_argument("--now", help="the clock for cart expiry, RFC 3339")
    parser.add_argument("--customer-country")
    parser.add_argument("--provider-id")
    args = parser.parse_args(argv)

    paths = sorted(glob.glob(args.input_glob, recursive=True))
    if not paths:
        parser.error("no file matches %r" % args.input_glob)
    if args.partition_bytes < 1:
        parser.error("--partition-bytes must be positive")
    options = {k: v for k, v in (("now", args.now), ("customer_country", args.customer_country),
                                 ("provider_id", args.provider_id)) if v is not None}
    # Bad options fail here, with cartlint's reason, before any work is sent. Not through _linter:
    # the functions sent to the workers take this module's globals with them, and a linter (a
    # ctypes handle) cannot travel; each worker opens its own.
    cartlint.Linter(**options).close()
    os.makedirs(args.out, exist_ok=True)
    for stale in glob.glob(os.path.join(args.out, "part-*.ndjson")):
        os.remove(stale)

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        ranges = list(partitions(paths, args.partition_bytes))
        # Two passes: the line breaks of every range (read, not linted), then each range's lines
        # numbered from the breaks of the ranges before it in its file.
        newlines = client.gather(client.map(count_newlines, ranges, pure=False))
        tasks, before, previous = [], 0, None
        for index, ((path, start, end), n) in enumerate(zip(ranges, newlines)):
            if path != previous:
                before, previous = 0, path
            tasks.append((index, path, start, end, before, os.path.abspath(args.out), options))
            before += n
        counts = client.gather(client.map(lint_partition, tasks, pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    summary = {"documents": 0, "errors": 0, "warnings": 0, "infos": 0}
    notes = {}
    for c in counts:
        for k in summary:
            summary[k] += c[k]
        for rule, n in c["notes"].items():
            notes[rule] = notes.get(rule, 0) + n
    summary["notes"] = [{"rule": rule, "documents": n} for rule, n in sorted(notes.items())]
    print("%d files, %d partitions, part files in %s" % (len(paths), len(tasks), args.out), file=sys.stderr)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
