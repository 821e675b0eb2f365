// The test program of the .NET binding, compiled with mcs against Cartlint.dll (the wrapper, on
// its public API only) and run under mono by run_dotnet_test.py, which compares what it prints
// with the cartlint command. Modes:
//   lint FILE...          one JSON line per file: its typed LintResult written back as JSON
//   ndjson FILE           the same for one NDJSON text
//   fix OUTDIR FILE...    Linter.Fix(bytes) of each file into OUTDIR (the path's '/' as '_')
//   options ARG...        new Linter(options) from kind=, customerCountry=, providerId=, engine=,
//                         rule:ID=LEVEL and json= (FromOptionsJson): "ok" or the exception as JSON
//   checks FILE...        the binding's own properties (threads, disposal, arguments): "ok" or exit 1
// A corpus file X.json, X.http or X.md with options in X.args (--customer-country, --provider-id,
// --now) is linted with them, its path (hence its extension: the kind, as for the command) given; every other file at the clock 2026-01-01T00:00:00Z, as the runner's command.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using PartnerCenter.Cartlint;

static class BindingTest
{
    static readonly DateTimeOffset DefaultNow = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

    static int Main(string[] args)
    {
        try
        {
            switch (args.Length > 0 ? args[0] : "")
            {
                case "lint": return LintFiles(args.Skip(1));
                case "ndjson": return LintNdjsonFile(args[1]);
                case "fix": return FixFiles(args[1], args.Skip(2));
                case "options": return TryOptions(args.Skip(1));
                case "checks": return Checks(args.Skip(1).ToList());
                default:
                    Console.Error.WriteLine("usage: BindingTest.exe lint|ndjson|fix|options|checks ...");
                    return 2;
            }
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("FAIL: " + e);
            return 1;
        }
    }

    // X.args beside X.json, X.http or X.md.
    static string ArgsPath(string path)
    {
        return Path.ChangeExtension(path, ".args");
    }

    // The options the corpus gives a file, as the golden runner reads its .args.
    static LintOptions OptionsFor(string path)
    {
        var options = new LintOptions { Now = DefaultNow };
        string argsPath = ArgsPath(path);
        if (!File.Exists(argsPath)) return options;
        string[] words = File.ReadAllText(argsPath).Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + 1 < words.Length; i += 2)
        {
            switch (words[i])
            {
                case "--customer-country": options.CustomerCountry = words[i + 1]; break;
                case "--provider-id": options.ProviderId = words[i + 1]; break;
                case "--now": options.Now = DateTimeOffset.Parse(words[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new Exception(argsPath + ": an option the test does not map: " + words[i]);
            }
        }
        if (words.Length % 2 != 0) throw new Exception(argsPath + ": an option without its value");
        return options;
    }

    static int LintFiles(IEnumerable<string> files)
    {
        var linters = new Dictionary<string, Linter>();
        foreach (string path in files)
        {
            string argsPath = ArgsPath(path);
            string key = File.Exists(argsPath) ? File.ReadAllText(argsPath) : "";
            Linter linter;
            if (!linters.TryGetValue(key, out linter)) linters[key] = linter = new Linter(OptionsFor(path));
            byte[] bytes = File.ReadAllBytes(path);
            LintResult result = linter.Lint(bytes, path);
            // The string overload sees the same document wherever the bytes are UTF-8 (a BOM
            // included: it is U+FEFF in the string and comes back as the same three bytes).
            string text = Utf8OrNull(bytes);
            if (text != null)
            {
                string viaString = linter.Lint(text, path).ReportJson;
                if (viaString != result.ReportJson) throw new Exception(path + ": Lint(string) and Lint(byte[]) differ");
            }
            Console.WriteLine(ToJson(result));
        }
        foreach (Linter linter in linters.Values) linter.Dispose();
        return 0;
    }

    static int LintNdjsonFile(string path)
    {
        using (var linter = new Linter(new LintOptions { Now = DefaultNow }))
        {
            LintResult result = linter.LintNdjson(File.ReadAllBytes(path), path);
            Console.WriteLine(ToJson(result));
        }
        return 0;
    }

    static int FixFiles(string outDir, IEnumerable<string> files)
    {
        using (var linter = new Linter())
        {
            foreach (string path in files)
            {
                byte[] bytes = File.ReadAllBytes(path);
                byte[] fixedBytes = linter.Fix(bytes, path);
                string text = Utf8OrNull(bytes);
                if (text != null && linter.Fix(text, path) != Utf8OrNull(fixedBytes))
                    throw new Exception(path + ": Fix(string) and Fix(byte[]) differ");
                File.WriteAllBytes(Path.Combine(outDir, path.Replace('/', '_')), fixedBytes);
            }
        }
        return 0;
    }

    static int TryOptions(IEnumerable<string> settings)
    {
        var options = new LintOptions();
        string json = null;
        foreach (string setting in settings)
        {
            int eq = setting.IndexOf('=');
            string name = setting.Substring(0, eq), value = setting.Substring(eq + 1);
            if (name == "kind") options.Kind = value;
            else if (name == "customerCountry") options.CustomerCountry = value;
            else if (name == "providerId") options.ProviderId = value;
            else if (name == "engine") options.Engine = value;
            else if (name == "now") options.Now = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
            else if (name.StartsWith("rule:", StringComparison.Ordinal))
            {
                if (options.Rules == null) options.Rules = new Dictionary<string, string>();
                options.Rules[name.Substring(5)] = value;
            }
            else if (name == "json") json = value;
            else throw new Exception("unknown setting " + name);
        }
        try
        {
            using (json != null ? Linter.FromOptionsJson(json) : new Linter(options)) Console.WriteLine("ok");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("{\"exception\":" + Quote(e.GetType().Name) + ",\"message\":" + Quote(e.Message) + "}");
        }
        return 0;
    }

    static void Check(bool condition, string what)
    {
        if (!condition) throw new Exception("check failed: " + what);
    }

    static void Throws<T>(Action call, string what) where T : Exception
    {
        try
        {
            call();
        }
        catch (T)
        {
            return;
        }
        throw new Exception("check failed: " + what + " did not throw " + typeof(T).Name);
    }

    static int Checks(List<string> files)
    {
        Check(Cartlint.Version.Split('.').Length == 3, "Version is MAJOR.MINOR.PATCH: " + Cartlint.Version);
        Check(Cartlint.RulesJson.Contains("\"syntax/trailing-comma\""), "RulesJson lists the rules");

        // The one-call API: the shared default linter, and one made for the options.
        LintResult broken = Cartlint.Lint("{\"id\": 1,}");
        Check(broken.Path == "-" && broken.HasErrors && broken.Diagnostics.Any(d => d.Rule == "syntax/trailing-comma"),
              "Cartlint.Lint finds a trailing comma");
        Diagnostic comma = broken.Diagnostics.First(d => d.Rule == "syntax/trailing-comma");
        Check(comma.Severity == Severity.Warning && comma.Line == 1 && comma.Column == 9 && comma.Fix != null && comma.Fix.Safe &&
              comma.Fix.Edits.Count == 1 && comma.Fix.Edits[0].Offset == 8 && comma.Fix.Edits[0].Text == "",
              "the trailing comma's position and fix: " + comma);
        Check(Cartlint.Fix("{\"id\": 1,}") == "{\"id\": 1}", "Cartlint.Fix drops the trailing comma");
        Check(Cartlint.Lint("{\"id\": 1,}", new LintOptions { Rules = new Dictionary<string, string> { { "syntax/*", "off" } } })
                  .Diagnostics.All(d => !d.Rule.StartsWith("syntax/", StringComparison.Ordinal)),
              "Rules turns a category off");
        Check(Cartlint.Lint("{}", new LintOptions { Kind = "order" }).Kind == "order", "Kind is the kind linted as");
        LintResult lines = Cartlint.LintNdjson("{}\n{\"id\": 1,}\n");
        Check(lines.Diagnostics.Any(d => d.Rule == "syntax/trailing-comma" && d.Line == 2), "LintNdjson counts the stream's lines");
        Check(Cartlint.Fix(new byte[0]).Length == 0 && Cartlint.Lint(new byte[0]).HasErrors, "empty input is a finding, not a crash");
        LintResult nul = Cartlint.Lint(new byte[] { (byte)'{', 0, (byte)'}' });
        Check(nul.HasErrors, "a NUL byte is a finding");
        LintResult invalid = Cartlint.Lint(new byte[] { (byte)'"', 0xff, (byte)'"' });
        Check(invalid.HasErrors, "invalid UTF-8 is a finding");

        // Arguments the C ABI cannot take: the caller's mistake, before any native call.
        Throws<ArgumentNullException>(() => Cartlint.Lint((string)null), "Lint(null)");
        Throws<ArgumentNullException>(() => Cartlint.Lint((byte[])null), "Lint((byte[])null)");
        Throws<ArgumentException>(() => Cartlint.Lint("\ud800"), "a lone surrogate");
        Throws<ArgumentNullException>(() => Linter.FromOptionsJson(null), "FromOptionsJson(null)");
        Throws<ArgumentException>(() => new Linter(new LintOptions { Rules = new Dictionary<string, string> { { "quirk/*", null } } }),
                                  "a null rule level");
        using (var linter = new Linter())
        {
            Throws<ArgumentException>(() => linter.Lint("{}", "a\0b"), "a path with NUL");
            Check(linter.Lint("{}", "dir/cart.json").Path == "dir/cart.json", "the path names the document");
        }
        // Overrides select on the path given.
        using (var linter = Linter.FromOptionsJson(
                   "{\"overrides\": [{\"files\": [\"legacy/**\"], \"rules\": {\"syntax/trailing-comma\": \"off\"}}]}"))
        {
            Check(linter.Lint("{\"id\": 1,}", "legacy/a.json").Diagnostics.All(d => d.Rule != "syntax/trailing-comma") &&
                      linter.Lint("{\"id\": 1,}", "new/a.json").Diagnostics.Any(d => d.Rule == "syntax/trailing-comma"),
                  "overrides apply to the path");
        }

        // One linter, many threads: every thread gets the reports one thread gets.
        var documents = files.Select(File.ReadAllBytes).ToList();
        Check(documents.Count >= 50, "the corpus is given");
        using (var shared = new Linter(new LintOptions { Now = DefaultNow }))
        {
            var expected = documents.Select(d => shared.Lint(d).ReportJson).ToList();
            var failures = new List<string>();
            var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
            {
                try
                {
                    for (int round = 0; round < 3; ++round)
                        for (int i = (t * 7) % documents.Count, n = 0; n < documents.Count; ++n, i = (i + 1) % documents.Count)
                            if (shared.Lint(documents[i]).ReportJson != expected[i])
                                lock (failures) failures.Add("thread " + t + ": " + files[i]);
                }
                catch (Exception e)
                {
                    lock (failures) failures.Add("thread " + t + ": " + e);
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Check(failures.Count == 0, "threads sharing a linter: " + string.Join("; ", failures));
        }

        // Disposed while threads lint: each call either completes or throws ObjectDisposedException,
        // and each thread lints until it is refused (bounded, should Dispose never take effect).
        var disposed = new Linter();
        var unexpected = new List<string>();
        int completed = 0, refused = 0;
        var workers = Enumerable.Range(0, 3).Select(t => new Thread(() =>
        {
            for (int n = 0; n < 100000; ++n)
            {
                try
                {
                    if (!disposed.Lint(documents[n % documents.Count]).ReportJson.StartsWith("{\"files\":", StringComparison.Ordinal))
                        lock (unexpected) unexpected.Add("a bad report");
                    Interlocked.Increment(ref completed);
                }
                catch (ObjectDisposedException)
                {
                    Interlocked.Increment(ref refused);
                    return;
                }
                catch (Exception e)
                {
                    lock (unexpected) unexpected.Add(e.ToString());
                    return;
                }
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        while (Volatile.Read(ref completed) < 30 && workers.Any(t => t.IsAlive)) Thread.Sleep(1);
        disposed.Dispose();
        workers.ForEach(t => t.Join());
        Check(unexpected.Count == 0, "lint during Dispose: " + string.Join("; ", unexpected));
        Check(completed >= 30 && refused == 3, "each thread linted until Dispose refused it: " + completed + " completed, " + refused + " refused");
        Throws<ObjectDisposedException>(() => disposed.Lint("{}"), "Lint after Dispose");
        disposed.Dispose();  // twice is fine

        Console.WriteLine("ok: " + completed + " calls completed and " + refused + " refused around Dispose");
        // Which libcartlint the runtime loaded (Linux): the runner checks it is the installed one.
        if (File.Exists("/proc/self/maps"))
            foreach (string mapped in File.ReadAllLines("/proc/self/maps")
                         .Select(l => l.Split((char[])null, 6, StringSplitOptions.RemoveEmptyEntries))
                         .Where(f => f.Length == 6 && Path.GetFileName(f[5]).StartsWith("libcartlint.so", StringComparison.Ordinal))
                         .Select(f => f[5]).Distinct())
                Console.WriteLine("loaded: " + mapped);
        return 0;
    }

    static string Utf8OrNull(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // The typed result written back in the report's own field names, so the runner can hold every
    // field to the command's report.
    static string ToJson(LintResult r)
    {
        var s = new StringBuilder();
        s.Append("{\"files\":[{\"path\":").Append(Quote(r.Path)).Append(",\"kind\":").Append(Quote(r.Kind)).Append(",\"diagnostics\":[");
        for (int i = 0; i < r.Diagnostics.Count; ++i)
        {
            Diagnostic d = r.Diagnostics[i];
            s.Append(i == 0 ? "" : ",").Append("{\"rule\":").Append(Quote(d.Rule));
            s.Append(",\"severity\":").Append(Quote(d.Severity.ToString().ToLowerInvariant()));
            s.Append(",\"message\":").Append(Quote(d.Message)).Append(",\"pointer\":").Append(Quote(d.Pointer));
            s.Append(",\"line\":").Append(d.Line).Append(",\"column\":").Append(d.Column);
            s.Append(",\"endLine\":").Append(d.EndLine).Append(",\"endColumn\":").Append(d.EndColumn);
            s.Append(",\"offset\":").Append(d.Offset).Append(",\"length\":").Append(d.Length);
            if (d.Fix != null)
            {
                s.Append(",\"fix\":{\"description\":").Append(Quote(d.Fix.Description));
                s.Append(",\"safe\":").Append(d.Fix.Safe ? "true" : "false").Append(",\"edits\":[");
                for (int e = 0; e < d.Fix.Edits.Count; ++e)
                {
                    Edit edit = d.Fix.Edits[e];
                    s.Append(e == 0 ? "" : ",").Append("{\"offset\":").Append(edit.Offset).Append(",\"length\":").Append(edit.Length);
                    s.Append(",\"text\":").Append(Quote(edit.Text)).Append('}');
                }
                s.Append("]}");
            }
            s.Append('}');
        }
        // The notes: the file's and the run's are the same for one document.
        var notes = new StringBuilder();
        if (r.Notes.Count > 0)
        {
            notes.Append(",\"notes\":[");
            for (int i = 0; i < r.Notes.Count; ++i)
                notes.Append(i == 0 ? "" : ",").Append("{\"rule\":").Append(Quote(r.Notes[i].Rule)).Append(",\"documents\":")
                     .Append(r.Notes[i].Documents).Append(",\"message\":").Append(Quote(r.Notes[i].Message)).Append('}');
            notes.Append(']');
        }
        s.Append(']').Append(notes).Append("}],\"summary\":{\"files\":1,\"errors\":").Append(r.Errors).Append(",\"warnings\":").Append(r.Warnings);
        s.Append(",\"infos\":").Append(r.Infos).Append(notes).Append("}}");
        return s.ToString();
    }

    // Every character outside printable ASCII as \uXXXX: the runner reads it back with json.loads.
    static string Quote(string text)
    {
        var s = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c == '"' || c == '\\') s.Append('\\').Append(c);
            else if (c < 0x20 || c > 0x7e) s.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else s.Append(c);
        }
        return s.Append('"').ToString();
    }
}
