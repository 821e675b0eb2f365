// JSONTestSuite (../shared/third_party/JSONTestSuite/test_parsing) through the cartlint command:
// every n_ file gets an error whose rule starts with syntax/, no y_ file gets one, i_ files may
// go either way; none crashes, hangs or takes over a second.

#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sys/wait.h>

namespace fs = std::filesystem;

TEST_CASE("JSONTestSuite: accept y_, reject n_ with a syntax finding, survive i_", "[json-test-suite][conformance]") {
    const fs::path dir = cartlint::test::conformance_path("third_party/JSONTestSuite/test_parsing");
    REQUIRE(fs::is_directory(dir));
    std::size_t y = 0, n = 0, i = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".json") continue;
        CAPTURE(name);
        const auto started = std::chrono::steady_clock::now();
        std::string command = std::string("'") + CARTLINT_BINARY + "' --no-config --format json -- '" + entry.path().string() + "' 2>/dev/null";
        std::string out;
        FILE* pipe = ::popen(command.c_str(), "r");
        REQUIRE(pipe);
        char buffer[65536];
        std::size_t got;
        while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, got);
        int status = ::pclose(pipe);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        CHECK(seconds < 1.0);
        REQUIRE(WIFEXITED(status));  // not killed by a signal
        const int code = WEXITSTATUS(status);
        CHECK((code == 0 || code == 1));
        rapidjson::Document report;
        report.Parse(out.c_str(), out.size());
        REQUIRE_FALSE(report.HasParseError());
        // A syntax finding of any severity: the ones lenient readers (Json.NET) accept are warnings,
        // but every n_ file must still be named as not JSON, and no y_ file may be.
        bool syntax_error = false, internal = false;
        for (const auto& d : report["files"][0]["diagnostics"].GetArray()) {
            std::string rule = d["rule"].GetString();
            syntax_error |= rule.rfind("syntax/", 0) == 0 || rule.rfind("limit/", 0) == 0;
            internal |= rule == "internal/error";
        }
        CHECK_FALSE(internal);
        if (name[0] == 'y') {
            CHECK_FALSE(syntax_error);
            ++y;
        } else if (name[0] == 'n') {
            CHECK(syntax_error);
            ++n;
        } else {
            ++i;
        }
    }
    CHECK(y > 90);
    CHECK(n > 180);
    CHECK(i > 30);
}
