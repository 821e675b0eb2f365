// Types of the cartlint package: the cartlint library in WebAssembly, through its C ABI. The report
// is what `cartlint --format json` writes for one file (README: "JSON output"), plus `start` and
// `end` where the input was a string.

export type Severity = "error" | "warning" | "info";
export type RuleLevel = "off" | Severity;
export type Kind = "auto" | "cart" | "cart-line-item" | "checkout-result" | "order" | "order-collection" | "http" | "markdown" | (string & {});

export interface LintOptions {
  /** The payload's kind (default "auto": the path's extension, else the content; "http" an HTTP message, "markdown" a doc page). */
  kind?: Kind;
  /** ISO 3166-1 alpha-2 country of the customer (the EU/EFTA reseller rule), e.g. "DE". */
  customerCountry?: string;
  /** The indirect provider's own partner id (digits). */
  providerId?: string;
  /** The clock for cart expiry: a Date or an RFC 3339 date-time (default: now). */
  now?: Date | string;
  /** Levels per rule id, category ("quirk/*") or "*", as in .cartlint.json. */
  rules?: Record<string, RuleLevel>;
  /** The name the report gives the document; it selects the configuration's overrides and, without a
   *  `kind`, the kind its extension says, as a file's name does for the command: ".http"/".rest" an
   *  HTTP message, ".md"/".markdown" a Partner Center doc page (its fenced samples and tables). */
  path?: string;
  /** The rest of .cartlint.json: "context", "overrides". */
  context?: { customerCountry?: string; providerId?: string };
  overrides?: Array<{ files?: string | string[]; pointer?: string; rules?: Record<string, RuleLevel>; context?: object }>;
  /** "native" (default); "valijson" is not in the WebAssembly build (internal/error). */
  engine?: "native" | "valijson";
}

export interface FixEdit {
  /** Bytes of the UTF-8 input. */
  offset: number;
  length: number;
  text: string;
  /** The same span as UTF-16 indices of the input string (absent when the input was bytes). */
  start?: number;
  end?: number;
}

export interface Fix {
  description: string;
  /** Safe fixes change only syntax or names; they are what fix() applies. */
  safe: boolean;
  edits: FixEdit[];
}

export interface Diagnostic {
  /** "category/name", e.g. "schema/required". */
  rule: string;
  severity: Severity;
  message: string;
  /** RFC 6901 JSON Pointer of the value ("" is the root, and every syntax finding's). */
  pointer: string;
  /** 1-based; columns count Unicode code points. */
  line: number;
  column: number;
  /** One past the end of the finding's span. */
  endLine: number;
  endColumn: number;
  /** The span in bytes of the UTF-8 input. */
  offset: number;
  length: number;
  /** The span as UTF-16 indices of the input string (absent when the input was bytes); an end
   * inside a character (a finding about some of its bytes) is that character's end. */
  start?: number;
  end?: number;
  fix?: Fix;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  path: string;
  kind: string;
  diagnostics: Diagnostic[];
  summary: Summary;
}

export interface RuleInfo {
  id: string;
  severity: Severity;
  summary: string;
  service: string;
  serviceBehaviour: string;
}

export interface Linter {
  /** The library's version, "MAJOR.MINOR.PATCH". */
  readonly version: string;
  /** Lints one document: a string (UTF-8 for cartlint) or its bytes. Throws an Error on bad options or exhausted memory. */
  lint(text: string | Uint8Array | ArrayBuffer, options?: LintOptions): Report;
  /** Lints many separate documents in one call: a report each, in order, as lint() gives them
   * (the fastest way to lint many small documents). */
  lintMany(texts: Array<string | Uint8Array | ArrayBuffer>, options?: LintOptions): Report[];
  /** Lints NDJSON: each line its own document, findings at the stream's lines. */
  lintNdjson(text: string | Uint8Array | ArrayBuffer, options?: LintOptions): Report;
  /** The text with every safe fix applied, as `cartlint --fix` writes it (bytes in, bytes out). */
  fix(text: string, options?: LintOptions & { ndjson?: boolean }): string;
  fix(text: Uint8Array | ArrayBuffer, options?: LintOptions & { ndjson?: boolean }): Uint8Array;
  /** One fix applied to the string whose report it came from. */
  applyFix(text: string, fix: Fix): string;
  /** Every rule cartlint can report. */
  rules(): RuleInfo[];
  /** The WebAssembly memory's size and the bytes malloc holds between calls. */
  memoryUsage(): { wasmMemoryBytes: number; mallocInUseBytes: number };
  /** Which module runs: "cartlint-simd.wasm", "cartlint.wasm", or "given" (LoadOptions.wasm). */
  readonly module: "cartlint-simd.wasm" | "cartlint.wasm" | "given";
}

export interface LoadOptions {
  /**
   * The module's bytes, or where to fetch them. Default: beside the package's files,
   * cartlint-simd.wasm where the engine has WebAssembly SIMD, else cartlint.wasm. Given, they are
   * taken for cartlint.wasm's, or for cartlint-simd.wasm's with `simd: true` (each has its own glue).
   */
  wasm?: ArrayBuffer | ArrayBufferView | URL | string;
  /** false: load cartlint.wasm, without SIMD, even where the engine has SIMD (same findings, slower). */
  simd?: boolean;
}

/** Instantiates the WebAssembly module once; later calls give the same linter. */
export function load(options?: LoadOptions): Promise<Linter>;
