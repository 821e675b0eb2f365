#include "rules/quantity/quantity_value.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <limits>

namespace cartlint::detail {
namespace {

constexpr double int32_max = std::numeric_limits<std::int32_t>::max();

std::optional<std::string> range_problem(double v, bool integral) {
    if (!integral) return std::string("a quantity is a whole number of licenses or instances, not a fraction");
    if (v < 1) return fmt::format("a quantity must be at least 1, found {}", v == 0 ? "0" : "a negative number");
    if (v > int32_max) return std::string("a quantity cannot exceed 2147483647 (the SDKs' int)");
    return std::nullopt;
}

}  // namespace

QuantityValue read_quantity(Node quantity) {
    QuantityValue out;
    const rapidjson::Value& v = *quantity.value;
    if (v.IsNumber()) {
        out.numeric = true;
        if (v.IsInt64()) {
            std::int64_t n = v.GetInt64();
            out.text = std::to_string(n);
            out.problem = range_problem(static_cast<double>(n), true);
        } else if (v.IsUint64()) {
            out.text = std::to_string(v.GetUint64());
            out.problem = range_problem(static_cast<double>(v.GetUint64()), true);
        } else {
            double d = v.GetDouble();
            out.text = fmt::format("{}", d);
            out.problem = range_problem(d, std::isfinite(d) && std::floor(d) == d);  // 1e308 is whole, just too large
        }
        return out;
    }
    if (!v.IsString()) return out;
    std::string_view s(v.GetString(), v.GetStringLength());
    double d = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(d)) return out;
    out.numeric = true;
    bool integral = std::floor(d) == d && s.find_first_of(".eE") == std::string_view::npos;
    out.problem = range_problem(d, integral);
    out.text = integral && std::fabs(d) <= int32_max ? std::to_string(static_cast<long long>(d)) : std::string(s);
    return out;
}

}  // namespace cartlint::detail
