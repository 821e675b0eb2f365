// --fix and the file system: what it does with a symlink, a hard link, a FIFO, a read-only or
// foreign-owned file, a file changed while it runs, and --output naming an input. Every refusal
// leaves the file as it was and exits 2.

#include "test_support.hpp"

#include "fixer.hpp"
#include "input.hpp"

#include <cartlint/exit_codes.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cartlint;
namespace fs = std::filesystem;

namespace {

// A cart with a trailing comma: --fix has one safe fix to apply.
const std::string broken = R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"},]})";
const std::string repaired = R"({"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]})";

struct Scratch {
    fs::path dir;
    Scratch() {
        char name[] = "/tmp/cartlint-fix-XXXXXX";
        dir = ::mkdtemp(name);
    }
    ~Scratch() {
        std::error_code ec;
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(dir, ec);
    }
    fs::path write(const std::string& name, const std::string& text) const {
        std::ofstream(dir / name, std::ios::binary) << text;
        return dir / name;
    }
};

int cartlint_fix(const std::string& args) {
    const std::string command = std::string("timeout 20 '") + CARTLINT_BINARY + "' --no-config " + args + " >/dev/null 2>&1";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

}  // namespace

TEST_CASE("fix files: a plain file is fixed, its mode kept", "[fix][files]") {
    Scratch s;
    const auto file = s.write("cart.json", broken);
    ::chmod(file.c_str(), 0640);
    CHECK(cartlint_fix("--fix " + quoted(file)) == exit_code::ok);
    CHECK(test::read_file(file) == repaired);
    struct stat st{};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0640);
}

TEST_CASE("fix files: a symbolic link is followed: its file is fixed, the link stays a link", "[fix][files]") {
    Scratch s;
    const auto target = s.write("cart.json", broken);
    const auto link = s.dir / "link.json";
    fs::create_symlink(target, link);
    CHECK(cartlint_fix("--fix " + quoted(link)) == exit_code::ok);
    CHECK(fs::is_symlink(link));
    CHECK(test::read_file(target) == repaired);
}

TEST_CASE("fix files: a file with other hard links is refused, unchanged", "[fix][files]") {
    Scratch s;
    const auto file = s.write("cart.json", broken);
    const auto other = s.dir / "other.json";
    fs::create_hard_link(file, other);
    CHECK(cartlint_fix("--fix " + quoted(file)) == exit_code::usage);
    CHECK(test::read_file(file) == broken);
    CHECK(fs::hard_link_count(file) == 2);
}

TEST_CASE("fix files: a FIFO is refused at once, not read", "[fix][files]") {
    Scratch s;
    const auto fifo = s.dir / "pipe.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(cartlint_fix("--fix " + quoted(fifo)) == exit_code::usage);  // timeout would give 124
    CHECK(fs::is_fifo(fifo));
}

TEST_CASE("fix files: a read-only file is refused, unchanged", "[fix][files]") {
    Scratch s;
    const auto file = s.write("cart.json", broken);
    ::chmod(file.c_str(), 0444);
    CHECK(cartlint_fix("--fix " + quoted(file)) == exit_code::usage);
    CHECK(test::read_file(file) == broken);
}

TEST_CASE("fix files: owner and group are kept", "[fix][files]") {
    if (::geteuid() != 0) {
        WARN("not root: cannot give a file to another owner to test this");
        return;
    }
    Scratch s;
    const auto file = s.write("cart.json", broken);
    REQUIRE(::chown(file.c_str(), 1234, 5678) == 0);
    CHECK(cartlint_fix("--fix " + quoted(file)) == exit_code::ok);
    struct stat st{};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK(st.st_uid == 1234u);
    CHECK(st.st_gid == 5678u);
    CHECK(test::read_file(file) == repaired);
}

TEST_CASE("fix files: a file changed after it was read is left as it is now", "[fix][files]") {
    Scratch s;
    const auto file = s.write("cart.json", broken);
    auto read = cli::read_input(file.string());
    REQUIRE(read.identity);
    std::ofstream(file, std::ios::binary | std::ios::app) << "\n";  // what another writer appended meanwhile
    auto error = cli::write_atomically(file.string(), repaired, read.identity);
    REQUIRE(error);
    CHECK_THAT(*error, Catch::Contains("changed"));
    CHECK(test::read_file(file) == broken + "\n");
    // Unchanged since it was read: written.
    auto again = cli::read_input(file.string());
    CHECK_FALSE(cli::write_atomically(file.string(), repaired, again.identity));
    CHECK(test::read_file(file) == repaired);
}

TEST_CASE("fix files: --output naming an input is refused before anything is written", "[fix][files][output]") {
    Scratch s;
    const auto file = s.write("cart.json", broken);
    CHECK(cartlint_fix("--output " + quoted(file) + " " + quoted(file)) == exit_code::usage);
    CHECK(test::read_file(file) == broken);
    const auto link = s.dir / "same.json";
    fs::create_symlink(file, link);
    CHECK(cartlint_fix("--format json --output " + quoted(link) + " " + quoted(file)) == exit_code::usage);
    CHECK(test::read_file(file) == broken);
}

TEST_CASE("fix files: an input over the size limit is read only to the limit and never rewritten", "[fix][files][limits]") {
    Scratch s;
    const auto file = s.dir / "big.json";
    {
        std::ofstream out(file, std::ios::binary);
        out << "[";
        const std::string chunk(1 << 20, ' ');
        for (int i = 0; i < 65; ++i) out << chunk;
        out << "1,]";
    }
    const auto size = fs::file_size(file);
    auto read = cli::read_input(file.string());
    CHECK(read.truncated);
    CHECK(read.bytes.size() == max_document_bytes + 1);
    CHECK(cartlint_fix("--fix " + quoted(file)) == exit_code::findings);
    CHECK(fs::file_size(file) == size);
}
