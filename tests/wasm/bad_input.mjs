// Any input gives findings or a clear Error, never a WebAssembly trap, and the linter keeps working
// afterwards: lone surrogates (the command's findings for the same WTF-8 bytes, and fix() keeps
// them), NUL bytes, deep nesting, a huge document, wrong types and bad options.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { NOW, cliReport, fail, loadPackage, same, withoutIndices, workDir } from "./support.mjs";

const linter = await loadPackage();
const work = workDir("bad-input");
const CART = (name) => `{"lineItems":[{"id":0,"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":1,"friendlyName":"${name}"}]}`;
const checks = [];
const check = (what, f) => checks.push([what, f]);

// The bytes a string's lone surrogate becomes: its own 3-byte form (WTF-8), as the command would read them.
const wtf8 = (s) => Buffer.concat([...s].map((ch) => {
  const c = ch.codePointAt(0);
  return c >= 0xd800 && c <= 0xdfff ? Buffer.from([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]) : Buffer.from(ch, "utf8");
}));
const asTheCommandSees = (text, name) => {
  writeFileSync(join(work, name), wtf8(text));
  return cliReport(["--now", NOW], [name], work).files[0].diagnostics;
};

for (const [name, text] of [["lone-high.json", CART("caf\uD800é")], ["lone-low.json", CART("\uDC00")], ["lone-at-end.json", CART("x") + "\uD83D"],
                            ["reversed-pair.json", CART("\uDE00\uD83D")], ["lone-in-name.json", '{"line\uD800Items":[]}']]) {
  check(`lone surrogates: ${name}`, () => {
    const got = linter.lint(text, { now: NOW, path: name });
    if (!got.diagnostics.length) throw new Error("no finding for a lone surrogate");
    const want = asTheCommandSees(text, name);
    if (!same(withoutIndices(got.diagnostics), want)) throw new Error(`differs from the command on the same bytes:\n${JSON.stringify(want)}\n${JSON.stringify(got.diagnostics)}`);
    for (const d of got.diagnostics) if (!(d.start <= d.end && d.end <= text.length)) throw new Error(`span ${d.start}..${d.end} outside the text`);
    const fixed = linter.fix(text, { now: NOW });
    if (!fixed.includes(text.match(/[\uD800-\uDFFF]+/)[0])) throw new Error(`fix() lost the lone surrogate: ${JSON.stringify(fixed)}`);
  });
}
// Node 18 has no String.prototype.isWellFormed: the package then finds lone surrogates itself.
check("lone surrogates where strings have no isWellFormed (Node 18)", () => {
  const own = String.prototype.isWellFormed;
  delete String.prototype.isWellFormed;
  try {
    for (const text of [CART("caf\uD800é"), CART("\uDC00"), CART("x") + "\uD83D", CART("\uD83D\uDE00")]) {
      const got = linter.lint(text, { now: NOW, path: "x.json" });
      const want = asTheCommandSees(text, "no-is-well-formed.json");
      if (!same(withoutIndices(got.diagnostics).map((d) => d.rule + d.offset), want.map((d) => d.rule + d.offset)))
        throw new Error(`${JSON.stringify(text)}: ${JSON.stringify(got.diagnostics)}`);
    }
  } finally {
    if (own) String.prototype.isWellFormed = own;
  }
});
check("a surrogate pair is one character, not a finding", () => {
  const got = linter.lint(CART("\uD83D\uDE00"), { now: NOW });
  if (got.diagnostics.some((d) => d.rule.startsWith("syntax/"))) throw new Error(JSON.stringify(got.diagnostics));
});
// Quantities written as strings are read as numbers the way std::from_chars reads them; the wasm
// build checks that grammar itself (its libc++ has no floating-point from_chars): the edges of it.
check("quantity strings at the edges of number syntax, as the command reads them", () => {
  const values = ["1", "2.0", "1.", ".5", "-.5", "-0", "1e3", "1E+3", "1e-400", "-1e-400", "4.9e-324", "1e400", "1e", "1e+",
                  "+1", " 1", "1 ", "0x10", "inf", "-inf", "nan", "NaN", "infinity", "", "-", ".", "1.5e2", "00012", "2147483648"];
  values.forEach((value, i) => {
    const name = `quantity-${i}.json`;
    const text = `{"lineItems":[{"id":0,"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":${JSON.stringify(value)}}]}`;
    writeFileSync(join(work, name), text);
    const want = cliReport(["--now", NOW], [name], work).files[0].diagnostics;
    const got = linter.lint(text, { now: NOW, path: name }).diagnostics;
    if (!same(withoutIndices(got), want)) throw new Error(`quantity ${JSON.stringify(value)}:\n${JSON.stringify(want)}\n${JSON.stringify(got)}`);
  });
});
check("NUL bytes", () => {
  for (const text of ["\0", CART("a\0b"), '{"lineItems":[]}\0\0']) {
    const got = linter.lint(text, { now: NOW });
    if (!got.diagnostics.length) throw new Error(`no finding for ${JSON.stringify(text)}`);
  }
});
check("deep nesting (a million brackets)", () => {
  for (const text of ["[".repeat(1_000_000), '{"a":'.repeat(200_000), "[".repeat(100_000) + "]".repeat(100_000)]) {
    const got = linter.lint(text, { now: NOW });
    if (!got.diagnostics.length) throw new Error("no finding");
    linter.fix(text);
  }
});
check("empty and whitespace", () => {
  for (const text of ["", " ", "\n\n", "\uFEFF"]) if (!linter.lint(text).diagnostics.length) throw new Error(`no finding for ${JSON.stringify(text)}`);
});
check("a huge document (64 MiB, a finding in every line item)", () => {
  const item = '{"id":0,"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSJB","quantity":"1","billingCycle":"monthly"}';
  const count = Math.ceil((64 << 20) / (item.length + 1));
  const text = `{"lineItems":[${Array(count).fill(item).join(",")}]}`;
  const got = linter.lint(text, { now: NOW });
  if (!got.diagnostics.length) throw new Error("no finding");
});
check("a huge string of one character repeated (200 MiB)", () => {
  const got = linter.lint('"' + "x".repeat(200 << 20), { now: NOW });
  if (!got.diagnostics.length) throw new Error("no finding");
});
const throwsError = (what, f, pattern, type = Error) => check(what, () => {
  try {
    f();
  } catch (error) {
    if (!(error instanceof type) || error instanceof WebAssembly.RuntimeError) throw new Error(`threw ${error} (${error.constructor.name}), not a ${type.name}`);
    if (!pattern.test(error.message)) throw new Error(`unclear message: ${error.message}`);
    return;
  }
  throw new Error("did not throw");
});
for (const value of [undefined, null, 42, {}, ["{}"], Symbol.iterator])
  throwsError(`lint(${String(value)})`, () => linter.lint(value), /string or bytes/, TypeError);
throwsError("options that are not an object", () => linter.lint("{}", "DE"), /options must be an object/, TypeError);
throwsError("a path that is not a string", () => linter.lint("{}", { path: 7 }), /path must be a string/, TypeError);
throwsError("a country that is not one", () => linter.lint("{}", { customerCountry: "Germany" }), /customerCountry is an ISO 3166-1 alpha-2 code/);
throwsError("a provider id that is not one", () => linter.lint("{}", { providerId: "abc" }), /providerId is a partner id of digits only/);
throwsError("a clock that is not a date-time", () => linter.lint("{}", { now: "yesterday" }), /now is an RFC 3339 date-time/);
throwsError("an unknown rule", () => linter.lint("{}", { rules: { "quirk/property-cases": "off" } }), /quirk\/property-case/);
throwsError("an unknown kind", () => linter.lint("{}", { kind: "basket" }), /kind/);
throwsError("an unknown option", () => linter.lint("{}", { customercountry: "DE" }), /customercountry/);
throwsError("a level that is not one", () => linter.fix("{}", { rules: { "*": "loud" } }), /loud/);
check("a Date as the clock", () => {
  const a = linter.lint(CART("x"), { now: new Date(NOW) }), b = linter.lint(CART("x"), { now: NOW });
  if (!same(a, b)) throw new Error("a Date and its RFC 3339 string differ");
});

const failures = [];
for (const [what, f] of checks) {
  try {
    f();
  } catch (error) {
    failures.push(`${what}: ${error.stack ?? error}`);
  }
}
// Still working after all of it, with the same findings as before.
const after = linter.lint(CART("x"), { now: NOW, customerCountry: "DE" });
if (!same(after, linter.lint(CART("x"), { now: NOW, customerCountry: "DE" }))) failures.push("the linter answers differently afterwards");
if (failures.length) fail(`${failures.length} of ${checks.length} checks:\n${failures.join("\n")}`);
console.log(`${checks.length} hostile inputs and options: findings or a clear Error each, no trap`);
