#include "baseline_files.hpp"

#include "input.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace cartlint::cli {

namespace {
// A baseline this large holds about a million findings; past it, the file is not a baseline.
constexpr std::size_t max_baseline_bytes = std::size_t{256} << 20;
}  // namespace

std::optional<Baseline> read_baseline(const std::string& path, std::string& error) {
    ReadResult read = read_input(path, max_baseline_bytes);
    if (read.error) {
        error = fmt::format("cannot read the baseline {}: {}", path, *read.error);
        return std::nullopt;
    }
    if (read.truncated) {
        error = fmt::format("the baseline {} is larger than {} MiB", path, max_baseline_bytes >> 20);
        return std::nullopt;
    }
    return Baseline::parse(read.bytes, path, error);
}

BaselineOutput::BaselineOutput(std::string path, std::string& error) : path_(std::move(path)) {
    temporary_ = fmt::format("{}.cartlint-{}.tmp", path_, static_cast<long>(::getpid()));
    file_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!file_) {
        error = fmt::format("cannot write the baseline {}: {}", path_, std::strerror(errno));
        return;
    }
    writer_.emplace(file_);
}

BaselineOutput::~BaselineOutput() {
    if (committed_ || temporary_.empty()) return;
    file_.close();
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
}

std::optional<std::string> BaselineOutput::commit() {
    writer_->finish();
    file_.flush();
    file_.close();
    if (!file_) return fmt::format("cannot write the baseline {}", path_);
    std::error_code ec;
    std::filesystem::rename(temporary_, path_, ec);
    if (ec) return fmt::format("cannot write the baseline {}: {}", path_, ec.message());
    committed_ = true;
    return std::nullopt;
}

}  // namespace cartlint::cli
