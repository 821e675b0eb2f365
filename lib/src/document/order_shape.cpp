#include "document/order_shape.hpp"
#include "core/ascii.hpp"


#include <string_view>

namespace cartlint::detail {
namespace {

// Set in the value, in any case, and not null (the .NET SDK sends unset fields as null).
bool set(const rapidjson::Value& object, std::string_view name) {
    for (const auto& m : object.GetObject())
        if (m.name.GetStringLength() == name.size() && ::cartlint::detail::ascii::casecmp_n(m.name.GetString(), name.data(), name.size()) == 0)
            return !m.value.IsNull();
    return false;
}

}  // namespace

OrderShape order_shape(const rapidjson::Value& order) {
    if (!order.IsObject()) return OrderShape::request;
    if (set(order, "creationDate") || set(order, "alternateId")) return OrderShape::response;
    if (set(order, "status")) return OrderShape::status_change;
    return OrderShape::request;
}

}  // namespace cartlint::detail
