// The WebAssembly package against ajv in one Node process, on the same generated carts and schema:
//   - cartlint: linter.lint(line, context) for every NDJSON line (one call a cart: copy in, lint,
//     JSON report back and parsed into objects), linter.lintMany on batches of 1,000 lines (a report
//     each, one call a batch), and linter.lintNdjson on the whole corpus (one call), all with the
//     module load() picks in Node (cartlint-simd.wasm); lintNdjson also with cartlint.wasm, the
//     module for engines without WebAssembly SIMD;
//   - ajv 8 + ajv-formats: cart.schema.json compiled once (allErrors), every line JSON.parse'd and
//     validated (tools/bench/peers/ajv_validate.mjs's loop).
// Each is timed best of three after a warm-up pass, in this one process. Prints JSON.
//   node wasm_vs_ajv.mjs PACKAGE_DIR SCHEMAS_DIR CARTS.ndjson TGZ
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const [packageDir, schemasDir, corpus, tgz] = process.argv.slice(2);
const lines = readFileSync(corpus, "utf8").split("\n").filter((line) => line.trim());
const context = { now: "2026-11-22T00:00:00Z", customerCountry: "DE", providerId: "873452" };

const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
ajv.addKeyword("x-doc");
ajv.addKeyword("x-cartlint-format");
for (const file of readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json")))
  ajv.addSchema(JSON.parse(readFileSync(join(schemasDir, file), "utf8")));
const validate = ajv.getSchema("cart.schema.json");

const entry = pathToFileURL(join(packageDir, "index.mjs")).href;
const linter = await (await import(entry)).load();
// A second instance of the entry module (another URL: its own load() and state) for the other module.
const withoutSimd = await (await import(`${entry}?without-simd`)).load({ simd: false });
if (linter.module !== "cartlint-simd.wasm" || withoutSimd.module !== "cartlint.wasm")
  throw new Error(`modules: ${linter.module} and ${withoutSimd.module}`);

function best(f) {
  f();  // warm-up: JIT, the wasm's pools, ajv's compiled code
  let seconds = Infinity, result;
  for (let run = 0; run < 3; ++run) {
    const start = process.hrtime.bigint();
    result = f();
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { seconds, result };
}

const perCart = best(() => {
  let withErrors = 0;
  for (const line of lines) if (linter.lint(line, context).summary.errors) ++withErrors;
  return withErrors;
});
const many = best(() => {
  let withErrors = 0;
  for (let i = 0; i < lines.length; i += 1000)
    for (const report of linter.lintMany(lines.slice(i, i + 1000), context)) if (report.summary.errors) ++withErrors;
  return withErrors;
});
const corpusText = lines.join("\n");  // the carts as one NDJSON text, made once: joining is no part of linting
const ndjson = best(() => linter.lintNdjson(corpusText, context).diagnostics.length);
const ndjsonWithoutSimd = best(() => withoutSimd.lintNdjson(corpusText, context).diagnostics.length);
const ajvRun = best(() => {
  let failed = 0;
  for (const line of lines) if (!validate(JSON.parse(line))) ++failed;
  return failed;
});

const wasm = readFileSync(join(packageDir, linter.module));
const glue = readFileSync(join(packageDir, linter.module.replace(/\.wasm$/, ".mjs")));
const index = readFileSync(join(packageDir, "index.mjs"));
console.log(JSON.stringify({
  carts: lines.length,
  wasm_lint: { seconds: perCart.seconds, with_errors: perCart.result },
  wasm_lint_many: { seconds: many.seconds, with_errors: many.result },
  wasm_lint_ndjson: { seconds: ndjson.seconds, findings: ndjson.result },
  wasm_lint_ndjson_without_simd: { seconds: ndjsonWithoutSimd.seconds, findings: ndjsonWithoutSimd.result },
  ajv: { seconds: ajvRun.seconds, failed: ajvRun.result },
  tgz_bytes: statSync(tgz).size,
  wasm_bytes: wasm.length,
  // What a browser downloads, compressed: the module it runs, its glue and the entry point.
  gzip_bytes: gzipSync(wasm, { level: 9 }).length + gzipSync(glue, { level: 9 }).length + gzipSync(index, { level: 9 }).length,
}));
