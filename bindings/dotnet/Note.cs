// A note of a report: a context/… hint counted once instead of reported in each document
// (LintOptions.ContextHints, "summary" by default as the command does).
namespace PartnerCenter.Cartlint
{
    public sealed class Note
    {
        internal Note(string rule, long documents, string message)
        {
            Rule = rule;
            Documents = documents;
            Message = message;
        }

        /// <summary>"context/customer-country" or "context/provider-id".</summary>
        public string Rule { get; private set; }
        /// <summary>How many documents needed the context the run did not give.</summary>
        public long Documents { get; private set; }
        /// <summary>What to pass to check them, e.g. "3 documents name resellers: pass --provider-id (providerId) …".</summary>
        public string Message { get; private set; }
    }
}
