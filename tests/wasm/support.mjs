// What the wasm package's tests share: the package as npm installed it into an empty folder (the
// `wasm/npm-install` fixture), the command to hold it to, and the corpus.
// Environment (set by bindings/wasm/host.cmake): CARTLINT_CLI, CARTLINT_SOURCE, CARTLINT_WASM_APP
// (the folder npm installed the package into), CARTLINT_CONFORMANCE_DIR, CARTLINT_WORK.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

export const CLI = need("CARTLINT_CLI");
export const SOURCE = need("CARTLINT_SOURCE");
export const APP = need("CARTLINT_WASM_APP");
export const WORK = need("CARTLINT_WORK");
export const CORPUS = join(SOURCE, "corpus");
export const NOW = "2026-01-01T00:00:00Z";

function need(name) {
  const value = process.env[name];
  if (!value) fail(`${name} is not set (the test runs from ctest: bindings/wasm/host.cmake)`);
  return value;
}

export function fail(message) {
  console.error(`FAILED: ${message}`);
  process.exit(1);
}

export function skip(message) {
  console.log(`SKIPPED: ${message}`);
  process.exit(77);
}

// The package through the app folder's own resolution, as a user's `import "cartlint"` gets it:
// the ES module (the "import" condition of package.json's exports). CARTLINT_WASM_MODULE says which
// of its modules the test holds to the command: cartlint-simd.wasm (the default, what load() picks
// in Node) or cartlint.wasm (the one for engines without SIMD).
export async function loadPackage() {
  const entry = join(APP, "esm-entry.mjs");
  if (!existsSync(entry)) fail(`${entry} is missing: the wasm/npm-install fixture did not run`);
  const cartlint = await import(pathToFileURL(entry).href);
  const module = process.env.CARTLINT_WASM_MODULE || "cartlint-simd.wasm";
  const linter = await cartlint.load({ simd: module !== "cartlint.wasm" });
  if (linter.module !== module) fail(`load() ran ${linter.module}, not ${module}`);
  return linter;
}

// Every corpus/**/X.json, X.http and X.md outside corpus/fuzz (HTTP messages and doc pages too; not
// the folders' SOURCES.md), relative to corpus/, sorted. A path given to lint() selects the kind
// by its extension, as a file's name does for the command.
export function corpusFiles() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === CORPUS && entry.name === "fuzz")) walk(path);
      } else if (/\.(json|http|md)$/.test(entry.name) && !["SOURCES.md", "README.md"].includes(entry.name)) found.push(relative(CORPUS, path));
    }
  };
  walk(CORPUS);
  return found;
}

// The command-line options of corpus/X.args for corpus/X.json, X.http or X.md (the goldens'
// context), or the fixed clock every other file is linted with.
export function corpusArgs(path) {
  const file = join(CORPUS, path.replace(/\.(json|http|md)$/, ".args"));
  if (!existsSync(file)) return ["--now", NOW];
  return readFileSync(file, "utf8").split("\n")[0].trim().split(/\s+/).filter(Boolean);
}

// The same options as lint()'s: every flag a corpus .args file may hold, and nothing guessed.
const FLAGS = { "--now": "now", "--customer-country": "customerCountry", "--provider-id": "providerId", "--kind": "kind" };

export function optionsOf(args) {
  const options = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === "--rule") {
      const [rule, level] = value.split("=");
      (options.rules ??= {})[rule] = level;
    } else if (FLAGS[flag]) options[FLAGS[flag]] = value;
    else fail(`no lint() option for the command's ${flag}: teach optionsOf`);
  }
  return options;
}

// `cartlint --no-config --format json ARGS FILES...` run in `cwd`: its report, parsed.
export function cliReport(args, files, cwd) {
  let out;
  try {
    out = execFileSync(CLI, ["--no-config", "--format", "json", ...args, ...files], { cwd, maxBuffer: 1 << 30 });
  } catch (error) {
    if (error.status !== 1) fail(`cartlint ${args.join(" ")} exited ${error.status}: ${error.stderr}`);
    out = error.stdout;
  }
  return JSON.parse(out.toString("utf8"));
}

export function workDir(name) {
  const dir = join(WORK, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

// A diagnostic as the command writes it: without the string indices the package adds.
export function withoutIndices(diagnostics) {
  return diagnostics.map(({ start, end, fix, ...rest }) =>
    fix ? { ...rest, fix: { ...fix, edits: fix.edits.map(({ start, end, ...e }) => e) } } : rest);
}

export function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
