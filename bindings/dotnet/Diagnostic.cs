// One finding, as the `--format json` report gives it (README "JSON output").
using System.Collections.Generic;

namespace PartnerCenter.Cartlint
{
    public enum Severity
    {
        Error,
        Warning,
        Info,
    }

    public sealed class Diagnostic
    {
        internal Diagnostic(string rule, Severity severity, string message, string pointer, int line, int column, int endLine,
                            int endColumn, long offset, long length, Fix fix)
        {
            Rule = rule;
            Severity = severity;
            Message = message;
            Pointer = pointer;
            Line = line;
            Column = column;
            EndLine = endLine;
            EndColumn = endColumn;
            Offset = offset;
            Length = length;
            Fix = fix;
        }

        /// <summary>"category/name", e.g. "schema/required" or "quirk/doc-table-case".</summary>
        public string Rule { get; private set; }
        public Severity Severity { get; private set; }
        public string Message { get; private set; }
        /// <summary>RFC 6901 JSON Pointer of the value ("" is the root, and every syntax finding's).</summary>
        public string Pointer { get; private set; }
        /// <summary>1-based; columns count Unicode code points.</summary>
        public int Line { get; private set; }
        public int Column { get; private set; }
        /// <summary>One past the end of the finding's span.</summary>
        public int EndLine { get; private set; }
        public int EndColumn { get; private set; }
        /// <summary>The span in bytes of the UTF-8 input.</summary>
        public long Offset { get; private set; }
        public long Length { get; private set; }
        /// <summary>How to repair it, or null.</summary>
        public Fix Fix { get; private set; }

        public override string ToString()
        {
            return Line + ":" + Column + " " + Severity.ToString().ToLowerInvariant() + " " + Message + " [" + Rule + "]";
        }
    }

    public sealed class Fix
    {
        internal Fix(string description, bool safe, IReadOnlyList<Edit> edits)
        {
            Description = description;
            Safe = safe;
            Edits = edits;
        }

        public string Description { get; private set; }
        /// <summary>Safe fixes change only syntax or names: they are what Linter.Fix applies. The others change a value.</summary>
        public bool Safe { get; private set; }
        public IReadOnlyList<Edit> Edits { get; private set; }
    }

    /// <summary>Replace Length bytes at Offset (of the UTF-8 input) with Text.</summary>
    public sealed class Edit
    {
        internal Edit(long offset, long length, string text)
        {
            Offset = offset;
            Length = length;
            Text = text;
        }

        public long Offset { get; private set; }
        public long Length { get; private set; }
        public string Text { get; private set; }
    }
}
