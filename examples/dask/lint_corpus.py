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
import types

import cartlint
from dask.distributed import Client, LocalCluster

READ_BYTES = 1 << 20
# A line's end is looked for in blocks this size: a line is a kilobyte or so, and a block above
# glibc's mmap threshold (fixed at 128 KiB in Dask's workers, see _worker) would be fresh pages to
# fault in twice a partition (a sixth of a lint task's time, measured).
LINE_END_BYTES = 1 << 16
COUNT_RANGES = 4  # ranges counted by one task


def _worker():
    """What a worker process keeps between tasks: its linters and its read buffer. Kept in a
    module of its own in sys.modules, since the tasks' functions travel by value (this script is
    no module the workers can import) and each arrives with fresh globals. The buffer is kept, not
    made anew per task: Dask's workers make the allocator return freed memory at once
    (MALLOC_TRIM_THRESHOLD_), so a fresh one per task would be fresh pages to fault in every time."""
    state = sys.modules.get("_lint_corpus_worker")
    if state is None:
        state = types.ModuleType("_lint_corpus_worker")
        state.linters, state.count = {}, bytearray(READ_BYTES)
        sys.modules[state.__name__] = state
    return state


def _linter(options):
    """One Linter per worker process and options: compiling one costs more than a partition."""
    linters = _worker().linters
    key = json.dumps(options, sort_keys=True)
    if key not in linters:
        linters[key] = cartlint.Linter(**options)
    return linters[key]


def _count_breaks(buffer, size):
    """The line breaks in buffer[:size]. Lines of a kilobyte or so (carts) are found a memchr a
    line, six times faster than bytearray.count's byte-at-a-time loop; once the lines prove short
    (blank ones, say), the rest is counted by that loop, which a call a line would be far slower than."""
    n, at = 0, buffer.find(b"\n", 0, size)
    while at >= 0:
        n += 1
        if n >= 64 and at < 256 * n:
            return n + buffer.count(b"\n", at + 1, size)
        at = buffer.find(b"\n", at + 1, size)
    return n


def count_newlines(task):
    """How many line breaks each byte range [start, end) of a file holds, read into one buffer.
    Several ranges a task: a count is a few milliseconds, about what Dask spends on a task."""
    path, ranges = task
    counts = []
    buffer = _worker().count
    with open(path, "rb", buffering=0) as f:
        for start, end in ranges:
            n = 0
            f.seek(start)
            left = end - start
            while left > 0:
                got = f.readinto(memoryview(buffer)[:min(READ_BYTES, left)])
                if not got:
                    break
                n += _count_breaks(buffer, got)
                left -= got
            counts.append(n)
    return counts


def _line_end(fd, at, size):
    """Where the line holding byte `at` ends: just past its line break, or at the end of the file."""
    while at < size:
        block = os.pread(fd, min(LINE_END_BYTES, size - at), at)
        if not block:
            break
        found = block.find(b"\n")
        if found >= 0:
            return at + found + 1
        at += len(block)
    return size


def _owned_range(fd, start, end):
    """(line breaks skipped, offset, stop): the whole lines whose first byte is in [start, end)
    are the bytes [offset, stop). A line that starts before `start` is the partition before's
    (one line break skipped); the last line owned is read to its end, past `end`."""
    size = os.fstat(fd).st_size
    skipped, offset = 0, start
    if start > 0 and os.pread(fd, 1, start - 1) != b"\n":  # mid-line: that line is the partition before's
        offset = _line_end(fd, start, size)
        skipped = 1
    if offset >= end:
        return skipped, offset, offset
    return skipped, offset, _line_end(fd, end - 1, size)


def lines_before(counted):
    """The line breaks before each range of a file, from count_newlines's lists of the counts of
    its first ranges: 0, c0, c0 + c1, ..., up to the range after the last one counted."""
    out, total = [0], 0
    for counts in counted:
        for n in counts:
            total += n
            out.append(total)
    return out


def lint_partition(task, before=None):
    """Lints one partition and writes its part file; returns its counts. cartlint reads the
    partition's lines from the file itself, a batch at a time, and writes the command's NDJSON
    lines (positions in the whole file) straight into the part file: nothing of either is held or
    copied here. `before`: lines_before of the file's ranges up to this one at least (None for its first)."""
    index, path, start, end, rank, out_dir, options = task
    newlines_before = before[rank] if before else 0
    fd = os.open(path, os.O_RDONLY)
    try:
        skipped, offset, stop = _owned_range(fd, start, end)
    finally:
        os.close(fd)
    part = os.path.join(out_dir, "part-%05d.ndjson" % index)
    with open(part + ".tmp", "wb") as out:
        summary = _linter(options).write_ndjson_report_file(out, path, offset=offset, length=stop - offset, path=path,
                                                            first_line=newlines_before + 1 + skipped, threads=1)
    os.replace(part + ".tmp", part)  # a part file is whole or absent
    counts = {k: summary[k] for k in ("documents", "errors", "warnings", "infos")}
    counts["notes"] = {note["rule"]: note["documents"] for note in summary["notes"]}
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
    # 32 MiB: a task costs the cluster a few milliseconds beyond its work (scheduling, and the
    # sums it waits for from the other worker); at 32 MiB a task is a tenth of a second of linting.
    # 8 MiB partitions took 1.7x to 1.8x the command's time on 2 workers here, 32 MiB ones 1.55x.
    parser.add_argument("--partition-bytes", type=int, default=32 << 20, help="about this many bytes a partition (default 32 MiB)")
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
        # Two passes, as one graph: the line breaks of the ranges (read, not linted), then each
        # range's lines numbered from the breaks of the ranges before it in its file. Small tasks
        # add the counts up, block by block, and each lint task waits on the workers for the sums
        # it needs: no round trip through this driver per range (that loop was a sixth of the
        # job's time), and a range is linted as soon as the blocks before it are counted. Every
        # count is submitted first, so the workers do them first (Dask runs what was submitted
        # earlier first); a file's first range needs no count and starts at once.
        # Each kind of task is sent in one call: a graph update per task kept the scheduler busy
        # for the first tenth of a second.
        count_tasks, blocks = [], {}  # blocks: path -> indices of its count tasks, in order
        for path in dict.fromkeys(path for path, _, _ in ranges):
            spans = [(start, end) for p, start, end in ranges if p == path][:-1]  # the last range's count is needed by none
            blocks[path] = []
            for k in range(0, len(spans), COUNT_RANGES):
                blocks[path].append(len(count_tasks))
                count_tasks.append((path, spans[k:k + COUNT_RANGES]))
        counting = client.map(count_newlines, count_tasks, pure=False)
        sum_of = {}  # (path, k) -> index in summing: the sums up to the end of the file's block k
        sum_tasks = []
        for path, indices in blocks.items():
            for k in range(len(indices)):
                sum_of[path, k] = len(sum_tasks)
                sum_tasks.append([counting[j] for j in indices[:k + 1]])
        summing = client.map(lines_before, sum_tasks, pure=False)
        out_dir = os.path.abspath(args.out)
        lint_tasks, befores, first, previous = [], [], 0, None
        for i, (path, start, end) in enumerate(ranges):
            if path != previous:
                first, previous = i, path
            rank = i - first  # its place in its file: the sums cover ranges 0 .. COUNT_RANGES * (k + 1)
            lint_tasks.append((i, path, start, end, rank, out_dir, options))
            befores.append(summing[sum_of[path, (rank - 1) // COUNT_RANGES]] if rank else None)
        linting = client.map(lint_partition, lint_tasks, befores, pure=False)
        counts = client.gather(linting)
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
    print("%d files, %d partitions, part files in %s" % (len(paths), len(ranges), args.out), file=sys.stderr)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
