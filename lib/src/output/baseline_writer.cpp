// Writing a baseline file as a run goes (cartlint/baseline.hpp): one entry a line, so a
// reviewer reads its diff like any other.

#include <cartlint/baseline.hpp>

#include "core/json_string.hpp"
#include "core/line_index.hpp"
#include "output/baseline_key.hpp"
#include "output/fingerprint.hpp"

#include <unordered_map>

namespace cartlint {

struct BaselineWriter::Impl {
    struct Entry {
        std::string rule, anchor, message;
        bool is_pointer = false;
        std::uint64_t count = 0;
    };

    explicit Impl(std::ostream& o) : out(o) {}

    std::ostream& out;
    std::string file;                                // baseline_path of the file in hand
    std::vector<Entry> entries;                      // the file's, in the order first seen
    std::unordered_map<std::string, std::size_t> at;  // baseline_key -> entries index
    std::uint64_t findings = 0;
    bool first = true;
};

BaselineWriter::BaselineWriter(std::ostream& out) : impl_(std::make_unique<Impl>(out)) {}
BaselineWriter::~BaselineWriter() = default;

void BaselineWriter::begin_file(std::string_view path) {
    impl_->file = baseline_path(path);
    impl_->entries.clear();
    impl_->at.clear();
}

void BaselineWriter::piece(const FileResult& part) {
    Impl& s = *impl_;
    std::optional<detail::LineIndex> lines;
    for (const Diagnostic& d : part.result.diagnostics) {
        std::string anchor = detail::finding_anchor(part, d, lines);
        auto [it, fresh] = s.at.try_emplace(detail::baseline_key(d.rule, s.file, anchor), s.entries.size());
        if (fresh) s.entries.push_back({d.rule, std::move(anchor), d.message, !d.pointer.empty(), 0});
        ++s.entries[it->second].count;
        ++s.findings;
    }
}

void BaselineWriter::end_file() {
    Impl& s = *impl_;
    for (const Impl::Entry& e : s.entries) {
        s.out << (s.first ? "{\"version\":1,\"tool\":\"cartlint\",\"findings\":[\n" : ",\n") << "{\"file\":";
        s.first = false;
        detail::write_json_string(s.out, s.file);
        s.out << ",\"rule\":";
        detail::write_json_string(s.out, e.rule);
        s.out << (e.is_pointer ? ",\"pointer\":" : ",\"line\":");
        detail::write_json_string(s.out, e.anchor);
        s.out << ",\"count\":" << e.count << ",\"message\":";
        detail::write_json_string(s.out, e.message);
        s.out << '}';
    }
    s.entries.clear();
    s.at.clear();
}

void BaselineWriter::finish() {
    impl_->out << (impl_->first ? "{\"version\":1,\"tool\":\"cartlint\",\"findings\":[\n]}\n" : "\n]}\n");
    impl_->first = true;
}

std::uint64_t BaselineWriter::findings() const noexcept { return impl_->findings; }

}  // namespace cartlint
