// ajv on the same corpus and schema as cartlint: every schema of schemas/ loaded, cart.schema.json
// compiled once (allErrors, ajv-formats), then each NDJSON line parsed and validated.
//   node ajv_validate.mjs SCHEMAS_DIR CARTS.ndjson
// Prints the documents, how many failed, and the milliseconds of the parse-and-validate loop.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [schemasDir, corpus] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
ajv.addKeyword("x-doc");             // cartlint's annotations: no assertion
ajv.addKeyword("x-cartlint-format");
for (const file of readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json")))
  ajv.addSchema(JSON.parse(readFileSync(join(schemasDir, file), "utf8")));
const validate = ajv.getSchema("cart.schema.json");

const lines = readFileSync(corpus, "utf8").split("\n");
const start = process.hrtime.bigint();
let documents = 0, failed = 0;
for (const line of lines) {
  if (!line.trim()) continue;
  ++documents;
  if (!validate(JSON.parse(line))) ++failed;
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ documents, failed, loop_ms: ms }));
