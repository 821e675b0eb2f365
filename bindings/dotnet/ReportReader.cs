// A one-file `--format json` report (what cartlint_lint returns) as typed objects.
using System;
using System.Collections.Generic;

namespace PartnerCenter.Cartlint
{
    internal static class ReportReader
    {
        internal static LintResult Read(string report)
        {
            var root = (Dictionary<string, object>)JsonReader.Parse(report);
            var files = (List<object>)root["files"];
            if (files.Count != 1) throw new FormatException("cartlint's report holds " + files.Count + " files, not one");
            var file = (Dictionary<string, object>)files[0];
            var diagnostics = new List<Diagnostic>();
            foreach (object d in (List<object>)file["diagnostics"]) diagnostics.Add(ReadDiagnostic((Dictionary<string, object>)d));
            var summary = (Dictionary<string, object>)root["summary"];
            var notes = new List<Note>();
            object noted;
            if (summary.TryGetValue("notes", out noted))
                foreach (object n in (List<object>)noted)
                {
                    var note = (Dictionary<string, object>)n;
                    notes.Add(new Note((string)note["rule"], (long)note["documents"], (string)note["message"]));
                }
            return new LintResult((string)file["path"], (string)file["kind"], diagnostics.AsReadOnly(), Int(summary, "errors"),
                                  Int(summary, "warnings"), Int(summary, "infos"), report, notes.AsReadOnly());
        }

        private static Diagnostic ReadDiagnostic(Dictionary<string, object> d)
        {
            object fix;
            return new Diagnostic((string)d["rule"], ParseSeverity((string)d["severity"]), (string)d["message"], (string)d["pointer"],
                                  Int(d, "line"), Int(d, "column"), Int(d, "endLine"), Int(d, "endColumn"), (long)d["offset"],
                                  (long)d["length"], d.TryGetValue("fix", out fix) ? ReadFix((Dictionary<string, object>)fix) : null);
        }

        private static Fix ReadFix(Dictionary<string, object> f)
        {
            var edits = new List<Edit>();
            foreach (object item in (List<object>)f["edits"])
            {
                var e = (Dictionary<string, object>)item;
                edits.Add(new Edit((long)e["offset"], (long)e["length"], (string)e["text"]));
            }
            return new Fix((string)f["description"], (bool)f["safe"], edits.AsReadOnly());
        }

        private static Severity ParseSeverity(string s)
        {
            switch (s)
            {
                case "error": return Severity.Error;
                case "warning": return Severity.Warning;
                case "info": return Severity.Info;
                default: throw new FormatException("cartlint reported an unknown severity '" + s + "'");
            }
        }

        private static int Int(Dictionary<string, object> o, string key)
        {
            return checked((int)(long)o[key]);
        }
    }
}
