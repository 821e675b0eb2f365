#include "output/baseline_key.hpp"

#include "core/json_string.hpp"

namespace cartlint::detail {
namespace {

// Each field with its length first, so no two different triples make one key.
void append_field(std::string& key, std::string_view field) {
    const std::size_t length_at = key.size();
    key += "00000000:";
    std::size_t written = 0;
    for (std::size_t i = 0; i < field.size();) {
        const unsigned char c = static_cast<unsigned char>(field[i]);
        const std::size_t n = c < 0x80 ? 1 : utf8_sequence_length(field, i);
        if (n == 0) {
            key += "\xEF\xBF\xBD";  // as write_json_string writes it
            written += 3, ++i;
        } else {
            key.append(field.data() + i, n);
            written += n, i += n;
        }
    }
    for (std::size_t d = 0, n = written; d < 8; ++d, n /= 16) key[length_at + 7 - d] = "0123456789abcdef"[n % 16];
}

}  // namespace

std::string baseline_key(std::string_view rule, std::string_view file, std::string_view anchor) {
    std::string key;
    key.reserve(rule.size() + file.size() + anchor.size() + 27);
    append_field(key, rule);
    append_field(key, file);
    append_field(key, anchor);
    return key;
}

}  // namespace cartlint::detail
