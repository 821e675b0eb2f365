#include "rules/quantity/quantity_value.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>
#include <string_view>

namespace cartlint::detail {
namespace {

constexpr double int32_max = std::numeric_limits<std::int32_t>::max();

std::optional<std::string> range_problem(double v, bool integral) {
    if (!integral) return std::string("a quantity is a whole number of licenses or instances, not a fraction");
    if (v < 1) return fmt::format("a quantity must be at least 1, found {}", v == 0 ? "0" : "a negative number");
    if (v > int32_max) return std::string("a quantity cannot exceed 2147483647 (the SDKs' int)");
    return std::nullopt;
}

// All of `s` read as a double, as std::from_chars reads it (no sign but '-', no space, no hex; out
// of range fails, a subnormal is read). The libc++ of Emscripten's build (bindings/wasm) has no
// floating-point from_chars: there the same grammar is checked here and the number converted by
// strtod, whose result for such text is the same in the "C" locale a wasm module runs in.
bool read_double(std::string_view s, double& d) {
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    return ec == std::errc() && end == s.data() + s.size();
#else
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t i = s.size() && s[0] == '-' ? 1 : 0, digits = 0;
    for (; i < s.size() && is_digit(s[i]); ++i) ++digits;
    if (i < s.size() && s[i] == '.')
        for (++i; i < s.size() && is_digit(s[i]); ++i) ++digits;
    if (!digits) return false;  // "inf" and "nan" too: from_chars reads them, but they are not finite either
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        std::size_t j = i + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
        const std::size_t exponent = j;
        for (; j < s.size() && is_digit(s[j]); ++j) {}
        if (j == exponent) return false;
        i = j;
    }
    if (i != s.size()) return false;
    const std::string text(s);
    errno = 0;
    d = std::strtod(text.c_str(), nullptr);
    // Overflow, or a number too small to be anything but zero: from_chars' result_out_of_range.
    return !std::isinf(d) && !(d == 0 && errno == ERANGE);
#endif
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
    if (s.empty() || !read_double(s, d) || !std::isfinite(d)) return out;
    out.numeric = true;
    bool integral = std::floor(d) == d && s.find_first_of(".eE") == std::string_view::npos;
    out.problem = range_problem(d, integral);
    out.text = integral && std::fabs(d) <= int32_max ? std::to_string(static_cast<long long>(d)) : std::string(s);
    return out;
}

}  // namespace cartlint::detail
