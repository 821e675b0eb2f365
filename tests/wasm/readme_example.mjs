// The README's Node example (examples/node/lint_cart.mjs), run from the folder npm installed the
// package into, as a user would: its findings are the command's, its fixed text is what
// `cartlint --fix` writes, its exit code follows the errors. The README holds the file verbatim.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { APP, CLI, CORPUS, SOURCE, fail, workDir } from "./support.mjs";

const example = join(SOURCE, "examples/node/lint_cart.mjs");
if (!readFileSync(join(SOURCE, "README.md"), "utf8").includes(readFileSync(example, "utf8")))
  fail("the README does not hold examples/node/lint_cart.mjs verbatim");
copyFileSync(example, join(APP, "lint_cart.mjs"));
const context = ["--customer-country", "DE", "--provider-id", "873452"];

for (const sample of ["docs/en-request-body.json", "valid/cart-minimal.json"]) {
  const input = join(CORPUS, sample);
  const run = spawnSync(process.execPath, ["lint_cart.mjs", input], { cwd: APP, encoding: "utf8" });
  if (run.stderr) fail(`the example wrote to stderr: ${run.stderr}`);
  const cli = spawnSync(CLI, ["--no-config", "--format", "json", ...context, input], { encoding: "utf8" });
  const want = JSON.parse(cli.stdout).files[0].diagnostics;
  const lines = want.map((d) => `${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`);
  const copy = join(workDir("readme-example"), "fixed.json");
  copyFileSync(input, copy);
  spawnSync(CLI, ["--no-config", "--fix", ...context, copy]);
  const fixed = readFileSync(copy, "utf8");
  const expected = lines.map((l) => `${l}\n`).join("") + (want.some((d) => d.fix?.safe) ? `${fixed}\n` : "");
  if (run.stdout !== expected) fail(`${sample}: the example printed\n${run.stdout}\ninstead of\n${expected}`);
  if (run.status !== (want.some((d) => d.severity === "error") ? 1 : 0)) fail(`${sample}: exit code ${run.status}`);
  console.log(`${sample}: ${want.length} findings, as the command reports them`);
}
