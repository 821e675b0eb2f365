// fix() writes what `cartlint --fix` writes: every corpus file is copied, fixed in place by the
// command (with its context), and compared byte for byte with fix() on its bytes and on its text.
// And applyFix() applies one finding's edits where the report's byte offsets say.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { CLI, CORPUS, corpusArgs, corpusFiles, fail, loadPackage, optionsOf, workDir } from "./support.mjs";

const linter = await loadPackage();
const work = workDir("fix-corpus");
const groups = new Map();
for (const file of corpusFiles()) {
  const key = corpusArgs(file).join(" ");
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(file);
  mkdirSync(dirname(join(work, file)), { recursive: true });
  copyFileSync(join(CORPUS, file), join(work, file));
}
// ignoreBOM: a byte order mark stays in the string (it is a finding), as it is in the file.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
let fixedFiles = 0, fixedPages = 0, singleFixes = 0;
const failures = [];
for (const [key, files] of groups) {
  const args = key.split(" ");
  try {
    execFileSync(CLI, ["--no-config", "--fix", ...args, ...files], { cwd: work, stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    if (error.status !== 1) fail(`cartlint --fix exited ${error.status}: ${error.stderr}`);
  }
  const options = optionsOf(args);
  for (const file of files) {
    const original = readFileSync(join(CORPUS, file));
    const want = readFileSync(join(work, file));
    const got = linter.fix(original, { ...options, path: file });
    if (!(got instanceof Uint8Array) || !Buffer.from(got).equals(want)) {
      failures.push(`${file}: fix() of the bytes differs from cartlint --fix`);
      continue;
    }
    if (!want.equals(original)) {
      ++fixedFiles;
      if (!file.endsWith(".json")) ++fixedPages;  // a page's fences, an HTTP message's body and headers
    }
    let text;
    try {
      text = utf8.decode(original);
    } catch {
      continue;
    }
    if (linter.fix(text, { ...options, path: file }) !== want.toString("utf8")) failures.push(`${file}: fix() of the text differs`);
    // Each safe fix alone, on the string, is its byte edits applied to the bytes.
    for (const d of linter.lint(text, { ...options, path: file }).diagnostics) {
      if (!d.fix) continue;
      ++singleFixes;
      let bytes = original;
      for (const e of [...d.fix.edits].sort((a, b) => b.offset - a.offset))
        bytes = Buffer.concat([bytes.subarray(0, e.offset), Buffer.from(e.text, "utf8"), bytes.subarray(e.offset + e.length)]);
      if (linter.applyFix(text, d.fix) !== bytes.toString("utf8")) failures.push(`${file}: applyFix of ${d.rule} at ${d.line}:${d.column}`);
    }
  }
}

// NDJSON: each line fixed on its own, the line breaks kept.
const ndjson = '{"LineItems":[],}\n\n{"lineItems":[{"Id":0,"catalogItemId":"X","quantity":1},]}\r\n[1,2,]\n';
const ndjsonFile = join(work, "stream.ndjson");
writeFileSync(ndjsonFile, ndjson);
try {
  execFileSync(CLI, ["--no-config", "--ndjson", "--fix", "stream.ndjson"], { cwd: work, stdio: "ignore" });
} catch (error) {
  if (error.status !== 1) fail(`cartlint --ndjson --fix exited ${error.status}`);
}
const ndjsonWant = readFileSync(ndjsonFile, "utf8");
if (ndjsonWant === ndjson) fail("the NDJSON case has nothing to fix: it tests nothing");
if (linter.fix(ndjson, { ndjson: true }) !== ndjsonWant) failures.push(`NDJSON: fix(…, {ndjson: true}) differs from cartlint --ndjson --fix`);

if (fixedFiles < 10 || fixedPages < 4) fail(`only ${fixedFiles} corpus files (${fixedPages} pages and messages) have fixes: the test would prove little`);
if (failures.length) fail(`${failures.length} differences:\n${failures.slice(0, 20).join("\n")}`);
console.log(`${fixedFiles} corpus files (${fixedPages} pages and messages) fixed as cartlint --fix fixes them; ${singleFixes} single fixes applied at their byte offsets; NDJSON too`);
