// partner/participant-key: a participant key that is not a ParticipantType.

#include "rules/rule.hpp"
#include "core/spelling.hpp"
#include "schema/schema_findings.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "partner/participant-key", Severity::error, "A participant's key is not a known participant type",
    "participants is a list of { key, value } pairs whose key is a ParticipantType: transaction_reseller, "
    "additional_transaction_reseller or consumption_reseller (cart resources; KeyValuePair<ParticipantType, string> "
    "in the .NET SDK). Any other key is not a reseller role the service knows.",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "participants":[{"key":"transaction-reseller","value":"517285"}]}]})",
    R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":1,"billingCycle":"annual","termDuration":"P1Y",
  "participants":[{"key":"transaction_reseller","value":"517285"}]}]})",
    ServiceResponse::rejects,
    "Rejects it: the key is a ParticipantType enum, and a value the converter cannot read is not a reseller role; the participant cannot be used."};

constexpr std::string_view titles[] = {"Participant"};
constexpr std::string_view known[] = {"transaction_reseller", "additional_transaction_reseller", "consumption_reseller"};

class ParticipantKey final : public ValueRule {
public:
    ParticipantKey() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node participant, const SchemaNode&) const override {
        Node key = member(ctx, participant, property::key);
        if (!key) return;
        if (!key.value->IsString()) {
            ctx.report(*this, key, fmt::format("a participant key is a string such as \"transaction_reseller\", found {}",
                                               describe_value(*key.value)));
            return;
        }
        std::string_view k = as_string(key);
        for (std::string_view n : known)
            if (k == n) return;
        std::string message = fmt::format("{} is not a participant type: use transaction_reseller, "
                                          "additional_transaction_reseller or consumption_reseller", json_quote(k));
        auto guess = closest_name(k, known);
        if (!guess) {
            // transaction-reseller, TransactionReseller: compare without separators and case.
            std::string folded;
            for (char c : k)
                if (c != '_' && c != '-' && c != ' ') folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            for (std::string_view n : known) {
                std::string f;
                for (char c : n)
                    if (c != '_') f += c;
                if (f == folded) guess = std::string(n);
            }
        }
        if (guess) {
            message += fmt::format(" (did you mean \"{}\"?)", *guess);
            ctx.report(*this, key, std::move(message)).fix =
                suggest_value(ctx.document(), key, fmt::format("write \"{}\"", *guess), json_quote(*guess));
            return;
        }
        ctx.report(*this, key, std::move(message));
    }
};

}  // namespace

CARTLINT_RULE(partner_participant_key, ParticipantKey)

}  // namespace cartlint::detail::rules
