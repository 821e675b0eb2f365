#!/usr/bin/env bash
# Issue 15's rows of tools/bench.sh, on its Release build: an all-broken NDJSON stream (every cart
# with exactly one error) against the clean one of the same carts, the peak memory of every report
# format on it, and examples/dask on 2 local workers against the command's --jobs 2.
#   tools/bench/streaming.sh BUILD_DIR OUT_DIR N      (N carts a stream; the issue's yardstick: 400000)
# Prints a Markdown table and appends it to OUT_DIR/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="$1" out="$2" n="$3"
bin="$build/bin"
clean="$out/stream-clean.ndjson" broken="$out/stream-broken.ndjson"
"$bin/cartlint-generate-carts" "$n" > "$clean"
"$bin/cartlint-generate-carts" --broken "$n" > "$broken"
base=(--no-config --ndjson --now 2026-11-22T00:00:00Z --customer-country DE --provider-id 873452 --jobs 2)

# Best of three runs of a command: "wall-seconds cpu-seconds" (user + system, which a machine busy
# with other work inflates far less than the wall time).
best_of_3() {
  local best="" cpu=""
  for _ in 1 2 3; do
    /usr/bin/time -o "$out/time.txt" -f "%e %U %S" "$@" > /dev/null 2>&1 || true
    read -r wall user system < <(tail -1 "$out/time.txt")
    best=$(python3 -c "import sys; a=float(sys.argv[1]); b=sys.argv[2]; print(a if not b or a < float(b) else b)" "$wall" "$best")
    cpu=$(python3 -c "import sys; a=float(sys.argv[1])+float(sys.argv[2]); b=sys.argv[3]; print(a if not b or a < float(b) else b)" "$user" "$system" "$cpu")
  done
  echo "$best $cpu"
}

echo "== all-broken stream vs clean ($n carts each), --format json --jobs 2" >&2
clean_s=$(best_of_3 "$bin/cartlint" "${base[@]}" --format json "$clean")
broken_s=$(best_of_3 "$bin/cartlint" "${base[@]}" --format json "$broken")

echo "== peak memory of every format on the all-broken stream" >&2
peaks=()
for format in text json sarif github junit ndjson gitlab checkstyle azure rdjson; do
  /usr/bin/time -o "$out/time.txt" -f "%M" "$bin/cartlint" "${base[@]}" --format "$format" "$broken" > /dev/null 2>&1 || true
  peaks+=("$format=$(tail -1 "$out/time.txt")")
done

dask_s="" dask_job_s="" dask_cold_s="" cli_filter_s=""
python=/usr/bin/python3
[[ -x "$python" ]] || python=python3
if "$python" -c "import distributed" 2>/dev/null; then
  echo "== examples/dask on 2 workers vs cartlint --jobs 2 --format ndjson (clean stream)" >&2
  dask_env=(env PYTHONPATH="$PWD/bindings/python" CARTLINT_LIBRARY="$PWD/$build/lib/libcartlint.so")
  job=(examples/dask/lint_corpus.py "$clean" --out "$out/dask-parts" --now 2026-11-22T00:00:00Z --customer-country DE --provider-id 873452)
  # The job on a running cluster, as a deployment runs it (--scheduler): a scheduler and two
  # single-threaded worker processes, what LocalCluster starts, started first and not timed.
  port=$((20000 + RANDOM % 20000))
  "${dask_env[@]}" "$python" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port "$port" --no-dashboard > "$out/dask-scheduler.log" 2>&1 &
  scheduler_pid=$!
  "${dask_env[@]}" "$python" -m distributed.cli.dask_worker "tcp://127.0.0.1:$port" --nworkers 2 --nthreads 1 --no-dashboard \
    > "$out/dask-workers.log" 2>&1 &
  workers_pid=$!
  # Whatever happens next (a failed job ends this script under set -e), the cluster goes with it.
  trap 'kill -CONT "$scheduler_pid" "$workers_pid" 2>/dev/null; pkill -CONT -P "$workers_pid" 2>/dev/null; kill "$workers_pid" "$scheduler_pid" 2>/dev/null || true' EXIT
  if "$python" -c "import sys; from distributed import Client; c = Client(sys.argv[1], timeout=60); c.wait_for_workers(2, timeout=60); c.close()" \
       "tcp://127.0.0.1:$port" 2>/dev/null; then
    # The job's throughput: its main() in one driver process, after the imports, taking turns with
    # the command, whose lines go to a file as the job's do, run while the cluster is stopped
    # (tools/bench/dask_job.py).
    dask_job_s=$("${dask_env[@]}" "$python" tools/bench/dask_job.py "tcp://127.0.0.1:$port" "$out/dask-parts" 5 \
      --pause "$scheduler_pid" --pause "$workers_pid" -- \
      "$clean" --now 2026-11-22T00:00:00Z --customer-country DE --provider-id 873452 \
      --baseline "$bin/cartlint" "${base[@]}" --format ndjson "$clean" |
      "$python" -c "import json, sys; r = json.load(sys.stdin); print(r['seconds'], r['baseline_seconds'])")
    # The whole driver process, its interpreter's start and Dask's import included.
    dask_s=$(best_of_3 "${dask_env[@]}" "$python" "${job[@]}" --scheduler "tcp://127.0.0.1:$port")
  else
    echo "streaming.sh: the Dask scheduler or workers did not start (see $out/dask-*.log)" >&2
  fi
  kill "$workers_pid" "$scheduler_pid" 2>/dev/null || true
  wait "$workers_pid" "$scheduler_pid" 2>/dev/null || true
  trap - EXIT
  # The same job with its own LocalCluster, started and stopped inside the timing.
  dask_cold_s=$(best_of_3 "${dask_env[@]}" "$python" "${job[@]}")
  cli_filter_s=$(best_of_3 "$bin/cartlint" "${base[@]}" --format ndjson "$clean")
  rm -rf "$out/dask-parts"
else
  echo "streaming.sh: Dask distributed not installed (tools/setup.sh --dask): its row is left out" >&2
fi

bytes_clean=$(stat -c %s "$clean") bytes_broken=$(stat -c %s "$broken")
rm -f "$clean" "$broken"
python3 - "$n" "$bytes_clean" "$bytes_broken" "$clean_s" "$broken_s" "$dask_s" "$dask_cold_s" "$cli_filter_s" "$dask_job_s" "$(uptime)" "${peaks[@]}" <<'PY' | tee -a "$out/results.md"
import sys
n, bytes_clean, bytes_broken, clean_s, broken_s, dask_s, dask_cold_s, cli_s, dask_job_s, load = sys.argv[1:11]
peaks = dict(p.split("=") for p in sys.argv[11:])
n = int(n)
(clean_s, clean_cpu), (broken_s, broken_cpu) = map(float, clean_s.split()), map(float, broken_s.split())
rows = []
def row(what, value, ratio, goal, met):
    rows.append((what, value, ratio, goal, "—" if met is None else "yes" if met else "**no**"))
what = f"all-broken stream vs clean, --jobs 2 --format json ({n:,} carts, {int(bytes_broken) / 1e6:.0f} MB)"
row(what + ", wall", f"{broken_s:.2f} s vs {clean_s:.2f} s", f"{broken_s / clean_s:.2f}x the time", "<= 1.5x", broken_s / clean_s <= 1.5)
row(what + ", CPU (user + system)", f"{broken_cpu:.2f} s vs {clean_cpu:.2f} s", f"{broken_cpu / clean_cpu:.2f}x the time", "<= 1.5x",
    broken_cpu / clean_cpu <= 1.5)
for fmt, kb in peaks.items():
    mib = int(kb) / 1024
    row(f"peak memory, all-broken stream, --format {fmt} --jobs 2", f"{mib:.0f} MiB", f"{n:,} findings", "<= 64 MiB", mib <= 64)
what = f"cartlint --jobs 2 --format ndjson ({n:,} clean carts, {int(bytes_clean) / 1e6:.0f} MB)"
if dask_job_s:
    d, c = map(float, dask_job_s.split())
    row(f"examples/dask's job on a running cluster of 2 workers (--scheduler; connect, count, lint, gather) vs {what}"
        " to a file, the two taking turns, best of 5 each", f"{d:.2f} s vs {c:.2f} s", f"{d / c:.2f}x the time", "< 2x", d / c < 2)
if dask_s:
    d, c = float(dask_s.split()[0]), float(cli_s.split()[0])
    row(f"the same as a whole driver process (Python's start and Dask's import included) vs {what}", f"{d:.2f} s vs {c:.2f} s",
        f"{d / c:.2f}x the time", "(the driver's start included: reported)", None)
if dask_cold_s:
    d, c = float(dask_cold_s.split()[0]), float(cli_s.split()[0])
    row(f"examples/dask starting its own LocalCluster of 2 workers vs {what}", f"{d:.2f} s vs {c:.2f} s", f"{d / c:.2f}x the time",
        "(the cluster's start included: reported)", None)
print(f"\nStreams, {n:,} carts a stream (tools/bench/streaming.sh; load while measured:{load.split('load average:')[-1]})\n")
print("| measurement | value | ratio | goal | met |\n|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
PY
