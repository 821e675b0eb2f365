// JSON string literals for the options text LintOptions writes (cartlint_linter_new reads it).
using System.Globalization;
using System.Text;

namespace PartnerCenter.Cartlint
{
    internal static class JsonWriter
    {
        internal static void String(StringBuilder json, string s)
        {
            json.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': json.Append("\\\""); break;
                    case '\\': json.Append("\\\\"); break;
                    case '\n': json.Append("\\n"); break;
                    case '\r': json.Append("\\r"); break;
                    case '\t': json.Append("\\t"); break;
                    default:
                        if (c < 0x20) json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else json.Append(c);
                        break;
                }
            }
            json.Append('"');
        }
    }
}
