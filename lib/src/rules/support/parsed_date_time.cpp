#include "rules/support/parsed_date_time.hpp"

namespace cartlint::detail {

const DateTimeParse& parsed_date_time(const RuleContext& ctx, Node node) {
    // Direct-mapped by node id, keyed on the run: a collision only costs a parse.
    struct Entry {
        std::uint64_t serial = 0;
        std::uint32_t node = no_node;
        DateTimeParse parse;
    };
    thread_local Entry cache[8];
    Entry& e = cache[node.id % std::size(cache)];
    if (e.serial != ctx.serial() || e.node != node.id) {
        e.serial = ctx.serial();
        e.node = node.id;
        e.parse = parse_date_time(as_string(node));
    }
    return e.parse;
}

}  // namespace cartlint::detail
