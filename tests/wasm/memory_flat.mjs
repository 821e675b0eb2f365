// Memory is freed after each call: 100,000 documents linted in a loop (findings, fixes, NDJSON, lintMany,
// bad options that throw, more option sets than the linter keeps, strings and bytes), and the
// bytes malloc holds, sampled every 10,000 calls after a warm-up, stay where they were; the
// WebAssembly memory does not grow either.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, NOW, fail, loadPackage } from "./support.mjs";

const linter = await loadPackage();
// The docs' request body (a finding on nearly every line, fixes in rounds) costs a millisecond a
// call: it goes in every 500th call, small documents in the others, so the test takes seconds.
const requestBody = readFileSync(join(CORPUS, "docs/en-request-body.json"), "utf8");
const docs = [
  readFileSync(join(CORPUS, "valid/cart-minimal.json"), "utf8"),
  '{"lineItems":[{"id":0,"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"billingCycle":"Monthly"},]}',
  '{"lineItems":[{"id":0,"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":"2","friendlyName":"Café ☕ 𝄞"}]}',
  '{"lineItems":[{"id":0,"catalogItemId":"x\uD800","quantity":1}]',
  "[".repeat(600),
];
const bytes = docs.map((d) => new TextEncoder().encode(d));
const countries = ["DE", "FR", "US", "NO", "CH", "IT", "ES", "PL", "SE", "GB", "IE", "JP"];  // more than the 8 linters kept
const TOTAL = 100_000, WARM_UP = 2_000, EVERY = 10_000;

function call(i) {
  const options = { now: NOW, customerCountry: countries[Math.floor(i / 1000) % countries.length], providerId: "873452", path: `doc-${i % 7}.json` };
  if (i % 500 === 0) return i % 1000 ? linter.lint(requestBody, options) : linter.fix(requestBody, options);
  switch (i % 50) {
    case 0: return linter.fix(docs[i % docs.length], options);
    case 1: return linter.lintNdjson(docs[2] + "\n" + docs[3] + "\n", options);
    case 3: return linter.lintMany([docs[1], bytes[2], docs[3]], options);
    case 2:
      try {
        linter.lint(docs[2], { ...options, rules: { "no/such-rule": "off" } });
      } catch {
        return null;  // expected: bad options throw
      }
      throw new Error("bad options did not throw");
    default: return i % 3 ? linter.lint(docs[i % docs.length], options) : linter.lint(bytes[i % bytes.length], options);
  }
}

const samples = [];
let memoryAfterWarmUp = 0;
for (let i = 0; i < TOTAL; ++i) {
  call(i);
  if (i + 1 === WARM_UP) memoryAfterWarmUp = linter.memoryUsage().wasmMemoryBytes;
  if ((i + 1) % EVERY === 0) samples.push(linter.memoryUsage());
}
const inUse = samples.map((s) => s.mallocInUseBytes);
const spread = Math.max(...inUse) - Math.min(...inUse);
const grown = samples.at(-1).wasmMemoryBytes - memoryAfterWarmUp;
console.log(`malloc in use every ${EVERY} calls: ${inUse.join(", ")} bytes; wasm memory ${samples.at(-1).wasmMemoryBytes} bytes`);
if (spread > 64 * 1024) fail(`malloc's bytes in use moved by ${spread} bytes over ${TOTAL} calls: a leak`);
if (grown > 0) fail(`the WebAssembly memory grew by ${grown} bytes after the warm-up`);
console.log(`${TOTAL} calls: memory flat (malloc in use within ${spread} bytes, wasm memory unchanged)`);
