// The C ABI (cartlint/cartlint.h), declared once. Strings cross as UTF-8 bytes with an explicit
// length, never through the marshaller's string conversions: those would pick the platform's
// code page on some runtimes, stop at a NUL, or replace invalid UTF-8 before cartlint sees it.
using System;
using System.Runtime.InteropServices;

namespace PartnerCenter.Cartlint
{
    internal static class NativeMethods
    {
        // Resolved as libcartlint.so (Linux), libcartlint.dylib (macOS) or cartlint.dll (Windows),
        // beside the application or on the loader's search path.
        private const string Library = "cartlint";

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr cartlint_version();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern LinterHandle cartlint_linter_new(byte[] optionsJson, out IntPtr error);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern void cartlint_linter_free(IntPtr linter);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr cartlint_lint(LinterHandle linter, byte[] text, UIntPtr length, byte[] path);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr cartlint_lint_ndjson(LinterHandle linter, byte[] text, UIntPtr length, byte[] path);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr cartlint_fix(LinterHandle linter, byte[] text, UIntPtr length, byte[] path, int ndjson,
                                                   out UIntPtr fixedLength);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr cartlint_rules();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern void cartlint_free(IntPtr p);
    }
}
