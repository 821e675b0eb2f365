// Pre-flight a cart from C++17: see CMakeLists.txt beside this file.
#include <cartlint/cartlint.hpp>

#include <iostream>
#include <string>

int main() {
    const std::string cart = R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P",)"
                             R"("quantity":"2","billingCycle":"Monthly","termDuration":"P1M"}]})";
    const cartlint::Linter linter;  // compile the schemas once; share it between threads
    cartlint::LintOptions options;
    options.customer_country = "DE";
    options.rule_settings.push_back({"billing/non-canonical-cycle", cartlint::Severity::error, ""});

    const cartlint::LintResult result = linter.lint(cart, options);  // never throws
    for (const cartlint::Diagnostic& d : result.diagnostics)
        std::cout << d.begin.line << ':' << d.begin.column << ": " << cartlint::to_string(d.severity) << ": "
                  << d.message << " [" << d.rule << "]\n";

    const cartlint::FixOutcome fixed = cartlint::apply_safe_fixes(linter, cart, options);
    std::cout << fixed.applied << " safe fixes\n";
    return result.count(cartlint::Severity::error) == 0 ? 0 : 1;  // send it only when clean
}
