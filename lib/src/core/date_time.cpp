#include "core/date_time.hpp"

namespace cartlint::detail {
namespace {

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

class Cursor {
public:
    explicit Cursor(std::string_view s) : s_(s) {}
    bool digits(std::size_t n, int& out) {
        if (at_ + n > s_.size()) return false;
        out = 0;
        for (std::size_t i = 0; i < n; ++i) {
            char c = s_[at_ + i];
            if (c < '0' || c > '9') return false;
            out = out * 10 + (c - '0');
        }
        at_ += n;
        return true;
    }
    bool take(char c) { return at_ < s_.size() && s_[at_] == c ? (++at_, true) : false; }
    bool take_any(std::string_view cs) {
        if (at_ < s_.size() && cs.find(s_[at_]) != std::string_view::npos) return ++at_, true;
        return false;
    }
    char peek() const { return at_ < s_.size() ? s_[at_] : '\0'; }
    bool done() const { return at_ == s_.size(); }
    void skip() { ++at_; }

private:
    std::string_view s_;
    std::size_t at_ = 0;
};

}  // namespace

bool is_dotnet_unset_date_time(std::string_view text) noexcept {
    return text == "0001-01-01T00:00:00" || text == "0001-01-01T00:00:00Z" || text == "0001-01-01T00:00:00.0000000";
}

namespace {

// The shape the service sends, "2018-03-15T17:15:02.3840528Z" (any number of fraction digits),
// read at fixed positions; nothing when the text has any other shape.
std::optional<DateTime> canonical_utc(std::string_view t) noexcept {
    if (t.size() < 20 || t.back() != 'Z' || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':')
        return std::nullopt;
    auto num = [&](std::size_t at, std::size_t n, int& out) {
        out = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            const unsigned d = static_cast<unsigned char>(t[i]) - '0';
            if (d > 9) return false;
            out = out * 10 + static_cast<int>(d);
        }
        return true;
    };
    int year, month, day, hour, minute, second;
    if (!num(0, 4, year) || !num(5, 2, month) || !num(8, 2, day) || !num(11, 2, hour) || !num(14, 2, minute) || !num(17, 2, second))
        return std::nullopt;
    std::uint32_t nanos = 0;
    if (t.size() > 20) {
        if (t[19] != '.') return std::nullopt;
        std::size_t digits = 0;
        for (std::size_t i = 20; i + 1 < t.size(); ++i, ++digits) {
            const unsigned d = static_cast<unsigned char>(t[i]) - '0';
            if (d > 9) return std::nullopt;
            if (digits < 9) nanos = nanos * 10 + d;
        }
        if (digits == 0) return std::nullopt;
        for (std::size_t i = digits; i < 9; ++i) nanos *= 10;
    }
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    DateTime value;
    value.seconds = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 + hour * 3600 +
                    minute * 60 + second;
    value.nanos = nanos;
    return value;
}

}  // namespace

DateTimeParse parse_date_time(std::string_view text) {
    DateTimeParse out;
    // Nearly every date-time is the service's own shape: read it directly. Anything else goes
    // through the full parse, which also says what is wrong.
    if ((out.value = canonical_utc(text))) return out;
    Cursor c(text);
    int year, month, day, hour, minute, second;
    if (!(c.digits(4, year) && c.take('-') && c.digits(2, month) && c.take('-') && c.digits(2, day))) {
        out.problem = "expected a date as YYYY-MM-DD";
        return out;
    }
    if (!c.take_any("Tt")) {
        out.problem = c.done() ? "a date without a time: expected YYYY-MM-DDTHH:MM:SSZ" : "expected 'T' between the date and the time";
        return out;
    }
    if (!(c.digits(2, hour) && c.take(':') && c.digits(2, minute) && c.take(':') && c.digits(2, second))) {
        out.problem = "expected a time as HH:MM:SS";
        return out;
    }
    std::uint32_t nanos = 0;
    if (c.take('.')) {
        int digit, count = 0;
        while (c.digits(1, digit)) {
            if (count < 9) nanos = nanos * 10 + static_cast<std::uint32_t>(digit);
            ++count;
        }
        if (count == 0) {
            out.problem = "expected digits after the decimal point";
            return out;
        }
        for (int i = count; i < 9; ++i) nanos *= 10;
    }
    int offset_minutes = 0;
    if (c.done()) {
        out.problem = "no time zone: add Z (UTC) or an offset such as +01:00";
        return out;
    }
    if (!c.take_any("Zz")) {
        char sign = c.peek();
        int oh, om;
        if (sign != '+' && sign != '-') {
            out.problem = "expected Z or an offset such as +01:00 after the time";
            return out;
        }
        c.skip();
        if (!(c.digits(2, oh) && c.take(':') && c.digits(2, om)) || oh > 23 || om > 59) {
            out.problem = "expected an offset as +HH:MM or -HH:MM";
            return out;
        }
        offset_minutes = (oh * 60 + om) * (sign == '-' ? -1 : 1);
    }
    if (!c.done()) {
        out.problem = "unexpected text after the date-time";
        return out;
    }
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
        out.problem = "no such date";
        return out;
    }
    if (hour > 23 || minute > 59 || second > 60) {
        out.problem = "no such time of day";
        return out;
    }
    DateTime value;
    value.seconds = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
                    hour * 3600 + minute * 60 + second - offset_minutes * 60;
    value.nanos = nanos;
    out.value = value;
    return out;
}

}  // namespace cartlint::detail
