// Writes N realistic carts as NDJSON (one cart a line), reproducibly from a seed: the corpus
// of the performance goal in issue 7.
//   cartlint-generate-carts N [SEED] > carts.ndjson
//   cartlint-generate-carts --line-items K > big-cart.json   (one cart with K line items)
//   cartlint-generate-carts --broken N [SEED] > broken.ndjson (the same carts, each with exactly one
//                                                              error: its first quantity is 0, quantity/range)

#include "cart_generator.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace cartlint::bench;

int main(int argc, char** argv) {
    if (argc >= 3 && std::string(argv[1]) == "--line-items") {
        std::mt19937_64 rng(7);
        std::puts(cart(rng, std::atoi(argv[2])).c_str());
        return 0;
    }
    const bool broken = argc >= 2 && std::string(argv[1]) == "--broken";
    if (broken) ++argv, --argc;
    if (argc < 2) {
        std::fprintf(stderr, "usage: cartlint-generate-carts [--broken] N [SEED] | --line-items K\n");
        return 2;
    }
    const long n = std::atol(argv[1]);
    std::mt19937_64 rng(argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1);
    for (long i = 0; i < n; ++i) {
        std::string c = cart(rng, 1 + static_cast<int>(rng() % 5));
        if (broken) {
            // The first line item's quantity becomes 0: one quantity/range error, nothing else.
            const std::string key = "\"quantity\":";
            const std::size_t at = c.find(key) + key.size();
            c.replace(at, c.find_first_not_of("0123456789", at) - at, "0");
        }
        std::puts(c.c_str());
    }
    return 0;
}
