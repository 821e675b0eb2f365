#include "core/rapidjson_config.hpp"

#include <stdexcept>
#include <string>

namespace cartlint::detail {

void rapidjson_assertion_failed(const char* condition) {
    throw std::logic_error(std::string("RapidJSON assertion failed: ") + condition);
}

}  // namespace cartlint::detail
