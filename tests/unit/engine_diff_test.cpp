// The native schema engine agrees with valijson, the reference, finding for finding: on carts
// broken at random in every way the schemas can tell (wrong types, values out of range or out of
// the enum, missing and unknown members, empty and overfull arrays), and on every parser
// conformance file. The whole corpus/ is replayed through the same check by the engine_diff
// fuzz target's replay test.

#include "cart_generator.hpp"
#include "document/kinds.hpp"
#include "engine_agreement.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <rapidjson/writer.h>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace cartlint;

namespace {

// Replaces, removes or adds one thing somewhere in the tree: each call picks a value at random.
class Mutator {
public:
    explicit Mutator(std::mt19937_64& rng) : rng_(rng) {}

    std::string mutate(const std::string& json, int edits) {
        rapidjson::Document doc;
        doc.Parse(json.c_str(), json.size());
        for (int i = 0; i < edits; ++i) {
            std::vector<rapidjson::Value*> values;
            collect(doc, values);
            edit(*values[rng_() % values.size()], doc.GetAllocator());
        }
        rapidjson::StringBuffer out;
        rapidjson::Writer<rapidjson::StringBuffer> writer(out);
        doc.Accept(writer);
        return out.GetString();
    }

private:
    static void collect(rapidjson::Value& v, std::vector<rapidjson::Value*>& out) {
        out.push_back(&v);
        if (v.IsObject())
            for (auto& m : v.GetObject()) collect(m.value, out);
        else if (v.IsArray())
            for (auto& e : v.GetArray()) collect(e, out);
    }

    void edit(rapidjson::Value& v, rapidjson::Document::AllocatorType& a) {
        static const char* const strings[] = {"", "x", "monthly", "Monthly", "P1M", "P5Y", "Cart", "1", "none", "one_time"};
        switch (rng_() % 12) {
        case 0: v.SetString(strings[rng_() % std::size(strings)], a); break;
        case 1: v.SetInt(static_cast<int>(rng_() % 7) - 3); break;
        case 2: v.SetDouble(1.5); break;
        case 3: v.SetNull(); break;
        case 4: v.SetBool(true); break;
        case 5: v.SetObject(); break;
        case 6: v.SetArray(); break;
        case 7: v.SetUint64(std::uint64_t{1} << 63); break;
        case 8:  // drop a member
            if (v.IsObject() && v.MemberCount()) v.EraseMember(v.MemberBegin() + static_cast<long>(rng_() % v.MemberCount()));
            break;
        case 9:  // a member no schema knows, or one it does
            if (v.IsObject()) v.AddMember(rapidjson::Value(rng_() % 2 ? "bogus" : "quantity", a), rapidjson::Value(2), a);
            break;
        case 10:  // grow an array past maxItems
            if (v.IsArray() && v.Size())
                for (int i = 0; i < 6; ++i) v.PushBack(rapidjson::Value(v[0], a), a);
            break;
        case 11:  // empty an array or object
            if (v.IsArray()) v.Clear();
            else if (v.IsObject()) v.RemoveAllMembers();
            break;
        }
    }

    std::mt19937_64& rng_;
};

}  // namespace

TEST_CASE("engines agree on carts broken at random", "[engine]") {
    const Linter linter;
    std::mt19937_64 rng(20261122);
    Mutator mutator(rng);
    LintOptions options;
    options.now = parse_timestamp("2026-11-22T00:00:00Z");
    options.customer_country = "DE";
    for (const detail::KindInfo& row : detail::kinds) {  // auto and every payload kind
        if (row.role == detail::KindRole::container) continue;
        options.kind = row.kind;
        for (int i = 0; i < 400; ++i) {
            const std::string text = mutator.mutate(bench::cart(rng, 1 + static_cast<int>(rng() % 3)), 1 + static_cast<int>(rng() % 4));
            if (auto difference = testing::engines_disagree(linter, text, options)) FAIL(text << "\n" << *difference);
        }
    }
}

TEST_CASE("engines agree on every parser conformance file", "[engine][conformance][engine-conformance]") {
    namespace fs = std::filesystem;
    const fs::path suite = fs::path(CARTLINT_CONFORMANCE_DIR) / "third_party/JSONTestSuite/test_parsing";
    REQUIRE(fs::is_directory(suite));
    const Linter linter;
    int files = 0;
    for (const auto& entry : fs::directory_iterator(suite)) {
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (auto difference = testing::engines_disagree(linter, text)) FAIL(entry.path().filename().string() << "\n" << *difference);
        ++files;
    }
    CHECK(files > 300);
}

TEST_CASE("the agreement check can fail", "[engine]") {
    // Guard against a check that passes vacuously: the two engines must actually differ on the
    // one case the comparison is documented to leave out.
    const Linter linter;
    const std::string text = R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"quantity":"x","billingCycle":"monthly","termDuration":"P1M"}]})";
    LintOptions native, reference;
    reference.engine = SchemaEngine::valijson;
    auto a = linter.lint(text, native), b = linter.lint(text, reference);
    std::string sa, sb;
    for (const auto& d : a.diagnostics) sa += testing::describe(d) + "\n";
    for (const auto& d : b.diagnostics) sb += testing::describe(d) + "\n";
    CHECK(sa != sb);
    CHECK_FALSE(testing::engines_disagree(linter, text));
}
