// cartlint for Node and the browser: the library compiled to WebAssembly (cartlint-simd.wasm where
// the engine has WebAssembly SIMD, else cartlint.wasm, each with its Emscripten glue, cartlint-simd.mjs
// and cartlint.mjs), driven through its C ABI. Every finding, position, message and
// fix is the report cartlint_lint writes, parsed here: the same as `cartlint --format json`.
//
//   import { load } from "cartlint";
//   const linter = await load();
//   const report = linter.lint(text, { kind, customerCountry, providerId, now, rules, path });
//
// What this file adds to the report is only where each finding and edit is in the JavaScript
// string (`start`, `end`: UTF-16 indices), for editors.

const isNode = typeof process === "object" && process !== null && typeof process.versions?.node === "string";
// Linters kept alive, one per distinct set of options (the C ABI's linter holds its options);
// the oldest is freed past this many, so a page that changes options all day keeps a flat heap.
const MAX_CACHED_LINTERS = 8;

let loading = null;

/**
 * Instantiates the WebAssembly module once (later calls return the same linter).
 * options.simd: false loads cartlint.wasm even where the engine has WebAssembly SIMD (by default
 * cartlint-simd.wasm is loaded wherever it runs).
 * options.wasm: the module's bytes, or a URL to fetch them from (default: beside this file). They
 * are taken for cartlint.wasm's, or for cartlint-simd.wasm's with options.simd === true: each module
 * has its own glue.
 */
export function load(options = {}) {
  if (!loading) {
    loading = instantiate(options).catch((error) => {
      loading = null;  // a failed load may be retried
      throw error;
    });
  }
  return loading;
}

// The smallest module that uses SIMD: one function () -> v128 that splats i32.const 0 into an
// i8x16 (type section, function section, code section). An engine validates it only if it has SIMD.
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,  // "\0asm", version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b,        // types: () -> v128
  0x03, 0x02, 0x01, 0x00,                          // functions: one, of type 0
  0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x00, 0xfd, 0x0f, 0x0b,  // code: i32.const 0, i8x16.splat, end
]);

// Whether this engine runs WebAssembly SIMD (and so the package's cartlint-simd.wasm).
function hasSimd() {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

async function instantiate(options) {
  const simd = options.wasm === undefined ? options.simd !== false && hasSimd() : options.simd === true;
  const file = simd ? "cartlint-simd.wasm" : "cartlint.wasm";
  const where = options.wasm ?? new URL(`./${file}`, import.meta.url);
  // Literal specifiers, so that bundlers see both glues.
  const { default: createCartlintModule } = simd ? await import("./cartlint-simd.mjs") : await import("./cartlint.mjs");
  const moduleArg = {};
  if (where instanceof ArrayBuffer || ArrayBuffer.isView(where)) {
    moduleArg.wasmBinary = where;
  } else if (isNode && (where instanceof URL ? where.protocol === "file:" : !/^[a-z]+:/i.test(String(where)))) {
    // Node has no fetch for files: read the bytes (imported here, so browsers never see node:fs).
    const { readFile } = await import("node:fs/promises");
    moduleArg.wasmBinary = await readFile(where);
  } else {
    moduleArg.locateFile = () => String(where);
  }
  const wasm = await createCartlintModule(moduleArg);
  return new Linter(wasm, options.wasm === undefined ? file : "given");
}

/** Lints with the C ABI of one instantiated module. */
class Linter {
  #wasm;
  #linters = new Map();  // options JSON -> cartlint_linter*
  #scratch;              // 8 bytes for the size_t cartlint_fix writes
  #lastOptions = null;   // {object, values, linter} of the last call's options
  #broken = null;

  constructor(wasm, module) {
    this.#wasm = wasm;
    this.module = module;
    this.#scratch = wasm._malloc(8);
    if (!this.#scratch) throw new Error("cartlint: no memory for the WebAssembly module");
  }

  /** Which module runs: "cartlint-simd.wasm", "cartlint.wasm", or "given" (options.wasm). */
  module;

  /** The library's version, "MAJOR.MINOR.PATCH". */
  get version() {
    return this.#string(this.#call(() => this.#wasm._cartlint_version()), false);
  }

  /** Lints one document. See index.d.ts for the options and the report. */
  lint(text, options = {}) {
    return this.#lint(text, options, "_cartlint_lint");
  }

  /** Lints many separate documents in one call (cartlint_lint_many): a report each, as lint() gives. */
  lintMany(texts, options = {}) {
    if (!Array.isArray(texts)) throw new TypeError("cartlint: lintMany takes an array of texts");
    const linter = this.#linterFor(options);
    const inputs = [];
    let table = 0, report = 0, path = 0;
    try {
      for (const text of texts) inputs.push(this.#copyIn(text));
      // The C arrays: texts[i] pointers, then lengths[i] (both 32-bit in wasm32).
      table = this.#malloc(8 * Math.max(1, inputs.length));
      const words = this.#wasm.HEAPU32, base = table >>> 2;
      inputs.forEach((input, i) => {
        words[base + i] = input.ptr;
        words[base + inputs.length + i] = input.length;
      });
      path = this.#pathOf(options);
      report = this.#call(() => this.#wasm._cartlint_lint_many(linter, table, table + 4 * inputs.length, inputs.length, path, 1));
      if (!report) throw outOfMemory(inputs.reduce((n, input) => n + input.length, 0));
      const { files } = JSON.parse(this.#string(report, false));
      return files.map((file, i) => {
        if (inputs[i].text !== undefined) addStringIndices(file.diagnostics, inputs[i]);
        const counts = { errors: 0, warnings: 0, infos: 0 };
        for (const d of file.diagnostics) ++counts[`${d.severity}s`];
        // A run of this one file: its notes (context hints counted) are the run's, as lint() has them.
        file.summary = file.notes ? { files: 1, ...counts, notes: file.notes } : { files: 1, ...counts };
        return file;
      });
    } finally {
      if (!this.#broken) {
        this.#wasm._cartlint_free(report);
        for (const input of inputs) this.#wasm._free(input.ptr);
        this.#wasm._free(table);
        if (path) this.#wasm._free(path);
      }
    }
  }

  /** Lints NDJSON: each line its own document, findings at the stream's lines. */
  lintNdjson(text, options = {}) {
    return this.#lint(text, options, "_cartlint_lint_ndjson");
  }

  /** The text with every safe fix applied (what `cartlint --fix` writes); bytes in, bytes out. */
  fix(text, options = {}) {
    const linter = this.#linterFor(options);
    const input = this.#copyIn(text);
    let fixed = 0, path = 0;
    try {
      path = this.#pathOf(options);
      fixed = this.#call(() => this.#wasm._cartlint_fix(linter, input.ptr, input.length, path, options.ndjson ? 1 : 0, this.#scratch));
      if (!fixed) throw outOfMemory(input.length);
      const length = this.#wasm.HEAPU32[this.#scratch >>> 2];
      const bytes = this.#wasm.HEAPU8.subarray(fixed, fixed + length);
      if (input.bytes) return bytes.slice();
      return input.wtf8 ? decodeWtf8(bytes) : utf8.decode(bytes);
    } finally {
      this.#release(fixed, input.ptr, path);
    }
  }

  /** One finding's fix applied to the string it was found in (see applyFix). */
  applyFix(text, fix) {
    return applyFix(text, fix);
  }

  /** Every rule cartlint can report: [{id, severity, summary, service, serviceBehaviour}]. */
  rules() {
    return JSON.parse(this.#string(this.#call(() => this.#wasm._cartlint_rules()), true)).rules;
  }

  /** Memory of the module: the wasm memory's size and the bytes malloc holds now (flat between calls). */
  memoryUsage() {
    return { wasmMemoryBytes: this.#wasm.HEAPU8.length, mallocInUseBytes: this.#call(() => this.#wasm._cartlint_wasm_heap_in_use()) };
  }

  #lint(text, options, entry) {
    const linter = this.#linterFor(options);
    const input = this.#copyIn(text);
    let report = 0, path = 0;
    try {
      path = this.#pathOf(options);
      report = this.#call(() => this.#wasm[entry](linter, input.ptr, input.length, path));
      if (!report) throw outOfMemory(input.length);
      const parsed = JSON.parse(this.#string(report, false));
      // The file's entry as the command writes it (path, kind, diagnostics and any field a later
      // version adds), with the run's summary.
      const file = parsed.files[0];
      if (input.text !== undefined) addStringIndices(file.diagnostics, input);
      file.summary = parsed.summary;
      return file;
    } finally {
      this.#release(report, input.ptr, path);
    }
  }

  // The path as a C string in wasm memory (0: none, which the report calls "-").
  #pathOf(options) {
    const path = options.path;
    if (path === undefined) return 0;
    if (typeof path !== "string") throw new TypeError("cartlint: options.path must be a string");
    return this.#copyIn(path, true).ptr;
  }

  // The C ABI's linter for these options (all but `path`, which each call takes). A loop that
  // passes the same options object each time skips serialising it while its values stay the same.
  #linterFor(options) {
    if (options === null || typeof options !== "object") throw new TypeError("cartlint: options must be an object");
    const last = this.#lastOptions;
    if (last && last.object === options && sameValues(options, last.values)) return last.linter;
    const { path, ndjson, ...rest } = options;
    if (rest.now instanceof Date) rest.now = rest.now.toISOString();
    const key = JSON.stringify(rest);
    const linter = this.#linterForKey(key);
    this.#lastOptions = { object: options, values: snapshot(options), linter };
    return linter;
  }

  #linterForKey(key) {
    let linter = this.#linters.get(key);
    if (linter === undefined) {
      const json = this.#copyIn(key, true);
      const error = this.#scratch;
      try {
        linter = this.#call(() => this.#wasm._cartlint_linter_new(json.ptr, error));
        if (!linter) {
          const message = this.#wasm.HEAPU32[error >>> 2];
          if (!message) throw new Error("cartlint: out of memory creating a linter");
          throw new Error(`cartlint: bad options:\n${this.#string(message, true)}`);
        }
      } finally {
        this.#wasm._free(json.ptr);
      }
      if (this.#linters.size >= MAX_CACHED_LINTERS) {
        const [oldestKey, oldest] = this.#linters.entries().next().value;
        this.#linters.delete(oldestKey);
        if (this.#lastOptions?.linter === oldest) this.#lastOptions = null;
        this.#wasm._cartlint_linter_free(oldest);
      }
      this.#linters.set(key, linter);
    }
    return linter;
  }

  // Copies a string (UTF-8; lone surrogates as WTF-8, which cartlint reports as the invalid UTF-8
  // they are) or bytes into wasm memory. `cString` adds the NUL a C string needs.
  #copyIn(text, cString = false) {
    const wasm = this.#wasm;
    if (typeof text === "string") {
      const wellFormed = typeof text.isWellFormed === "function" ? text.isWellFormed() : !LONE_SURROGATE.test(text);
      if (wellFormed) {
        const { ptr, length } = this.#encodeUtf8(text);
        return { ptr, length, text, mapsIndices: length !== text.length, wtf8: false };
      }
      const bytes = encodeWtf8(text);
      return { ...this.#copyBytes(bytes), text, mapsIndices: bytes.length !== text.length, wtf8: true };
    }
    if (text instanceof ArrayBuffer) text = new Uint8Array(text);
    if (ArrayBuffer.isView(text)) {
      const bytes = new Uint8Array(text.buffer, text.byteOffset, text.byteLength);
      return { ...this.#copyBytes(bytes), bytes: true, mapsIndices: false };
    }
    throw new TypeError(`cartlint: the text must be a string or bytes (Uint8Array, Buffer, ArrayBuffer), not ${typeof text}`);
  }

  // A well-formed string encoded straight into wasm memory, NUL-terminated: {ptr, length}. The
  // first block has room for ASCII (a byte a unit); text that needs more moves to a block sized
  // from the bytes per unit seen so far, so an input is never reserved at 3 bytes a unit unless
  // it takes that many, and never goes through a JavaScript buffer (TextEncoder.encode, then a
  // copy, was a fifth of linting a 20 MB stream).
  #encodeUtf8(text) {
    const wasm = this.#wasm;
    let capacity = text.length + 16;
    let ptr = this.#malloc(capacity);
    let read = 0, written = 0;
    try {
      for (;;) {
        const rest = read ? text.slice(read) : text;
        const done = utf8Encoder.encodeInto(rest, wasm.HEAPU8.subarray(ptr + written, ptr + capacity - 1));
        read += done.read;
        written += done.written;
        if (read >= text.length) break;
        // At most 3 bytes a unit; at least 4 more (a character outside the BMP), so it moves on.
        const perUnit = Math.min(3, Math.max(1.25, (written + 4) / Math.max(read, 1)) + 0.25);
        const bigger = written + Math.ceil((text.length - read) * perUnit) + 16;
        const next = this.#malloc(bigger);  // may grow the memory: HEAPU8 is read again after it
        wasm.HEAPU8.copyWithin(next, ptr, ptr + written);
        wasm._free(ptr);
        ptr = next;
        capacity = bigger;
      }
    } catch (error) {
      if (!this.#broken) wasm._free(ptr);
      throw error;
    }
    wasm.HEAPU8[ptr + written] = 0;
    return { ptr, length: written };
  }

  #copyBytes(bytes) {
    const ptr = this.#malloc(bytes.length + 1);
    this.#wasm.HEAPU8.set(bytes, ptr);
    this.#wasm.HEAPU8[ptr + bytes.length] = 0;
    return { ptr, length: bytes.length };
  }

  #malloc(size) {
    const ptr = size <= 0xffffffff ? this.#call(() => this.#wasm._malloc(size)) : 0;
    if (!ptr) throw outOfMemory(size);
    return ptr;
  }

  // A NUL-terminated string cartlint returned, decoded; `free` releases it.
  #string(ptr, free) {
    const heap = this.#wasm.HEAPU8;
    const end = heap.indexOf(0, ptr);
    const text = utf8.decode(heap.subarray(ptr, end));
    if (free) this.#wasm._cartlint_free(ptr);
    return text;
  }

  #release(result, input, path) {
    if (this.#broken) return;  // the module's memory is not to be trusted any more
    this.#wasm._cartlint_free(result);
    this.#wasm._free(input);
    if (path) this.#wasm._free(path);
  }

  // Every entry into the module. The C ABI never traps by contract; if the module ever did (a
  // bug), its memory may be inconsistent: this linter refuses further calls, and load() makes a
  // fresh module.
  #call(f) {
    if (this.#broken) throw new Error(`cartlint: this linter's WebAssembly module failed earlier (${this.#broken}); call load() again`);
    try {
      return f();
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError || error instanceof RangeError) {
        this.#broken = String(error);
        loading = null;
        throw new Error(`cartlint: the WebAssembly module failed (${error}); call load() again for a fresh one`, { cause: error });
      }
      throw error;
    }
  }
}

// A fix's edits applied to the text it was found in (a string: the edits' `start`/`end`).
function applyFix(text, fix) {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) {
    if (typeof edit.start !== "number") throw new TypeError("cartlint: applyFix needs the report of a string, whose edits carry start and end");
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

// An options object's values, nested ones (rules, context, overrides) as JSON: what decides whether
// the same object still means the same linter.
function snapshot(options) {
  const values = [];
  for (const key in options) {
    if (key === "path") continue;  // each call's own, not the linter's
    const v = options[key];
    values.push(key, v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v instanceof Date ? v.getTime() : v);
  }
  return values;
}

function sameValues(options, values) {
  let i = 0;
  for (const key in options) {
    if (key === "path") continue;
    const v = options[key];
    if (values[i++] !== key) return false;
    const now = v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v instanceof Date ? v.getTime() : v;
    if (values[i++] !== now) return false;
  }
  return i === values.length;
}

function outOfMemory(bytes) {
  return new Error(`cartlint: out of memory for an input of ${bytes} bytes (WebAssembly memory is at most 4 GiB)`);
}

const utf8Encoder = new TextEncoder();
const utf8 = new TextDecoder("utf-8");
const LONE_SURROGATE = /\p{Cs}/u;

// Generalized UTF-8 (WTF-8): UTF-8 in which a lone surrogate keeps its own 3-byte form.
function encodeWtf8(text) {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; ++i) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        ++i;
      }
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.subarray(0, n);
}

// Back from WTF-8: surrogates' 3-byte forms become those code units again (a fixed text keeps a
// lone surrogate where it was); any other invalid byte becomes U+FFFD.
function decodeWtf8(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let c = 0xfffd, size = 1;
    if (b < 0x80) c = b;
    else if (b >= 0xc2 && b < 0xe0 && cont(bytes, i + 1)) (c = ((b & 31) << 6) | (bytes[i + 1] & 63)), (size = 2);
    else if (b >= 0xe0 && b < 0xf0 && cont(bytes, i + 1) && cont(bytes, i + 2)) {
      const v = ((b & 15) << 12) | ((bytes[i + 1] & 63) << 6) | (bytes[i + 2] & 63);
      if (v >= 0x800) (c = v), (size = 3);
    } else if (b >= 0xf0 && b < 0xf5 && cont(bytes, i + 1) && cont(bytes, i + 2) && cont(bytes, i + 3)) {
      const v = ((b & 7) << 18) | ((bytes[i + 1] & 63) << 12) | ((bytes[i + 2] & 63) << 6) | (bytes[i + 3] & 63);
      if (v >= 0x10000 && v <= 0x10ffff) (c = v), (size = 4);
    }
    out += String.fromCodePoint(c);
    i += size;
  }
  return out;
}
const cont = (bytes, i) => i < bytes.length && (bytes[i] & 0xc0) === 0x80;

// Each finding's and edit's span in the JavaScript string: `start`, `end` (UTF-16 indices) from the
// report's byte `offset` and `length`, in one walk over the string for all of them.
function addStringIndices(diagnostics, input) {
  if (!input.mapsIndices) {  // ASCII: a byte is a UTF-16 unit
    for (const d of diagnostics) {
      d.start = d.offset;
      d.end = d.offset + d.length;
      for (const e of d.fix?.edits ?? []) (e.start = e.offset), (e.end = e.offset + e.length);
    }
    return;
  }
  const wanted = new Set();
  for (const d of diagnostics) {
    wanted.add(d.offset).add(d.offset + d.length);
    for (const e of d.fix?.edits ?? []) wanted.add(e.offset).add(e.offset + e.length);
  }
  const byteOffsets = [...wanted].sort((a, b) => a - b);
  const index = new Map();
  const text = input.text;
  let byte = 0, i = 0, k = 0;
  while (k < byteOffsets.length) {
    // An offset inside a character (a finding about one byte of it) maps to the character's end.
    while (k < byteOffsets.length && byteOffsets[k] <= byte) index.set(byteOffsets[k++], i);
    if (i >= text.length) break;
    const c = text.codePointAt(i);
    const units = c > 0xffff ? 2 : 1;
    byte += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += units;
  }
  while (k < byteOffsets.length) index.set(byteOffsets[k++], text.length);
  for (const d of diagnostics) {
    d.start = index.get(d.offset);
    d.end = index.get(d.offset + d.length);
    for (const e of d.fix?.edits ?? []) {
      e.start = index.get(e.offset);
      e.end = index.get(e.offset + e.length);
    }
  }
}
