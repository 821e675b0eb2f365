// A linter with its options, compiled once and shared: every method may be called from many
// threads at once (the C ABI only reads a linter, and the handle counts the calls in flight).
using System;
using System.Runtime.InteropServices;

namespace PartnerCenter.Cartlint
{
    public sealed class Linter : IDisposable
    {
        private readonly LinterHandle handle;

        /// <summary>The defaults: auto-detected kind, every rule at its own severity, the system clock.</summary>
        public Linter() : this((string)null) { }

        /// <summary>Throws ArgumentException, with cartlint's message naming each fault, for bad options.</summary>
        public Linter(LintOptions options) : this(options == null ? null : options.ToJson()) { }

        private Linter(string optionsJson)
        {
            IntPtr error;
            handle = NativeMethods.cartlint_linter_new(Utf8.CString(optionsJson, "options"), out error);
            if (handle.IsInvalid)
            {
                handle.Dispose();
                if (error == IntPtr.Zero) throw new OutOfMemoryException("cartlint ran out of memory");
                // No parameter name: the runtime would append it to Message, which is cartlint's own.
                throw new ArgumentException(Utf8.TakeString(error));
            }
        }

        /// <summary>Options as JSON text, e.g. a .cartlint.json file's (cartlint.h, cartlint_linter_new: its keys plus
        /// "kind", "customerCountry", "providerId", "now", "engine"); "overrides" apply to the path given to each call.</summary>
        public static Linter FromOptionsJson(string optionsJson)
        {
            if (optionsJson == null) throw new ArgumentNullException("optionsJson");
            return new Linter(optionsJson);
        }

        /// <summary>Lints one document. path (may be null: "-") names it in the report and selects the options' overrides;
        /// where the options name no Kind, its extension selects one as a file's name does for the command:
        /// ".http"/".rest" an HTTP message, ".md"/".markdown" a doc page.</summary>
        public LintResult Lint(string json, string path = null)
        {
            return Lint(Utf8.Bytes(json, "json"), path);
        }

        /// <summary>Lints raw bytes: invalid UTF-8 and NUL bytes are findings, as for the command.</summary>
        public LintResult Lint(byte[] bytes, string path = null)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return ReportReader.Read(Utf8.TakeString(NativeMethods.cartlint_lint(handle, bytes, (UIntPtr)bytes.Length,
                                                                                  Utf8.CString(path, "path"))));
        }

        /// <summary>Lints NDJSON: each line is its own document; findings carry the text's line numbers.</summary>
        public LintResult LintNdjson(string ndjson, string path = null)
        {
            return LintNdjson(Utf8.Bytes(ndjson, "ndjson"), path);
        }

        public LintResult LintNdjson(byte[] bytes, string path = null)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return ReportReader.Read(Utf8.TakeString(NativeMethods.cartlint_lint_ndjson(handle, bytes, (UIntPtr)bytes.Length,
                                                                                         Utf8.CString(path, "path"))));
        }

        /// <summary>The text with every safe fix applied, as `cartlint --fix` writes it (syntax and names, never a value);
        /// path selects the kind as for Lint (a doc page's bodies are fixed inside their fences).</summary>
        public string Fix(string json, string path = null)
        {
            return Utf8.Decode(Fix(Utf8.Bytes(json, "json"), path));
        }

        public byte[] Fix(byte[] bytes, string path = null)
        {
            return FixBytes(bytes, path, false);
        }

        /// <summary>Fixes each line of an NDJSON text on its own, keeping the line breaks.</summary>
        public string FixNdjson(string ndjson, string path = null)
        {
            return Utf8.Decode(FixNdjson(Utf8.Bytes(ndjson, "ndjson"), path));
        }

        public byte[] FixNdjson(byte[] bytes, string path = null)
        {
            return FixBytes(bytes, path, true);
        }

        private byte[] FixBytes(byte[] bytes, string path, bool ndjson)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            UIntPtr length;
            IntPtr fixedText = NativeMethods.cartlint_fix(handle, bytes, (UIntPtr)bytes.Length, Utf8.CString(path, "path"),
                                                          ndjson ? 1 : 0, out length);
            if (fixedText == IntPtr.Zero) throw new OutOfMemoryException("cartlint ran out of memory");
            try
            {
                return Utf8.FromPointer(fixedText, (long)length.ToUInt64());
            }
            finally
            {
                NativeMethods.cartlint_free(fixedText);
            }
        }

        /// <summary>Frees the native linter once no call is using it; later calls throw ObjectDisposedException.</summary>
        public void Dispose()
        {
            handle.Dispose();
        }
    }
}
