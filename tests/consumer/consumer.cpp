// Pre-flights one good and one bad cart through the public API only.
#include <cartlint/cartlint.hpp>

#include <iostream>

int main() {
    cartlint::Linter linter;
    auto good = linter.lint(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly"}]})");
    auto bad = linter.lint(R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","billingCycle":"monthly"}]})");
    if (good.count(cartlint::Severity::error) != 0) {
        std::cerr << "a valid cart was rejected\n";
        return 1;
    }
    if (bad.diagnostics.empty() || bad.diagnostics[0].rule != "schema/required" || bad.diagnostics[0].pointer != "/lineItems/0") {
        std::cerr << "a cart without quantity was not reported at /lineItems/0\n";
        return 1;
    }
    std::cout << "consumer ok: cartlint " << cartlint::version << '\n';
    return 0;
}
