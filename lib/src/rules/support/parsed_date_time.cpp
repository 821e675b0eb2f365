#include "rules/support/parsed_date_time.hpp"

#include "core/thread_scratch.hpp"

namespace cartlint::detail {

namespace {

// Direct-mapped by node id, keyed on the run: a collision only costs a parse.
struct ParsedDateTimes {
    struct Entry {
        std::uint64_t serial = 0;
        std::uint32_t node = no_node;
        DateTimeParse parse;
    };
    Entry entries[8];
};

}  // namespace

const DateTimeParse& parsed_date_time(const RuleContext& ctx, Node node) {
    auto& cache = thread_scratch<ParsedDateTimes>().entries;
    ParsedDateTimes::Entry& e = cache[node.id % std::size(cache)];
    if (e.serial != ctx.serial() || e.node != node.id) {
        e.serial = ctx.serial();
        e.node = node.id;
        e.parse = parse_date_time(as_string(node));
    }
    return e.parse;
}

}  // namespace cartlint::detail
