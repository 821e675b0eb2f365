// A small JSON reader for cartlint's own reports, so that the wrapper needs nothing beyond the
// base class library (Mono's has no System.Text.Json, and not every profile has
// DataContractJsonSerializer). Objects become Dictionary<string, object>, arrays List<object>,
// integers long, other numbers double. The reports are cartlint's and shallow; anything
// malformed is a bug in cartlint and throws FormatException.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PartnerCenter.Cartlint
{
    internal sealed class JsonReader
    {
        private readonly string text;
        private int at;

        private JsonReader(string text) { this.text = text; }

        internal static object Parse(string text)
        {
            var reader = new JsonReader(text);
            object value = reader.Value();
            reader.SkipSpace();
            if (reader.at != text.Length) throw reader.Fault("text after the value");
            return value;
        }

        private FormatException Fault(string what)
        {
            return new FormatException("cartlint's report is not the JSON expected (" + what + " at character " + at + ")");
        }

        private void SkipSpace()
        {
            while (at < text.Length && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) ++at;
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (at >= text.Length || text[at] != c) throw Fault("'" + c + "' expected");
            ++at;
        }

        private bool Next(char c)
        {
            SkipSpace();
            if (at < text.Length && text[at] == c)
            {
                ++at;
                return true;
            }
            return false;
        }

        private object Value()
        {
            SkipSpace();
            if (at >= text.Length) throw Fault("a value expected");
            char c = text[at];
            if (c == '{') return Object();
            if (c == '[') return Array();
            if (c == '"') return String();
            if (Word("true")) return true;
            if (Word("false")) return false;
            if (Word("null")) return null;
            return Number();
        }

        private bool Word(string word)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0) return false;
            at += word.Length;
            return true;
        }

        private Dictionary<string, object> Object()
        {
            Expect('{');
            var members = new Dictionary<string, object>(StringComparer.Ordinal);
            if (Next('}')) return members;
            do
            {
                SkipSpace();
                string key = String();
                Expect(':');
                members[key] = Value();
            } while (Next(','));
            Expect('}');
            return members;
        }

        private List<object> Array()
        {
            Expect('[');
            var items = new List<object>();
            if (Next(']')) return items;
            do
            {
                items.Add(Value());
            } while (Next(','));
            Expect(']');
            return items;
        }

        private string String()
        {
            if (at >= text.Length || text[at] != '"') throw Fault("a string expected");
            ++at;
            var s = new StringBuilder();
            while (true)
            {
                if (at >= text.Length) throw Fault("an unterminated string");
                char c = text[at++];
                if (c == '"') return s.ToString();
                if (c != '\\')
                {
                    s.Append(c);
                    continue;
                }
                if (at >= text.Length) throw Fault("an unterminated escape");
                char e = text[at++];
                switch (e)
                {
                    case '"': s.Append('"'); break;
                    case '\\': s.Append('\\'); break;
                    case '/': s.Append('/'); break;
                    case 'b': s.Append('\b'); break;
                    case 'f': s.Append('\f'); break;
                    case 'n': s.Append('\n'); break;
                    case 'r': s.Append('\r'); break;
                    case 't': s.Append('\t'); break;
                    case 'u':
                        // A surrogate pair arrives as two escapes, each one UTF-16 unit: appended as they come.
                        if (at + 4 > text.Length) throw Fault("a short \\u escape");
                        int unit;
                        if (!int.TryParse(text.Substring(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out unit))
                            throw Fault("a bad \\u escape");
                        s.Append((char)unit);
                        at += 4;
                        break;
                    default: throw Fault("an unknown escape");
                }
            }
        }

        private object Number()
        {
            int start = at;
            while (at < text.Length && "+-0123456789.eE".IndexOf(text[at]) >= 0) ++at;
            string literal = text.Substring(start, at - start);
            long integer;
            if (long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer)) return integer;
            double real;
            if (double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out real)) return real;
            throw Fault("a value expected");
        }
    }
}
