// Reading a baseline file and matching a run's findings against it (cartlint/baseline.hpp).

#include <cartlint/baseline.hpp>

#include "core/json_string.hpp"
#include "core/line_index.hpp"
#include "core/rapidjson_config.hpp"
#include "output/baseline_key.hpp"
#include "output/fingerprint.hpp"

#include <fmt/format.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>

namespace cartlint {

std::string baseline_path(std::string_view path) {
    std::string normal = std::filesystem::path(path).lexically_normal().generic_string();
    while (normal.size() > 2 && normal.compare(0, 2, "./") == 0) normal.erase(0, 2);
    return normal;
}

namespace {

const rapidjson::Value* member(const rapidjson::Value& object, const char* name) {
    auto it = object.FindMember(name);
    return it == object.MemberEnd() ? nullptr : &it->value;
}

std::string_view text_of(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

// Why an entry is not one, or nothing.
std::optional<std::string> entry_fault(const rapidjson::Value& entry) {
    if (!entry.IsObject()) return "an entry is an object";
    for (const auto& m : entry.GetObject()) {
        const std::string_view key = text_of(m.name);
        if (key != "file" && key != "rule" && key != "pointer" && key != "line" && key != "count" && key != "message")
            return fmt::format("no member \"{}\" in an entry (file, rule, pointer or line, count, message)", key);
    }
    for (const char* name : {"file", "rule"}) {
        const rapidjson::Value* v = member(entry, name);
        if (!v || !v->IsString() || v->GetStringLength() == 0) return fmt::format("\"{}\" is a non-empty string", name);
    }
    const rapidjson::Value* pointer = member(entry, "pointer");
    const rapidjson::Value* line = member(entry, "line");
    if ((pointer != nullptr) == (line != nullptr)) return "an entry has a \"pointer\" or a \"line\", one of them";
    if (!(pointer ? pointer : line)->IsString()) return fmt::format("\"{}\" is a string", pointer ? "pointer" : "line");
    if (const rapidjson::Value* count = member(entry, "count"); count && (!count->IsUint64() || count->GetUint64() == 0))
        return "\"count\" is a whole number of at least 1";
    if (const rapidjson::Value* message = member(entry, "message"); message && !message->IsString()) return "\"message\" is a string";
    return std::nullopt;
}

}  // namespace

std::optional<Baseline> Baseline::parse(std::string_view text, std::string_view name, std::string& error) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
    if (doc.HasParseError()) {
        const auto at = detail::LineIndex(text).position(doc.GetErrorOffset());
        error = fmt::format("{}:{}:{}: not JSON: {}", name, at.line, at.column, rapidjson::GetParseError_En(doc.GetParseError()));
        return std::nullopt;
    }
    auto fault = [&](std::string what) {
        error = fmt::format("{}: {}", name, what);
        return std::nullopt;
    };
    if (!doc.IsObject()) return fault("a baseline is a JSON object with \"version\": 1 and \"findings\" (cartlint --write-baseline writes one)");
    const rapidjson::Value& root = doc;  // const: RapidJSON's mutable iterators compare ambiguously under C++20
    for (const auto& m : root.GetObject())
        if (const std::string_view key = text_of(m.name); key != "version" && key != "tool" && key != "findings" && key != "$schema")
            return fault(fmt::format("no member \"{}\" in a baseline (version, tool, findings)", key));
    const rapidjson::Value* version = member(doc, "version");
    if (!version || !version->IsUint64() || version->GetUint64() != 1)
        return fault("\"version\" is 1, the only baseline version there is");
    const rapidjson::Value* findings = member(doc, "findings");
    if (!findings || !findings->IsArray()) return fault("\"findings\" is an array");

    Baseline baseline;
    for (rapidjson::SizeType i = 0; i < findings->Size(); ++i) {
        const rapidjson::Value& entry = (*findings)[i];
        if (auto why = entry_fault(entry)) return fault(fmt::format("findings[{}]: {}", i, *why));
        const rapidjson::Value* pointer = member(entry, "pointer");
        const rapidjson::Value* count = member(entry, "count");
        const std::uint64_t n = count ? count->GetUint64() : 1;
        const std::string key = detail::baseline_key(text_of(*member(entry, "rule")), baseline_path(text_of(*member(entry, "file"))),
                                                     text_of(pointer ? *pointer : *member(entry, "line")));
        std::uint64_t& held = baseline.remaining_[key];
        // The same finding listed twice holds both counts; a count past 2^64 holds them all.
        held = n > UINT64_MAX - held ? UINT64_MAX : held + n;
        baseline.held_ = n > UINT64_MAX - baseline.held_ ? UINT64_MAX : baseline.held_ + n;
    }
    baseline.unmatched_ = baseline.held_;
    return baseline;
}

std::size_t Baseline::absorb(std::string_view path, FileResult& part) {
    if (remaining_.empty() || part.result.diagnostics.empty()) return 0;
    const std::string file = baseline_path(path);
    std::optional<detail::LineIndex> lines;
    std::vector<Diagnostic>& all = part.result.diagnostics;
    std::vector<bool> taken(all.size(), false);
    std::size_t took = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        auto it = remaining_.find(detail::baseline_key(all[i].rule, file, detail::finding_anchor(part, all[i], lines)));
        if (it == remaining_.end() || it->second == 0) continue;
        --it->second;
        --unmatched_;
        taken[i] = true;
        ++took;
    }
    if (took == 0) return 0;
    // A stream's documents each own a run of the findings, in order: shorten each run by what it lost.
    std::size_t read = 0, kept = 0;
    auto keep_run = [&](std::size_t end) {
        std::size_t mine = 0;
        for (; read < end; ++read)
            if (!taken[read]) {
                if (kept != read) all[kept] = std::move(all[read]);
                ++kept, ++mine;
            }
        return mine;
    };
    for (StreamDocument& doc : part.documents) doc.findings = keep_run(std::min(all.size(), read + doc.findings));
    keep_run(all.size());
    all.resize(kept);
    return took;
}

}  // namespace cartlint
