/* cartlint's C ABI: pre-flight checks of Partner Center cart payloads from any language that can
   call C (Python ctypes, .NET P/Invoke, Java FFM, Node ffi, Rust, Go).

   Stable: within a major version (the soname's), functions are only added, never changed or
   removed. Everything is UTF-8; every string cartlint returns is allocated by cartlint,
   NUL-terminated, and released with cartlint_free. No function throws, aborts or prints, for any
   input, and none needs global initialisation. One linter may serve many threads at once: every
   function that takes a `const cartlint_linter*` only reads it. */
#ifndef CARTLINT_CARTLINT_H
#define CARTLINT_CARTLINT_H

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__) || defined(__clang__)
#define CARTLINT_C_API __attribute__((visibility("default")))
#else
#define CARTLINT_C_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cartlint_linter cartlint_linter;

/* The library's version, "MAJOR.MINOR.PATCH" (static storage: do not free). */
CARTLINT_C_API const char* cartlint_version(void);

/* A linter with its options. `options_json` is NULL for the defaults, or a JSON object with the
   keys of .cartlint.json ("rules": {a rule id, a category such as quirk/ followed by a star, or a star alone:
   "off"|"info"|"warning"|"error"},
   "context": {"customerCountry", "providerId"}, "overrides": [{"files", "pointer", "rules",
   "context"}], "kind") plus the run's own: "customerCountry" and "providerId" (winning over
   "context", as the command line does), "now" (an RFC 3339 date-time: the clock the expiry rules
   use), "engine" ("native" or "valijson") and "contextHints": "summary" (the default, as the
   command's) counts the context/… hints (a check that needs customerCountry or providerId) in the
   report's "notes" instead of an info finding per document; "perDocument" makes them findings. Overrides apply to the `path` given to each call.
   On bad options it returns NULL and, if `error` is not NULL, sets *error to a message naming
   each fault with its line and column (free it with cartlint_free); otherwise *error is NULL. */
CARTLINT_C_API cartlint_linter* cartlint_linter_new(const char* options_json, char** error);

/* Releases a linter (NULL is fine). No call may be using it. */
CARTLINT_C_API void cartlint_linter_free(cartlint_linter* linter);

/* Lints `length` bytes of `text` (no NUL needed; any bytes are allowed, NUL and invalid UTF-8
   included: they are findings) as one document. Returns the report `cartlint --format json`
   writes for that one file: {"files":[{"path","kind","diagnostics":[{"rule","severity","message",
   "pointer","line","column","endLine","endColumn","fix"?}],"notes"?}],"summary":{…,"notes"?}}, the notes
   ([{"rule","documents","message"}]) there when a context/… hint was counted. `path` (may be NULL:
   then "-") names the document in the report and selects the options' overrides; where neither
   the options nor an override name a "kind", its extension selects one as the command's files
   do: .http and .rest an HTTP message ("http"), .md and .markdown a doc page ("markdown"), case
   aside; any other path leaves it to the content. Returns NULL
   only when `linter` is NULL, `text` is NULL with a non-zero length, or memory runs out. */
CARTLINT_C_API char* cartlint_lint(const cartlint_linter* linter, const char* text, size_t length, const char* path);

/* The same for NDJSON: each line of `text` is its own document; findings carry the stream's
   line numbers, and the report holds one file. `path` selects overrides only, never a kind. */
CARTLINT_C_API char* cartlint_lint_ndjson(const cartlint_linter* linter, const char* text, size_t length, const char* path);

/* The same report as cartlint_lint_ndjson, linted in batches on `jobs` threads at once (0: one per
   core), as `cartlint --ndjson --jobs N` does: for a client that lints many documents in one call
   and wants every core. NULL as for cartlint_lint, or when the threads cannot start. */
CARTLINT_C_API char* cartlint_lint_ndjson_parallel(const cartlint_linter* linter, const char* text, size_t length,
                                                   const char* path, unsigned jobs);

/* Lints `count` documents at once, texts[i] being lengths[i] bytes (as cartlint_lint takes them),
   on `jobs` threads (0: one per core), and returns one report whose "files" holds an entry per
   document, in the order given, each what cartlint_lint reports for it; "summary" counts them all.
   `path` (may be NULL: "-") names every document and selects the options' overrides and the kind
   (as for cartlint_lint). For a client
   with many separate documents (pretty-printed ones, say, which NDJSON cannot hold): one call and
   every core instead of a call per document. NULL as for cartlint_lint (texts[i] NULL with a
   non-zero lengths[i] included; texts and lengths may be NULL when count is 0), or when the
   threads cannot start. */
CARTLINT_C_API char* cartlint_lint_many(const cartlint_linter* linter, const char* const* texts, const size_t* lengths,
                                        size_t count, const char* path, unsigned jobs);

/* The NDJSON filter's output for `length` bytes of a stream: exactly the lines `cartlint --ndjson
   --format ndjson` writes for them (schemas/reports/ndjson-report.schema.json), one per input line,
   blank ones too, each ending in a line break; linted on `jobs` threads (0: one per core). The
   bytes are whole lines of a larger stream, the first being its line `first_line` (1-based) at its
   byte `first_offset`: every line number and offset is the whole stream's (a fix's edits count
   from their own line, as in any stream), so a client
   that splits a file into ranges of lines (a Dask partition, a Spark split) and concatenates the
   outputs in order gets the command's output for the file. `path` (NULL or "-": none, as for
   standard input) is each line's "path" and selects the options' overrides. The length is stored
   in *report_length (required). `summary`, when not NULL, receives the counts to free with
   cartlint_free: {"documents","errors","warnings","infos","notes":[{"rule","documents","message"}]}.
   For an engine that stores per-document results: no report to re-encode, no object per document.
   NULL as for cartlint_lint_ndjson_parallel, or when report_length is NULL or first_line is 0. */
CARTLINT_C_API char* cartlint_ndjson_report(const cartlint_linter* linter, const char* text, size_t length, const char* path,
                                            uint64_t first_line, uint64_t first_offset, unsigned jobs, size_t* report_length,
                                            char** summary);

/* cartlint_ndjson_report for the bytes [offset, offset + length) of the file named `file`, which
   cartlint reads itself, a batch at a time: a distributed engine's partition (a byte range of whole
   lines) linted with no copy of it in the caller's memory. The range is clipped to the file's end
   (UINT64_MAX for the length: to the end). Its first line is the file's line `first_line`; byte
   offsets are the file's (first_offset is `offset`). `path` as for cartlint_ndjson_report; NULL:
   `file`. NULL as for cartlint_ndjson_report, when `file` is NULL, or when the file cannot be
   opened or read: then, if `error` is not NULL, *error says why, naming the file (free it with
   cartlint_free); otherwise *error is NULL. */
CARTLINT_C_API char* cartlint_ndjson_report_file(const cartlint_linter* linter, const char* file, uint64_t offset, uint64_t length,
                                                 const char* path, uint64_t first_line, unsigned jobs, size_t* report_length,
                                                 char** summary, char** error);

/* The text with every safe fix applied (what `cartlint --fix` writes: syntax and property names,
   never a value), in rounds until none is left; a text without fixes comes back unchanged. The
   result may hold NUL bytes if the input did: its length is stored in *fixed_length when that is
   not NULL. `ndjson` non-zero fixes each line on its own and keeps the line breaks. `path` selects
   overrides and (not for NDJSON) the kind as for cartlint_lint: a page's fenced bodies, an HTTP
   message's body and headers. NULL as for cartlint_lint. */
CARTLINT_C_API char* cartlint_fix(const cartlint_linter* linter, const char* text, size_t length, const char* path, int ndjson,
                                  size_t* fixed_length);

/* Every rule cartlint can report, as `cartlint --list-rules --format json` prints it. */
CARTLINT_C_API char* cartlint_rules(void);

/* Releases a string cartlint returned (NULL is fine). */
CARTLINT_C_API void cartlint_free(void* p);

#ifdef __cplusplus
}
#endif

#endif /* CARTLINT_CARTLINT_H */
