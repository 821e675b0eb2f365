#!/usr/bin/env python3
"""The Python binding against Python's JSON Schema validators, on the same NDJSON carts and
schemas/cart.schema.json: tools/bench.sh's Python rows.

  python_binding.py CORPUS.ndjson SCHEMAS_DIR [PEER_LIMIT]

Prints one JSON object: for each way, the carts it handled and its best of three times in seconds
(in the process, after the set-up each needs once: loading the library, compiling the schema).
  lint_ndjson       cartlint.lint_ndjson on the whole text, in one call (every rule, positions),
                    linted in batches on a thread per core inside cartlint
  lint_ndjson_1     the same on one thread (also its CPU time, `cpu_seconds`, beside fastjsonschema's)
  lint_many         cartlint.lint_many on the lines, one document a call, a thread per core
  fastjsonschema    json.loads + a fastjsonschema-compiled validator per line (Debian python3-fastjsonschema)
  jsonschema        json.loads + Draft7Validator.iter_errors per line, format checks on (python3-jsonschema)
The peers validate only the schema; cartlint's rules come on top. jsonschema is slow enough that
it runs on the first PEER_LIMIT carts (default 10,000): compare throughputs (carts/s), not times.
A peer that is not installed is left out (null)."""
import copy
import importlib.metadata
import json
import os
import sys
import time

import cartlint

CONTEXT = {"now": "2026-11-22T00:00:00Z", "customer_country": "DE", "provider_id": "873452"}  # bench.sh's


def best_of_3(run, clock=time.perf_counter):
    best = None
    for _ in range(3):
        start = clock()
        run()
        elapsed = clock() - start
        best = elapsed if best is None or elapsed < best else best
    return best


def cpu_best_of_3(run):
    """The process's CPU time (every thread's), best of three: on a loaded machine it still says
    what a way costs, where wall-clock time says how busy the machine was."""
    return best_of_3(run, time.process_time)


def bundled_schema(schemas, name="cart.schema.json"):
    """The schema with every file it refers to under its own "definitions" and each $ref made
    local, so validators that resolve no relative files see the same schema."""
    bundle = {}

    def load(file):
        with open(os.path.join(schemas, file)) as f:
            return json.load(f)

    def rewrite(node, file):
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key == "$ref":
                    target, _, fragment = value.partition("#")
                    target = target or file
                    if target != name and target not in bundle:
                        bundle[target] = None  # taken before recursing: schemas may refer to each other
                        bundle[target] = rewrite(load(target), target)
                    prefix = "#" if target == name else f"#/definitions/{target}"
                    out[key] = prefix + fragment
                elif key in ("$id", "$schema") and file != name:
                    continue
                else:
                    out[key] = rewrite(value, file)
            return out
        if isinstance(node, list):
            return [rewrite(v, file) for v in node]
        return node

    root = rewrite(load(name), name)
    root.setdefault("definitions", {})
    root["definitions"] = {**copy.deepcopy(root["definitions"]), **bundle}
    return root


def main():
    corpus, schemas = sys.argv[1:3]
    peer_limit = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    with open(corpus, "rb") as f:
        data = f.read()
    lines = data.splitlines()
    results = {"carts": len(lines), "bytes": len(data)}

    linter = cartlint.Linter(**CONTEXT)
    linter.lint(lines[0])  # the library's first call warms its per-thread buffers
    threads = os.cpu_count() or 1
    for way, n in (("lint_ndjson", threads), ("lint_ndjson_1", 1)):
        found = []
        results[way] = {"carts": len(lines), "threads": n,
                        "seconds": best_of_3(lambda: found.append(linter.lint_ndjson(data, threads=n))),
                        "findings": len(found[-1].diagnostics)}
    results["lint_ndjson_1"]["cpu_seconds"] = cpu_best_of_3(lambda: linter.lint_ndjson(data, threads=1))
    results["lint_many"] = {"carts": len(lines), "threads": threads,
                            "seconds": best_of_3(lambda: linter.lint_many(lines, threads=threads))}

    schema = bundled_schema(schemas)
    try:
        import fastjsonschema
    except ImportError:
        results["fastjsonschema"] = None
    else:
        validate = fastjsonschema.compile(schema)
        invalid = []

        def fast():
            invalid.clear()
            for line in lines:
                try:
                    validate(json.loads(line))
                except fastjsonschema.JsonSchemaException:
                    invalid.append(line)

        results["fastjsonschema"] = {"carts": len(lines), "seconds": best_of_3(fast), "cpu_seconds": cpu_best_of_3(fast),
                                     "invalid": len(invalid),
                                     "version": fastjsonschema.VERSION}
    try:
        import jsonschema
    except ImportError:
        results["jsonschema"] = None
    else:
        validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
        some = lines[:peer_limit]
        invalid = []

        def full():
            invalid.clear()
            for line in some:
                if any(True for _ in validator.iter_errors(json.loads(line))):
                    invalid.append(line)

        results["jsonschema"] = {"carts": len(some), "seconds": best_of_3(full), "invalid": len(invalid),
                                 "version": importlib.metadata.version("jsonschema")}
    print(json.dumps(results))


if __name__ == "__main__":
    main()
