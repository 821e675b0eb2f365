// Checks a cart before it is sent to Partner Center: prints each finding, then the cart with its
// safe fixes applied (syntax and property names; a value is never changed).
// usage: Program [cart.json]   (without a file: the broken cart below)
using System;
using System.IO;
using System.Linq;
using PartnerCenter.Cartlint;

static class Program
{
    const string BrokenCart = @"{
  ""id"": ""b4c8fdea-cbe4-4d17-9576-13fcacbf9605"",
  ""lineItems"": [
    {
      ""id"": 0,
      ""catalogItemId"": ""DG7GMGF0FKZV:0001:DG7GMGF0D3SJ"",
      ""quantity"": 0,
      ""BillingCycle"": ""monthly"",
    }
  ]
}
";

    static int Main(string[] args)
    {
        string cart = args.Length > 0 ? File.ReadAllText(args[0]) : BrokenCart;
        var options = new LintOptions { Kind = "cart", CustomerCountry = "DE" };
        // A Linter compiles cartlint's schemas once: keep it, and share it between threads.
        using (var linter = new Linter(options))
        {
            LintResult result = linter.Lint(cart);
            foreach (Diagnostic d in result.Diagnostics)
                Console.WriteLine($"{d.Line}:{d.Column} {d.Severity.ToString().ToLowerInvariant()} {d.Message} [{d.Rule}]");
            if (result.Diagnostics.Any(d => d.Fix != null && d.Fix.Safe))
                Console.Write(linter.Fix(cart));
            return result.HasErrors ? 1 : 0;
        }
    }
}
