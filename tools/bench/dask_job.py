#!/usr/bin/env python3
"""The Dask example's job on a running cluster, timed in one driver process: tools/bench.sh's
Dask throughput row.

  dask_job.py SCHEDULER_ADDRESS OUT_DIR RUNS -- LINT_CORPUS_ARGUMENTS...

Imports examples/dask/lint_corpus.py once, then runs its main() RUNS times against the cluster
and prints one JSON object: {"seconds": best, "all": [every run's seconds]}. Each run is the
whole job as a deployment's driver sees it: connecting to the scheduler, counting the lines,
linting every partition into its part file, gathering the counts, closing the client. Left out,
once for all runs: the interpreter's start and the import of Dask (0.6 to 0.8 s on this machine,
a cost of the driver program, not of the cluster's throughput; tools/bench/streaming.sh times the
whole process too and reports it beside)."""
import contextlib
import importlib.util
import io
import json
import os
import sys
import time


def main():
    separator = sys.argv.index("--")
    scheduler, out_dir, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    job_args = sys.argv[separator + 1:]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    spec = importlib.util.spec_from_file_location("lint_corpus", os.path.join(root, "examples", "dask", "lint_corpus.py"))
    lint_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lint_corpus)

    seconds, summary = [], None
    for _ in range(runs):
        printed = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
            status = lint_corpus.main(job_args + ["--out", out_dir, "--scheduler", scheduler])
        seconds.append(time.perf_counter() - start)
        if status != 0:
            sys.exit("dask_job.py: the job failed with status %d" % status)
        summary = json.loads(printed.getvalue().strip().splitlines()[-1])
    print(json.dumps({"seconds": min(seconds), "all": seconds, "documents": summary["documents"]}))


if __name__ == "__main__":
    main()
