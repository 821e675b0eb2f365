#!/usr/bin/env python3
"""The Dask example's job on a running cluster, timed in one driver process against the command
it stands in for: tools/bench.sh's Dask throughput row.

  dask_job.py SCHEDULER_ADDRESS OUT_DIR RUNS [--pause PID]... -- LINT_CORPUS_ARGUMENTS... --baseline COMMAND...

Imports examples/dask/lint_corpus.py once, then RUNS times: runs its main() against the cluster,
then the baseline COMMAND (the arguments after --baseline, as they are; its standard output goes to
a file in OUT_DIR, as the job's lines go to part files there). Prints one JSON object: {"seconds": the job's best,
"baseline_seconds": the command's best, "all", "baseline_all": every run's, "documents"}.
The two take turns, so a machine that slows down for a while (this one drifts by a fifth from
minute to minute) slows both alike rather than whichever ran then. The cluster's processes (each
--pause PID and its descendants) are stopped while the command runs: it has the machine to itself,
as it would without a cluster beside it (an idle cluster's timers cost it about 3% here).

Each run of the job is the whole job as a deployment's driver sees it: connecting to the
scheduler, counting the lines, linting every partition into its part file, gathering the counts,
closing the client. Left out, once for all runs: the interpreter's start and the import of Dask
(0.6 to 0.8 s on this machine, a cost of the driver program, not of the cluster's throughput;
tools/bench/streaming.sh times the whole process too and reports it beside)."""
import argparse
import contextlib
import importlib.util
import io
import json
import os
import subprocess
import sys
import time

import psutil


def main():
    separator = sys.argv.index("--")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scheduler")
    parser.add_argument("out_dir")
    parser.add_argument("runs", type=int)
    parser.add_argument("--pause", type=int, action="append", default=[], metavar="PID",
                        help="a process to stop, with its descendants, while the command runs")
    args = parser.parse_args(sys.argv[1:separator])
    rest = sys.argv[separator + 1:]
    if "--baseline" not in rest or rest.index("--baseline") == len(rest) - 1:
        parser.error("the baseline command goes after --baseline, at the end")
    job_args, baseline = rest[:rest.index("--baseline")], rest[rest.index("--baseline") + 1:]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    spec = importlib.util.spec_from_file_location("lint_corpus", os.path.join(root, "examples", "dask", "lint_corpus.py"))
    lint_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lint_corpus)
    os.makedirs(args.out_dir, exist_ok=True)
    baseline_out = os.path.join(args.out_dir, "baseline.ndjson")

    seconds, baseline_seconds, summary = [], [], None
    for _ in range(args.runs):
        printed = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
            status = lint_corpus.main(job_args + ["--out", args.out_dir, "--scheduler", args.scheduler])
        seconds.append(time.perf_counter() - start)
        if status != 0:
            sys.exit("dask_job.py: the job failed with status %d" % status)
        summary = json.loads(printed.getvalue().strip().splitlines()[-1])

        paused = []  # what was stopped, each resumed whatever happens (a cluster left stopped hangs)
        try:
            for pid in args.pause:
                root = psutil.Process(pid)
                for p in [root] + root.children(recursive=True):
                    with contextlib.suppress(psutil.NoSuchProcess):
                        p.suspend()
                        paused.append(p)
            with open(baseline_out, "wb") as out:
                start = time.perf_counter()
                ran = subprocess.run(baseline, stdout=out, stderr=subprocess.DEVNULL, check=False)
                baseline_seconds.append(time.perf_counter() - start)
        finally:
            for p in paused:
                with contextlib.suppress(psutil.NoSuchProcess):
                    p.resume()
        if ran.returncode not in (0, 1):  # 1: findings
            os.remove(baseline_out)
            sys.exit("dask_job.py: the baseline command failed with status %d" % ran.returncode)
    os.remove(baseline_out)
    print(json.dumps({"seconds": min(seconds), "baseline_seconds": min(baseline_seconds), "all": seconds,
                      "baseline_all": baseline_seconds, "documents": summary["documents"]}))


if __name__ == "__main__":
    main()
