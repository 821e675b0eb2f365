#!/usr/bin/env python3
"""The table tools/bench.sh prints: every measurement, its ratio and issue 7's goal for it.

   report.py GOOGLE_BENCHMARK_JSON N CORPUS_BYTES CLI_JOBS1_S CLI_JOBS2_S AJV_LOOP_S AJV_PROCESS_S
             JSONSCHEMA_PROCESS_S STREAM_RSS_KB STREAM_BYTES STREAM_JOBS1_S STREAM_JOBS2_S OUT_DIR [PYTHON_JSON [WASM_JSON]]
Empty arguments are measurements that were not taken (no node, no 1 GB run). PYTHON_JSON is what
tools/bench/python_binding.py printed; a peer it found no module for is null there. WASM_JSON is
what tools/bench/wasm_vs_ajv.mjs printed.
"""
import json
import shutil
import subprocess
import sys


def main():
    (gb_json, n, corpus_bytes, cli1, cli2, ajv_loop, ajv_process, jsonschema_process, rss_kb, stream_bytes,
     stream1, stream2, out) = sys.argv[1:14]
    n = int(n)
    runs = {b["run_name"]: b for b in json.load(open(gb_json))["benchmarks"] if b.get("aggregate_name") == "median"}
    ms = lambda name: runs[name]["real_time"]  # milliseconds (the benchmarks' unit)
    parse, lint = ms("rapidjson_parse"), ms("cartlint_lint")
    small = runs["cartlint_lint_big_cart/3"]["bytes_per_second"]
    big = runs["cartlint_lint_big_cart/10000"]["bytes_per_second"]
    num = lambda s: float(s) if s else None
    cli1, cli2, ajv_loop, ajv_process, jsonschema_process, stream1, stream2 = map(
        num, (cli1, cli2, ajv_loop, ajv_process, jsonschema_process, stream1, stream2))
    stream = f"{int(stream_bytes) / 1e9:.2f} GB stream" if stream_bytes else "the corpus"

    rows = []  # (measurement, value, ratio, goal, met)

    def row(what, value, ratio, goal, met):
        rows.append((what, value, ratio, goal, "—" if met is None else "yes" if met else "**no**"))

    us = lambda name: runs[name]["real_time"]  # the small-cart benchmarks are in microseconds
    c_abi, cxx_report, cxx_bare = us("c_abi_small_cart"), us("cxx_api_small_cart/1"), us("cxx_api_small_cart/0")
    row("C ABI cartlint_lint vs C++ API lint + write_json, one small cart (per call)",
        f"{c_abi:.1f} µs vs {cxx_report:.1f} µs (lint alone {cxx_bare:.1f} µs)", f"{c_abi / cxx_report:.2f}x the time",
        "<= 1.2x", c_abi / cxx_report <= 1.2)

    row("cartlint full lint vs bare RapidJSON DOM parse (in process)",
        f"{lint:.0f} ms vs {parse:.0f} ms", f"{lint / parse:.2f}x the time", "<= 2x", lint / parse <= 2)
    row("per-byte cost, 10,000 line items vs 3", f"{big / 1e6:.0f} vs {small / 1e6:.0f} MB/s", f"{small / big:.2f}x",
        "<= 1.5x", small / big <= 1.5)
    if ajv_loop:
        lib = lint / 1000
        row("cartlint library vs ajv's parse-and-validate loop", f"{lib:.2f} s vs {ajv_loop:.2f} s",
            f"{ajv_loop / lib:.2f}x the throughput", ">= 2x", ajv_loop / lib >= 2)
    if ajv_process:
        row("cartlint --jobs 1 vs ajv, whole process", f"{cli1:.2f} s vs {ajv_process:.2f} s",
            f"{ajv_process / cli1:.2f}x the throughput", ">= 2x", ajv_process / cli1 >= 2)
    if jsonschema_process:
        row("cartlint --jobs 1 vs jsonschema validate --fast, whole process", f"{cli1:.2f} s vs {jsonschema_process:.2f} s",
            f"{jsonschema_process / cli1:.2f}x the throughput", ">= 2x", jsonschema_process / cli1 >= 2)
    row(f"cartlint --jobs 2 vs --jobs 1, one NDJSON stream ({stream})", f"{stream2:.2f} s vs {stream1:.2f} s",
        f"{stream1 / stream2:.2f}x", ">= 1.8x", stream1 / stream2 >= 1.8)
    python = json.load(open(sys.argv[14])) if len(sys.argv) > 14 and sys.argv[14] else None
    if python:
        rate = lambda way: python[way]["carts"] / python[way]["seconds"]  # carts per second
        ways = [("lint_ndjson", f"cartlint.lint_ndjson ({python['lint_ndjson']['threads']} threads)", True),
                ("lint_ndjson_1", "cartlint.lint_ndjson (1 thread)", False),
                ("lint_many", f"cartlint.lint_many ({python['lint_many']['threads']} threads, a call a cart)", False)]
        for peer in ("fastjsonschema", "jsonschema"):
            if not python.get(peer):
                continue
            for way, what, headline in ways:
                if not headline and peer == "jsonschema":
                    continue
                ratio = rate(way) / rate(peer)
                # The goal is the binding's best way to lint many carts; the others are for comparison.
                row(f"Python {what} vs {peer} (json.loads + validate), in process",
                    f"{rate(way):,.0f} vs {rate(peer):,.0f} carts/s", f"{ratio:.1f}x the throughput",
                    ">= 10x" if headline else "(comparison)", ratio >= 10 if headline else None)
    wasm = json.load(open(sys.argv[15])) if len(sys.argv) > 15 and sys.argv[15] else None
    if wasm:
        carts = wasm["carts"]
        ajv_rate = carts / wasm["ajv"]["seconds"]
        # As for Python, the goal is the package's best way to lint many carts (one lintNdjson
        # call); the others are for comparison, a call a cart among them.
        for way, what, headline in (("wasm_lint_ndjson", "linter.lintNdjson, one call", True),
                                    ("wasm_lint_ndjson_without_simd", "linter.lintNdjson, one call, cartlint.wasm (no SIMD)", False),
                                    ("wasm_lint_many", "linter.lintMany, batches of 1,000", False),
                                    ("wasm_lint", "linter.lint, a call a cart", False)):
            if way not in wasm:
                continue
            rate = carts / wasm[way]["seconds"]
            row(f"Node: WebAssembly package {what} vs ajv (JSON.parse + validate), in process",
                f"{rate:,.0f} vs {ajv_rate:,.0f} carts/s", f"{rate / ajv_rate:.2f}x the throughput",
                ">= 1.5x" if headline else "(comparison)", rate / ajv_rate >= 1.5 if headline else None)
        size = wasm["gzip_bytes"]
        row("WebAssembly package size: the module a browser loads + glue + entry point, gzip -9 (npm tarball, both modules)",
            f"{size / 1024:,.0f} KiB ({wasm['tgz_bytes'] / 1024:,.0f} KiB)", f"{size / 2**20:.2f} MiB", "< 1 MiB", size < 2**20)
    if rss_kb:
        mib = int(rss_kb) / 1024
        row(f"peak memory streaming {int(stream_bytes) / 1e9:.2f} GB of NDJSON (--jobs 2)", f"{mib:.0f} MiB",
            f"{int(stream_bytes) / 2**20 / mib:.0f}x smaller than the file", "fixed budget (<= 64 MiB)", mib <= 64)

    lines = [f"{n:,} carts, {int(corpus_bytes) / 1e6:.0f} MB of NDJSON; cartlint {n / cli1:,.0f} carts/s (--jobs 1), "
             f"{n / cli2:,.0f} carts/s (--jobs 2), whole process", "",
             "| measurement | value | ratio | goal | met |", "|---|---|---|---|---|"]
    lines += [f"| {' | '.join(r)} |" for r in rows]
    table = "\n".join(lines)
    print(table)
    with open(f"{out}/results.md", "w") as f:
        f.write(table + "\n")

    if shutil.which("gnuplot") and ajv_process and jsonschema_process:
        data = f"{out}/throughput.dat"
        with open(data, "w") as f:
            for name, seconds in (("cartlint --jobs 2", cli2), ("cartlint --jobs 1", cli1), ("ajv", ajv_process),
                                  ("jsonschema --fast", jsonschema_process)):
                f.write(f'"{name}" {n / seconds:.0f}\n')
        script = (f'set terminal pngcairo size 720,360; set output "{out}/throughput.png"; '
                  f'set title "Validating {n:,} carts (NDJSON), whole process, this machine"; '
                  'set ylabel "carts per second"; set style fill solid 0.6; set boxwidth 0.6; set yrange [0:*]; '
                  f'set grid ytics; unset key; plot "{data}" using 0:2:xtic(1) with boxes')
        subprocess.run(["gnuplot", "-e", script], check=False)
        print(f"plot: {out}/throughput.png")


if __name__ == "__main__":
    main()
