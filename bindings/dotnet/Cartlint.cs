// The one-call entry points. Each call with options creates a linter (which compiles cartlint's
// schemas): to lint many documents, create one Linter and share it.
using System;
using System.Threading;

namespace PartnerCenter.Cartlint
{
    public static class Cartlint
    {
        // For the calls without options, created on first use and kept for the process.
        private static readonly Lazy<Linter> Default = new Lazy<Linter>(() => new Linter(), LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>The native library's version, "MAJOR.MINOR.PATCH".</summary>
        public static string Version
        {
            get { return Utf8.Decode(Utf8.FromCString(NativeMethods.cartlint_version())); }
        }

        /// <summary>Every rule cartlint can report, as `cartlint --list-rules --format json` prints it.</summary>
        public static string RulesJson
        {
            get { return Utf8.TakeString(NativeMethods.cartlint_rules()); }
        }

        public static LintResult Lint(string json, LintOptions options = null)
        {
            return With(options, linter => linter.Lint(json));
        }

        public static LintResult Lint(byte[] bytes, LintOptions options = null)
        {
            return With(options, linter => linter.Lint(bytes));
        }

        public static LintResult LintNdjson(string ndjson, LintOptions options = null)
        {
            return With(options, linter => linter.LintNdjson(ndjson));
        }

        public static LintResult LintNdjson(byte[] bytes, LintOptions options = null)
        {
            return With(options, linter => linter.LintNdjson(bytes));
        }

        public static string Fix(string json, LintOptions options = null)
        {
            return With(options, linter => linter.Fix(json));
        }

        public static byte[] Fix(byte[] bytes, LintOptions options = null)
        {
            return With(options, linter => linter.Fix(bytes));
        }

        private static T With<T>(LintOptions options, Func<Linter, T> call)
        {
            if (options == null) return call(Default.Value);
            using (var linter = new Linter(options)) return call(linter);
        }
    }
}
