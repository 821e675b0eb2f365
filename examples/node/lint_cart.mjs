// Pre-flight a cart in Node with the cartlint package: node lint_cart.mjs cart.json
import { readFileSync } from "node:fs";
import { load } from "cartlint";  // CommonJS: const { load } = require("cartlint");

const text = readFileSync(process.argv[2], "utf8");
const linter = await load();  // instantiates the WebAssembly module once
const report = linter.lint(text, { customerCountry: "DE", providerId: "873452" });
for (const d of report.diagnostics) console.log(`${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`);
if (report.diagnostics.some((d) => d.fix?.safe)) console.log(linter.fix(text));  // every safe fix applied
process.exitCode = report.summary.errors > 0 ? 1 : 0;
