// The package as npm installs it from the tarball into an empty folder: its files, both entry
// points (CommonJS require and ES import, by the package's name) giving the one linter, the
// library's version and rule list as the command has them, and typings that name every field of
// the report.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { APP, CLI, fail } from "./support.mjs";

const installed = join(APP, "node_modules", "cartlint");
for (const file of ["package.json", "index.cjs", "index.mjs", "index.d.ts", "cartlint.mjs", "cartlint.wasm", "cartlint-simd.mjs", "cartlint-simd.wasm", "README.md", "LICENSE"])
  if (!existsSync(join(installed, file))) fail(`the installed package has no ${file}`);
const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));

const fromRequire = createRequire(import.meta.url)(join(APP, "cjs-entry.cjs"));
const fromImport = await import(pathToFileURL(join(APP, "esm-entry.mjs")).href);
const viaRequire = await fromRequire.load();
const viaImport = await fromImport.load();
if (viaRequire !== viaImport) fail("require('cartlint') and import 'cartlint' gave two linters: the module is instantiated twice");
if ((await fromImport.load()) !== viaImport) fail("a second load() instantiated the module again");
// Node has had WebAssembly SIMD since 16.4: load() must pick the SIMD module here.
if (viaImport.module !== "cartlint-simd.wasm") fail(`load() ran ${viaImport.module} in Node, not cartlint-simd.wasm`);

const cliVersion = execFileSync(CLI, ["--version"]).toString().trim();
if (!cliVersion.includes(viaImport.version)) fail(`the package's library is ${viaImport.version}, the command says '${cliVersion}'`);
if (manifest.version !== viaImport.version) fail(`package.json says ${manifest.version}, the library ${viaImport.version}`);

const cliRules = JSON.parse(execFileSync(CLI, ["--list-rules", "--format", "json"]).toString()).rules;
if (JSON.stringify(viaImport.rules()) !== JSON.stringify(cliRules)) fail("rules() differs from `cartlint --list-rules --format json`");

// A finding, end to end: the report's shape.
const report = viaRequire.lint('{"lineItems":[{"id":0,"catalogItemId":"X","quantity":"2"}]', { customerCountry: "DE", path: "cart.json" });
if (report.path !== "cart.json" || !report.diagnostics.length) fail(`no findings: ${JSON.stringify(report)}`);
const typings = readFileSync(join(installed, "index.d.ts"), "utf8");
for (const d of report.diagnostics)
  for (const field of Object.keys(d))
    if (!new RegExp(`\\b${field}\\??:`).test(typings)) fail(`index.d.ts does not declare the report field '${field}'`);
for (const name of ["load", "lint", "lintMany", "lintNdjson", "fix", "applyFix", "rules", "memoryUsage"])
  if (!new RegExp(`\\b${name}\\(`).test(typings)) fail(`index.d.ts does not declare ${name}()`);

const tgz = statSync(process.env.CARTLINT_WASM_TGZ).size;
const sizes = ["cartlint-simd.wasm", "cartlint.wasm"].map((file) => {
  const wasm = readFileSync(join(installed, file));
  return `${file} ${(wasm.length / 1024).toFixed(0)} KiB, ${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(0)} KiB gzipped`;
});
console.log(`cartlint ${viaImport.version}: package ${(tgz / 1024).toFixed(0)} KiB (npm tarball, gzip); ${sizes.join("; ")} (a page loads one)`);
