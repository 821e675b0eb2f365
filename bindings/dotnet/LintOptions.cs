// What a Linter is created with: the keys of .cartlint.json plus the run's own (cartlint.h,
// cartlint_linter_new). Every value is checked by cartlint itself, so a bad one throws the
// same ArgumentException message the C ABI gives, and the wrapper keeps no list of its own.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PartnerCenter.Cartlint
{
    public sealed class LintOptions
    {
        /// <summary>null (auto-detect) or a kind's name: "cart", "cart-line-item", "checkout-result", "order", …</summary>
        public string Kind { get; set; }
        /// <summary>The customer's ISO 3166-1 alpha-2 country, e.g. "DE" (the EU/EFTA partner rules need it).</summary>
        public string CustomerCountry { get; set; }
        /// <summary>The partner id (digits) of the provider sending the cart (the indirect-partner rules need it).</summary>
        public string ProviderId { get; set; }
        /// <summary>The clock the expiry rules use (to the second); null: the system clock at each lint.</summary>
        public DateTimeOffset? Now { get; set; }
        /// <summary>Severity by rule: a rule id, a category such as "quirk/*", or "*" -> "off", "info", "warning" or "error".</summary>
        public IDictionary<string, string> Rules { get; set; }
        /// <summary>null or "native" (the default), or "valijson" (the reference schema engine).</summary>
        public string Engine { get; set; }

        // The options_json of cartlint_linter_new.
        internal string ToJson()
        {
            var json = new StringBuilder("{");
            bool first = true;
            Action<string> key = name =>
            {
                if (!first) json.Append(',');
                first = false;
                JsonWriter.String(json, name);
                json.Append(':');
            };
            Action<string, string> member = (name, value) =>
            {
                if (value == null) return;
                key(name);
                JsonWriter.String(json, value);
            };
            member("kind", Kind);
            member("customerCountry", CustomerCountry);
            member("providerId", ProviderId);
            if (Now.HasValue)
                member("now", Now.Value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture));
            member("engine", Engine);
            if (Rules != null)
            {
                key("rules");
                json.Append('{');
                bool firstRule = true;
                foreach (KeyValuePair<string, string> rule in Rules)
                {
                    if (rule.Key == null || rule.Value == null) throw new ArgumentException("Rules holds a null id or level", "options");
                    if (!firstRule) json.Append(',');
                    firstRule = false;
                    JsonWriter.String(json, rule.Key);
                    json.Append(':');
                    JsonWriter.String(json, rule.Value);
                }
                json.Append('}');
            }
            return json.Append('}').ToString();
        }
    }
}
