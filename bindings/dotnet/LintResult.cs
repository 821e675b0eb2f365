// The findings of one document (or one NDJSON text).
using System.Collections.Generic;

namespace PartnerCenter.Cartlint
{
    public sealed class LintResult
    {
        internal LintResult(string path, string kind, IReadOnlyList<Diagnostic> diagnostics, int errors, int warnings, int infos,
                            string reportJson, IReadOnlyList<Note> notes)
        {
            Notes = notes;
            Path = path;
            Kind = kind;
            Diagnostics = diagnostics;
            Errors = errors;
            Warnings = warnings;
            Infos = infos;
            ReportJson = reportJson;
        }

        /// <summary>The path given to the call, or "-".</summary>
        public string Path { get; private set; }
        /// <summary>The kind it was linted as (detected, or LintOptions.Kind): "cart", "order", … (README: --kind).</summary>
        public string Kind { get; private set; }
        public IReadOnlyList<Diagnostic> Diagnostics { get; private set; }
        /// <summary>The context/… hints counted instead of reported per document (empty when none).</summary>
        public IReadOnlyList<Note> Notes { get; private set; }
        public int Errors { get; private set; }
        public int Warnings { get; private set; }
        public int Infos { get; private set; }
        /// <summary>True when the service would reject the document: a finding of severity error.</summary>
        public bool HasErrors { get { return Errors > 0; } }
        /// <summary>The report as `cartlint --format json` writes it, byte for byte.</summary>
        public string ReportJson { get; private set; }
    }
}
