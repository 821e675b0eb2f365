#include "rules/partner/resellers.hpp"

#include "core/thread_scratch.hpp"

namespace cartlint::detail {

namespace {

// The last line item's resellers on this thread, keyed on the run and the item.
struct ResellersCache {
    std::uint64_t serial = 0;
    std::uint32_t node = no_node;
    LineItemResellers resellers;
};

}  // namespace

const LineItemResellers& gather_resellers(const RuleContext& ctx, Node item) {
    ResellersCache& cache = thread_scratch<ResellersCache>();
    LineItemResellers& out = cache.resellers;
    if (cache.serial == ctx.serial() && cache.node == item.id) return out;
    cache.serial = ctx.serial();
    cache.node = item.id;
    out.primary.clear();
    out.additional.clear();
    out.additional_list = {};
    out.participants = {};
    const JsonDocument& doc = ctx.document();
    if (Node participants = member(ctx, item, property::participants); participants && participants.value->IsArray()) {
        out.participants = participants;
        doc.for_each_child(participants, [&](std::uint32_t, Node p) {
            Node value = member(ctx, p, property::value);
            if (!value.value || !value.value->IsString()) return;
            std::string_view key = as_string(member(ctx, p, property::key));
            if (key == "transaction_reseller") out.primary.push_back({value, as_string(value)});
            else if (key == "additional_transaction_reseller") out.additional.push_back({value, as_string(value)});
        });
    }
    if (Node record = member(ctx, item, property::partnerIdOnRecord); record && record.value->IsString())
        out.primary.push_back({record, as_string(record)});
    if (Node list = member(ctx, item, property::additionalPartnerIdsOnRecord); list && list.value->IsArray()) {
        out.additional_list = list;
        doc.for_each_child(list, [&](std::uint32_t, Node id) {
            if (id.value->IsString()) out.additional.push_back({id, as_string(id)});
        });
    }
    return out;
}

}  // namespace cartlint::detail
