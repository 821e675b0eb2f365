#include "rules/cart/cart_times.hpp"

#include "core/thread_scratch.hpp"
#include "rules/support/parsed_date_time.hpp"

#include <fmt/format.h>

namespace cartlint::detail {

namespace {

std::optional<Timestamp> read_timestamp(const RuleContext& ctx, Node cart, property::Name name) {
    Node node = member(ctx, cart, name);
    if (!node || !node.value->IsString() || is_dotnet_unset_date_time(as_string(node))) return std::nullopt;
    const auto& parsed = parsed_date_time(ctx, node);
    if (!parsed.value) return std::nullopt;
    return Timestamp{node, *parsed.value};
}

}  // namespace

std::optional<Timestamp> cart_timestamp(const RuleContext& ctx, Node cart, property::Name name) {
    // Four rules compare the same three timestamps: each is read once per cart (a per-thread
    // cache keyed on the run and the cart node).
    static constexpr property::Name names[] = {property::creationTimestamp, property::lastModifiedTimestamp, property::expirationTimestamp};
    struct CartTimestamps {
        std::uint64_t serial = 0;
        std::uint32_t cart = no_node;
        std::optional<Timestamp> values[std::size(names)];
    };
    CartTimestamps& cache = thread_scratch<CartTimestamps>();
    std::size_t which = 0;
    while (which < std::size(names) && names[which] != name) ++which;
    if (which == std::size(names)) return read_timestamp(ctx, cart, name);
    if (cache.serial != ctx.serial() || cache.cart != cart.id) {
        cache.serial = ctx.serial();
        cache.cart = cart.id;
        for (std::size_t i = 0; i < std::size(names); ++i) cache.values[i] = read_timestamp(ctx, cart, names[i]);
    }
    return cache.values[which];
}

std::string format_duration(std::int64_t seconds) {
    if (seconds < 0) seconds = -seconds;
    std::int64_t days = seconds / 86400, hours = seconds % 86400 / 3600, minutes = seconds % 3600 / 60;
    auto unit = [](std::int64_t n, const char* name) { return fmt::format("{} {}{}", n, name, n == 1 ? "" : "s"); };
    if (days > 0) return hours ? unit(days, "day") + " " + unit(hours, "hour") : unit(days, "day");
    if (hours > 0) return minutes ? unit(hours, "hour") + " " + unit(minutes, "minute") : unit(hours, "hour");
    if (minutes > 0) return unit(minutes, "minute");
    return unit(seconds, "second");
}

}  // namespace cartlint::detail
