/* Pre-flight a cart from C: build with
       cc lint_cart.c $(pkg-config --cflags --libs cartlint) -o lint_cart */
#include <cartlint/cartlint.h>

#include <stdio.h>
#include <string.h>

int main(void) {
    const char* cart = "{\"lineItems\":[{\"catalogItemId\":\"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P\","
                       "\"quantity\":\"2\",\"billingCycle\":\"Monthly\",\"termDuration\":\"P1M\"}]}";
    char* error = NULL;
    cartlint_linter* linter = cartlint_linter_new(
        "{\"customerCountry\": \"DE\", \"rules\": {\"billing/non-canonical-cycle\": \"error\"}}", &error);
    if (!linter) {
        fprintf(stderr, "bad options: %s\n", error);
        cartlint_free(error);
        return 2;
    }
    /* The `cartlint --format json` report of this one document. */
    char* report = cartlint_lint(linter, cart, strlen(cart), "cart.json");
    if (!report) return 2; /* out of memory */
    fputs(report, stdout);
    const int send_it = strstr(report, "\"errors\":0,") != NULL;
    cartlint_free(report);

    size_t length = 0;
    char* fixed = cartlint_fix(linter, cart, strlen(cart), "cart.json", 0, &length);
    if (fixed) fwrite(fixed, 1, length, stdout); /* safe fixes only: here, none */
    cartlint_free(fixed);
    cartlint_linter_free(linter);
    return send_it ? 0 : 1;
}
