#pragma once
// The resellers of one line item, wherever the payload puts them:
// - cart line item: participants [{key, value}] (transaction_reseller, additional_transaction_reseller);
// - order line item: partnerIdOnRecord and additionalPartnerIdsOnRecord (an array);
// - the doc table's additionalPartnerIdsOnRecord on a cart line item, understood the same way.

#include "rules/rule.hpp"

#include <vector>

namespace cartlint::detail {

struct Reseller {
    Node node;             // the partner id's value
    std::string_view id;
};

struct LineItemResellers {
    std::vector<Reseller> primary;     // transaction reseller / partner of record
    std::vector<Reseller> additional;  // additional resellers, in document order
    Node additional_list;              // additionalPartnerIdsOnRecord, when it is used
    Node participants;                 // participants, when it is used
};

// Several rules read the same line item's resellers: they are gathered once per line item (a
// per-thread cache keyed on the run and the node, which keeps its buffers from run to run). The
// reference holds until the next call.
const LineItemResellers& gather_resellers(const RuleContext& ctx, Node line_item);

}  // namespace cartlint::detail
