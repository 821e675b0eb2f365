// corpus/docs/ holds the seed pages' JSON samples exactly as published.

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace cartlint;

TEST_CASE("corpus/docs: every sample is a verbatim excerpt of its seed page", "[corpus][docs][conformance][seeds]") {
    const std::string english = test::read_file(test::conformance_path("seeds/000_ef4439e9bf05550d.txt"));
    const std::string spanish = test::read_file(test::conformance_path("seeds/004_260e7461d043597b.txt"));
    for (const char* sample : {"checkout-sample", "request-body", "response-body"}) {
        CAPTURE(sample);
        const std::string en = test::read_file(test::source_path(std::string("corpus/docs/en-") + sample + ".json"));
        const std::string es = test::read_file(test::source_path(std::string("corpus/docs/es-") + sample + ".json"));
        CHECK(en.size() > 500);
        CHECK(english.find(en) != std::string::npos);
        CHECK(spanish.find(es) != std::string::npos);
        CHECK(en.front() == '{');
        CHECK(en.find_last_not_of("\n") == en.rfind('}'));
    }
}
