// --fix and the file system: what it does with a symlink, a hard link, a FIFO, a read-only or
// foreign-owned file, a file changed while it runs, and --output naming an input. Every refusal
// leaves the file as it was and exits 2.

#include "test_support.hpp"

#include "atomic_write.hpp"
#include "input.hpp"

#include <cartlint/exit_codes.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

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

namespace {

// The names in a directory: a refusal must leave no temporary file behind.
std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// Root may write anything, so refusals for "not writable by you" are seen only as another user:
// the tests run the binary as nobody (setpriv) when they run as root. "" when that is impossible.
std::string as_nobody() {
    if (::geteuid() != 0) return "";
    const std::string as = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    if (std::system((as + "'" + CARTLINT_BINARY + "' --version >/dev/null 2>&1").c_str()) != 0) return "";
    return as;
}

int cartlint_fix_as(const std::string& as, const fs::path& file) {
    const std::string command = "timeout 20 " + as + "'" + CARTLINT_BINARY + "' --no-config --fix " + quoted(file) + " >/dev/null 2>&1";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

// The last look before the rename, through the test seam: another program writes the file after
// cartlint read it and wrote its temporary file. Appended bytes change the size; a same-size
// rewrite with its modification time set back (as tar or cp -p leave a file) changes only the
// status change time and the bytes.
TEST_CASE("fix files: a file changed just before the rename keeps the other writer's bytes", "[fix][files]") {
    Scratch s;
    const auto file = s.write("cart.json", broken);
    SECTION("bytes appended") {
        auto read = cli::read_input(file.string());
        REQUIRE(read.identity);
        cli::WriteChecks checks{read.bytes, [&] { std::ofstream(file, std::ios::binary | std::ios::app) << "\n"; }};
        auto error = cli::write_atomically(file.string(), repaired, read.identity, checks);
        REQUIRE(error);
        CHECK_THAT(*error, Catch::Contains("changed"));
        CHECK(test::read_file(file) == broken + "\n");
    }
    SECTION("rewritten in place, same size, modification time set back") {
        auto read = cli::read_input(file.string());
        REQUIRE(read.identity);
        std::string other = broken;
        other[other.find("\"P1M\"") + 2] = '3';  // P3M: the same size
        cli::WriteChecks checks{read.bytes, [&] {
                                    std::ofstream(file, std::ios::binary | std::ios::trunc) << other;
                                    const timespec times[2] = {{0, UTIME_OMIT}, read.identity->modified};
                                    ::utimensat(AT_FDCWD, file.c_str(), times, 0);
                                }};
        auto error = cli::write_atomically(file.string(), repaired, read.identity, checks);
        REQUIRE(error);
        CHECK_THAT(*error, Catch::Contains("changed"));
        CHECK(test::read_file(file) == other);
    }
    CHECK(names_in(s.dir) == std::vector<std::string>{"cart.json"});
}

TEST_CASE("fix files: as another user, a file in a writable directory that the user cannot write is refused", "[fix][files]") {
    const std::string as = as_nobody();
    if (as.empty()) {
        WARN("skipped: needs root to hand files to nobody, and nobody able to run " << CARTLINT_BINARY);
        return;
    }
    Scratch s;
    REQUIRE(::chmod(s.dir.c_str(), 0777) == 0);  // nobody may create and rename files here
    SECTION("root's 0644 file: renaming over it would replace a file nobody may write") {
        const auto file = s.write("cart.json", broken);
        REQUIRE(::chmod(file.c_str(), 0644) == 0);
        CHECK(cartlint_fix_as(as, file) == exit_code::usage);
        CHECK(test::read_file(file) == broken);
        struct stat st{};
        REQUIRE(::stat(file.c_str(), &st) == 0);
        CHECK(st.st_uid == 0u);
    }
    SECTION("nobody's own 0444 file") {
        const auto file = s.write("cart.json", broken);
        REQUIRE(::chown(file.c_str(), 65534, 65534) == 0);
        REQUIRE(::chmod(file.c_str(), 0444) == 0);
        CHECK(cartlint_fix_as(as, file) == exit_code::usage);
        CHECK(test::read_file(file) == broken);
    }
    SECTION("root's file that nobody's group may write: the new file could not keep its owner") {
        const auto file = s.write("cart.json", broken);
        REQUIRE(::chown(file.c_str(), 0, 65534) == 0);
        REQUIRE(::chmod(file.c_str(), 0664) == 0);
        CHECK(cartlint_fix_as(as, file) == exit_code::usage);
        CHECK(test::read_file(file) == broken);
        struct stat st{};
        REQUIRE(::stat(file.c_str(), &st) == 0);
        CHECK(st.st_uid == 0u);
        CHECK(st.st_gid == 65534u);
    }
    SECTION("nobody's own 0640 file is fixed and stays nobody's") {
        const auto file = s.write("cart.json", broken);
        REQUIRE(::chown(file.c_str(), 65534, 65534) == 0);
        REQUIRE(::chmod(file.c_str(), 0640) == 0);
        CHECK(cartlint_fix_as(as, file) == exit_code::ok);
        CHECK(test::read_file(file) == repaired);
        struct stat st{};
        REQUIRE(::stat(file.c_str(), &st) == 0);
        CHECK(st.st_uid == 65534u);
        CHECK(st.st_gid == 65534u);
        CHECK((st.st_mode & 07777) == 0640);
    }
    CHECK(names_in(s.dir) == std::vector<std::string>{"cart.json"});
}

TEST_CASE("fix files: extended attributes (ACLs, labels, user attributes) are kept", "[fix][files]") {
    Scratch s;
    const auto file = s.write("cart.json", broken);
    const std::string value = "kept";
    if (::setxattr(file.c_str(), "user.cartlint-test", value.data(), value.size(), 0) != 0) {
        WARN("skipped: this file system takes no user extended attributes");
        return;
    }
    CHECK(cartlint_fix("--fix " + quoted(file)) == exit_code::ok);
    CHECK(test::read_file(file) == repaired);
    char got[16] = {};
    const ssize_t n = ::getxattr(file.c_str(), "user.cartlint-test", got, sizeof got);
    CHECK(std::string(got, n > 0 ? static_cast<std::size_t>(n) : 0) == value);
}

// A name of 245 bytes is legal, but with ".cartlint-XXXXXX" after it the temporary file's is not.
TEST_CASE("fix files: a file whose name is near the length limit is fixed", "[fix][files]") {
    Scratch s;
    const auto file = s.write(std::string(245, 'c') + ".json", broken);
    CHECK(cartlint_fix("--fix " + quoted(file)) == exit_code::ok);
    CHECK(test::read_file(file) == repaired);
    CHECK(names_in(s.dir) == std::vector<std::string>{file.filename().string()});
}
