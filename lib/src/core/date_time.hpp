#pragma once
// RFC 3339 date-times, checked natively (valijson's check builds a std::regex per call).

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cartlint::detail {

struct DateTime {
    std::int64_t seconds = 0;  // since 1970-01-01T00:00:00Z
    std::uint32_t nanos = 0;

    // Instants in time order: the seconds, then the fraction.
    friend constexpr auto operator<=>(const DateTime&, const DateTime&) = default;
};

// `t` moved by whole seconds.
constexpr DateTime plus_seconds(DateTime t, std::int64_t seconds) noexcept { return {t.seconds + seconds, t.nanos}; }

struct DateTimeParse {
    std::optional<DateTime> value;
    std::string problem;  // why it is not RFC 3339, when value is empty
};

// YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM), any number of fraction digits (the service sends 7).
DateTimeParse parse_date_time(std::string_view text);

// The .NET SDK's DateTime.MinValue, sent for an unset non-nullable date ("0001-01-01T00:00:00").
bool is_dotnet_unset_date_time(std::string_view text) noexcept;

}  // namespace cartlint::detail
