#include "rules/support/endpoint.hpp"

#include "core/ascii.hpp"

namespace cartlint::detail {
namespace {

bool same_folded(std::string_view a, std::string_view b) {
    return a.size() == b.size() && ascii::casecmp_n(a.data(), b.data(), a.size()) == 0;
}

struct Segment {
    std::string_view text;
    std::size_t offset;
};

}  // namespace

bool is_placeholder(std::string_view s) noexcept {
    if (s.empty()) return false;
    return s.front() == '{' || s.front() == '<' || s.front() == ':' || s.find("{{") != std::string_view::npos ||
           s.find('{') != std::string_view::npos;
}

Endpoint classify_endpoint(const HttpMessage& message, std::string_view text) {
    Endpoint e;
    if (!message.is_request) return e;
    const std::string_view method = text.substr(message.method.begin, message.method.size());
    std::string_view target = text.substr(message.target.begin, message.target.size());
    std::size_t base = message.target.begin;
    // Drop the scheme and host (https://api.partnercenter.microsoft.com, {baseURL}, {{host}}), the query and fragment.
    if (const std::size_t scheme = target.find("://"); scheme != std::string_view::npos) {
        const std::size_t path = target.find('/', scheme + 3);
        base += path == std::string_view::npos ? target.size() : path;
        target = path == std::string_view::npos ? std::string_view() : target.substr(path);
    }
    if (const std::size_t q = target.find_first_of("?#"); q != std::string_view::npos) target = target.substr(0, q);
    std::vector<Segment> segments;
    for (std::size_t at = 0; at <= target.size();) {
        std::size_t slash = target.find('/', at);
        if (slash == std::string_view::npos) slash = target.size();
        if (slash > at) segments.push_back({target.substr(at, slash - at), base + at});
        at = slash + 1;
    }
    // Find …/v1/customers/{id}/…: the host part may be a placeholder such as {baseURL}.
    std::size_t v1 = 0;
    while (v1 < segments.size() && !same_folded(segments[v1].text, "v1")) ++v1;
    if (v1 + 2 >= segments.size() || !same_folded(segments[v1 + 1].text, "customers")) return e;
    const Segment& customer = segments[v1 + 2];
    const std::size_t rest = v1 + 3;
    if (rest >= segments.size()) return e;
    const std::string_view collection = segments[rest].text;
    const bool carts = same_folded(collection, "carts") || same_folded(collection, "cart");
    const bool orders = same_folded(collection, "orders") || same_folded(collection, "order");
    if (!carts && !orders) return e;
    e.in_scope = true;
    if (!is_placeholder(customer.text)) e.guids.push_back({{customer.offset, customer.offset + customer.text.size()}, "customer-id"});
    const std::size_t after = segments.size() - rest - 1;  // segments after carts/orders
    const bool plural = same_folded(collection, "carts") || same_folded(collection, "orders");
    if (carts && after >= 1 && !is_placeholder(segments[rest + 1].text))
        e.guids.push_back({{segments[rest + 1].offset, segments[rest + 1].offset + segments[rest + 1].text.size()}, "cart-id"});
    if (!plural) return e;
    auto is = [&](std::string_view m) { return method == m; };
    if (carts) {
        if (after == 0 && is("POST")) e = {true, true, "create a cart", true, DocumentKind::cart, std::move(e.guids)};
        else if (after == 1 && is("PUT")) e = {true, true, "update a cart", true, DocumentKind::cart, std::move(e.guids)};
        else if (after == 1 && is("GET")) e = {true, true, "get a cart", false, DocumentKind::automatic, std::move(e.guids)};
        else if (after == 2 && is("POST") && same_folded(segments[rest + 2].text, "checkout"))
            e = {true, true, "check out a cart", false, DocumentKind::automatic, std::move(e.guids)};
    } else {
        if (after == 0 && is("POST")) e = {true, true, "create an order", true, DocumentKind::order, std::move(e.guids)};
        else if (after == 0 && is("GET")) e = {true, true, "get a customer's orders", false, DocumentKind::automatic, std::move(e.guids)};
        else if (after == 1 && is("GET")) e = {true, true, "get an order", false, DocumentKind::automatic, std::move(e.guids)};
        else if (after == 1 && is("PATCH")) e = {true, true, "change an order", true, DocumentKind::order, std::move(e.guids)};
        else if (after == 2 && is("GET") && same_folded(segments[rest + 2].text, "provisioningstatus"))
            e = {true, true, "get an order's provisioning status", false, DocumentKind::automatic, std::move(e.guids)};
    }
    return e;
}

}  // namespace cartlint::detail
