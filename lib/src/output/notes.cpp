// The notes of a run's summary: each context/… hint once, counted, instead of once per document.

#include <cartlint/report_writer.hpp>

#include <fmt/format.h>

namespace cartlint {

std::vector<ReportNote> report_notes(const MissingContext& missing) {
    std::vector<ReportNote> notes;
    auto documents = [](std::uint64_t n) { return fmt::format("{} document{} name{}", n, n == 1 ? "" : "s", n == 1 ? "s" : ""); };
    // The command's option and the C ABI's key: both kinds of reader see the same words.
    if (missing.customer_country)
        notes.push_back({"context/customer-country", missing.customer_country,
                         documents(missing.customer_country) +
                             " additional resellers: pass --customer-country (customerCountry) to check them against the EU/EFTA rule"});
    if (missing.provider_id)
        notes.push_back({"context/provider-id", missing.provider_id,
                         documents(missing.provider_id) +
                             " resellers: pass --provider-id (providerId) to check them against the indirect provider's own id"});
    return notes;
}

}  // namespace cartlint
