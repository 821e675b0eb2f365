// What each schema/… finding means.

#include "core/stage_rule_docs.hpp"

namespace cartlint::detail {
namespace {

constexpr RuleDoc docs[] = {
    {"schema/required", Severity::error, "A required property is missing",
     "The schemas require what the service needs: a cart's lineItems; a line item's catalogItemId (without it the service answers 900142 \"Catalog item id is not present\"), quantity and billingCycle; a participant's key and value; an order line item's offerId and quantity. Reported at the object that lacks it.",
     R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","billingCycle":"monthly","termDuration":"P1M"}]})",
     R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::rejects,
    "Rejects it: without catalogItemId the service answers 900142 \"Catalog item id is not present\"; without quantity or billingCycle the line item cannot be priced (the .NET model's defaults, 0 and Unknown, are refused); a cart without lineItems has nothing to order."},
    {"schema/type", Severity::error, "A value of the wrong JSON type",
     "Types follow the SDKs where the doc tables are wrong: renewsTo is an object (the cart and order resource tables say array), a line item id is an integer (see quirk/line-item-id-string).",
     R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M","renewsTo":[{"termDuration":"P1M"}]}]})",
     R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M","renewsTo":{"termDuration":"P1M"}}]})",
    ServiceResponse::rejects,
    "Rejects it: the SDK models are typed, and a value that cannot be converted to the property's type (an array where an object is expected, a word where a number is) fails deserialisation with a 400. (Numeric strings, which Json.NET converts, have their own warnings.)"},
    {"schema/enum", Severity::error, "A value outside its allowed set", "termDuration is P1M, P1Y or P3Y; an order's status is unknown, completed, pending or cancelled.",
     R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1W"}]})",
     R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::rejects,
    "Rejects it: a termDuration or status outside the documented values is not a term or state the service has; the request fails."},
    {"schema/const", Severity::warning, "attributes.objectType does not match the document", "A cart's objectType is \"Cart\", a checkout result's \"CartCheckoutResult\", an order's \"Order\".",
     R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}],"attributes":{"objectType":"Carts"}})",
     R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}],"attributes":{"objectType":"Cart"}})",
    ServiceResponse::unverified,
    "Unverified. attributes is set by the service, which is not documented to read it in a request; a wrong objectType means the document is not the kind it claims, so the other checks may not fit it."},
    {"schema/unknown-property", Severity::error, "A property the API does not define",
     "The schemas list every property of the SDKs' models. Any other name is a typo, a doc-table name the API does not use (catalogId, creationTimeStamp, cantidad), or data the API does not take.",
     R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M","discount":10}]})",
     R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::misreads,
    "Misreads it: the service binds JSON to its models and ignores members it does not know (Json.NET's default), so the value is silently dropped: a misspelt optional property is lost, a misspelt required one is reported as missing too."},
    {"schema/minimum", Severity::error, "A number below its minimum", "A line item id and an order's lineItemNumber start at 0.",
     R"({"lineItems":[{"id":-1,"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
     R"({"lineItems":[{"id":0,"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::rejects,
    "Rejects it: a negative line item id or lineItemNumber is not one the service assigns or accepts."},
    {"schema/maximum", Severity::error, "A number above its maximum", "Integers the SDKs hold in an int stop at 2147483647.", "", "",
    ServiceResponse::rejects,
    "Rejects it: the SDK models hold these in an int; a larger number fails conversion (a 400)."},
    {"schema/min-items", Severity::error, "An array with too few items", "A cart has at least one line item (\"lineItems … Yes\", Update a cart).",
     R"({"lineItems":[]})", R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})",
    ServiceResponse::rejects,
    "Rejects it: a cart with no line items has nothing to order; the service answers with an error."},
    {"schema/max-items", Severity::error, "An array with too many items", "At most five additional resellers (Update a cart).", "", "",
    ServiceResponse::rejects,
    "Rejects it: \"Only a maximum of five Indirect Resellers can be entered\" (Update a cart)."},
    {"schema/invalid", Severity::warning, "Any other schema failure", "A failure the translator has no specific rule for, in valijson's words.", "", "",
    ServiceResponse::unverified,
    "Unverified: a failure only the reference engine (valijson) reports, in its words; see the schema keyword it names."},
};

}  // namespace

std::span<const RuleDoc> schema_rule_docs() noexcept { return docs; }

}  // namespace cartlint::detail
