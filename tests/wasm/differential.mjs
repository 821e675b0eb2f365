// The wasm package's findings are the command's: every corpus file (part "corpus") or every
// JSONTestSuite parsing file (part "json-test-suite", from CARTLINT_CONFORMANCE_DIR; skipped when
// absent) linted by the package npm installed, compared field for field with
// `cartlint --format json` on the same file with the same context: rule, severity, message,
// pointer, line, column, end, byte span and fix. The bytes go in as they are; a file that is UTF-8
// goes in as a string too, which must give the same report plus where each span is in the string;
// and lintMany, one call for many documents, gives each the report lint() gives it.
//   node differential.mjs corpus|json-test-suite
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, NOW, cliReport, corpusArgs, corpusFiles, fail, loadPackage, optionsOf, same, skip, withoutIndices } from "./support.mjs";

const part = process.argv[2];
let dir, groups;  // groups: args string -> files (relative to dir)
if (part === "corpus") {
  dir = CORPUS;
  groups = new Map();
  for (const file of corpusFiles()) {
    const key = corpusArgs(file).join(" ");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(file);
  }
} else if (part === "json-test-suite") {
  const data = process.env.CARTLINT_CONFORMANCE_DIR;
  dir = data ? join(data, "third_party/JSONTestSuite/test_parsing") : "";
  if (!data || !existsSync(dir)) {
    if (process.env.CARTLINT_REQUIRE_CONFORMANCE) fail(`conformance data missing: '${dir || "<unset>"}' (CARTLINT_REQUIRE_CONFORMANCE is set)`);
    skip(`the JSONTestSuite part needs 'third_party/JSONTestSuite/test_parsing' from the conformance data, not found in CARTLINT_CONFORMANCE_DIR='${data ?? "<unset>"}'. Configure with -DCARTLINT_CONFORMANCE_DIR=/path/to/data (see README, Tests) to run it.`);
  }
  groups = new Map([[`--now ${NOW}`, readdirSync(dir).filter((f) => f.endsWith(".json")).sort()]]);
} else {
  fail(`usage: node differential.mjs corpus|json-test-suite (not '${part}')`);
}

const linter = await loadPackage();
// ignoreBOM: a byte order mark stays in the string (it is a finding), as it is in the file.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
let files = 0, asText = 0, diagnostics = 0;
const failures = [];
for (const [key, names] of groups) {
  const args = key.split(" ").filter(Boolean);
  const options = optionsOf(args);
  const want = cliReport(args, names, dir);
  if (want.files.length !== names.length) fail(`cartlint reported ${want.files.length} files for ${names.length}`);
  // lintMany (one call for the group) gives each document the report lint() gives it alone.
  const texts = names.map((name) => readFileSync(join(dir, name)));
  const many = linter.lintMany(texts, options);
  texts.forEach((bytes, i) => {
    if (!same(many[i], linter.lint(bytes, options))) failures.push(`${names[i]}: lintMany's report differs from lint()'s`);
  });
  names.forEach((name, i) => {
    const expected = want.files[i];
    const bytes = texts[i];
    const got = linter.lint(bytes, { ...options, path: name });
    ++files;
    diagnostics += expected.diagnostics.length;
    const { summary, ...gotFile } = got;  // the file's entry, and the summary of this one file
    if (!same(gotFile, expected)) {
      failures.push(`${name} (${key}): bytes\n  cartlint: ${JSON.stringify(expected)}\n  package:  ${JSON.stringify(gotFile)}`);
      return;
    }
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const d of expected.diagnostics) ++counts[`${d.severity}s`];
    const countsGot = { files: summary.files, errors: summary.errors, warnings: summary.warnings, infos: summary.infos };
    if (!same(countsGot, { files: 1, ...counts })) failures.push(`${name}: summary ${JSON.stringify(summary)}`);

    let text;
    try {
      text = utf8.decode(bytes);
    } catch {
      return;  // not UTF-8: no string holds these bytes
    }
    ++asText;
    const fromText = linter.lint(text, { ...options, path: name });
    if (!same(withoutIndices(fromText.diagnostics), expected.diagnostics)) {
      failures.push(`${name}: as a string\n  cartlint: ${JSON.stringify(expected.diagnostics)}\n  package:  ${JSON.stringify(fromText.diagnostics)}`);
      return;
    }
    // start/end are the byte span's place in the string: where the text before it ends (a byte
    // offset inside a character: that character's end), and between them the span's bytes.
    const encoder = new TextEncoder();
    const boundary = (offset) => {
      while (offset < bytes.length && (bytes[offset] & 0xc0) === 0x80) ++offset;
      return offset;
    };
    for (const d of fromText.diagnostics) {
      const spans = [[d, "diagnostic"], ...(d.fix?.edits ?? []).map((e) => [e, "fix edit"])];
      for (const [s, what] of spans) {
        const [from, to] = [s.offset, s.offset + s.length];
        const before = encoder.encode(text.slice(0, s.start)).length, upTo = encoder.encode(text.slice(0, s.end)).length;
        const inner = Buffer.from(encoder.encode(text.slice(s.start, s.end)));
        const exact = boundary(from) === from && boundary(to) === to;
        if (before !== boundary(from) || upTo !== boundary(to) || (exact && !inner.equals(bytes.subarray(from, to))))
          failures.push(`${name}: ${d.rule}'s ${what} start/end ${s.start}..${s.end} is not bytes ${s.offset}+${s.length}`);
      }
    }
  });
}
if (files < (part === "corpus" ? 150 : 300)) fail(`only ${files} files found in ${dir}`);
if (failures.length) fail(`${failures.length} of ${files} files differ from the command:\n${failures.slice(0, 20).join("\n")}`);
console.log(`${files} files (${asText} also as strings), ${diagnostics} findings: the package's reports are the command's`);
