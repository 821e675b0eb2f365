#pragma once
// Realistic carts for benchmarks, reproducibly from a seed: 1 to 5 line items, about 1 KB each.

#include <random>
#include <string>

namespace cartlint::bench {

inline const char* const offers[] = {"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", "CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ", "DZH318Z0BQ36:004G:DZH318Z08C0S",
                              "DG7GMGF0DWTL:0001:DG7GMGF0DSJB", "CFQ7TTC0LDPB:0001:CFQ7TTC0K7Q8"};
inline const char* const names[] = {"Microsoft 365 Business Premium", "Azure Active Directory Premium P1", "AI Builder Capacity add-on",
                             "Reserved VM Instance, Standard_D2s_v3, US West, 1 Year", "Dynamics 365 Sales Enterprise"};

inline std::string guid(std::mt19937_64& rng) {
    static const char* hex = "0123456789abcdef";
    std::string g;
    for (int i = 0; i < 36; ++i) g += (i == 8 || i == 13 || i == 18 || i == 23) ? '-' : hex[rng() % 16];
    return g;
}

inline std::string line_item(std::mt19937_64& rng, int id) {
    int offer = static_cast<int>(rng() % 5);
    static const char* cycles[][2] = {{"monthly", "P1M"}, {"annual", "P1Y"}, {"monthly", "P1Y"}, {"triennial", "P3Y"}};
    std::string item = "{\"id\":" + std::to_string(id) + ",\"catalogItemId\":\"" + offers[offer] + "\",\"friendlyName\":\"" + names[offer] +
                       "\",\"quantity\":" + std::to_string(1 + rng() % 250) + ",\"currencyCode\":\"EUR\"";
    if (offer == 3) {
        item += ",\"billingCycle\":\"one_time\",\"provisioningContext\":{\"subscriptionId\":\"" + guid(rng) +
                "\",\"scope\":\"shared\",\"duration\":\"1Year\"}";
    } else {
        auto* c = cycles[rng() % 4];
        item += std::string(",\"billingCycle\":\"") + c[0] + "\",\"termDuration\":\"" + c[1] + "\"";
        if (rng() % 3 == 0)
            item += ",\"participants\":[{\"key\":\"transaction_reseller\",\"value\":\"" + std::to_string(500000 + rng() % 400000) +
                    "\"},{\"key\":\"additional_transaction_reseller\",\"value\":\"" + std::to_string(5000000 + rng() % 400000) + "\"}]";
    }
    return item + "}";
}

inline std::string cart(std::mt19937_64& rng, int items) {
    std::string c = "{\"id\":\"" + guid(rng) +
                    "\",\"creationTimestamp\":\"2026-11-20T17:15:02.3840528Z\",\"lastModifiedTimestamp\":\"2026-11-20T17:16:40.1000000Z\","
                    "\"expirationTimestamp\":\"2026-11-27T17:15:02.3840528Z\",\"lastModifiedUser\":\"" + guid(rng) + "\",\"lineItems\":[";
    for (int i = 0; i < items; ++i) c += (i ? "," : "") + line_item(rng, i);
    return c + "],\"status\":\"Active\",\"attributes\":{\"objectType\":\"Cart\"}}";
}



}  // namespace cartlint::bench
