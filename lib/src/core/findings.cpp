#include "core/findings.hpp"

#include <algorithm>
#include <numeric>

namespace cartlint::detail {

bool setting_names_rule(const RuleSetting& s, std::string_view rule) noexcept {
    const std::string_view r = s.rule;
    if (r == rule || r == "*") return true;
    // "quirk/*": the category, slash included.
    return r.size() >= 2 && r.ends_with("/*") && rule.starts_with(r.substr(0, r.size() - 1));
}

bool setting_covers_pointer(const RuleSetting& s, std::string_view pointer) noexcept {
    if (s.pointer.empty()) return true;
    return pointer.starts_with(s.pointer) && (pointer.size() == s.pointer.size() || pointer[s.pointer.size()] == '/');
}

bool rule_off_everywhere(const std::vector<RuleSetting>& settings, std::string_view rule) noexcept {
    bool off = false;
    for (const auto& s : settings) {
        if (!setting_names_rule(s, rule)) continue;
        if (s.pointer.empty())
            off = !s.severity;
        else if (s.severity)
            off = false;  // back on below that pointer
    }
    return off;
}

bool Findings::turned_off(std::string_view rule, std::string_view pointer) const {
    if (!admission_.settings) return false;
    const RuleSetting* last = nullptr;
    for (const auto& s : *admission_.settings)
        if (setting_names_rule(s, rule) && setting_covers_pointer(s, pointer)) last = &s;
    return last && !last->severity;
}

bool Findings::wants_rule(const Reporter& by) const {
    if (!bounded_ || by.verdict == SchemaVerdict::replaces) return true;
    if (by.rule == admission_.dropped_rule) return false;
    return !(admission_.settings && rule_off_everywhere(*admission_.settings, by.rule));
}

bool Findings::wants(std::uint32_t node, const Reporter& by, bool at_key) const {
    if (!wants_rule(by)) return false;
    if (!bounded_ || by.verdict != SchemaVerdict::unrelated) return true;
    const auto it = per_rule_.find(by.rule);
    if (it == per_rule_.end() || it->second.heap.size() <= findings_per_rule || node >= doc_.map.size()) return true;
    const std::size_t offset = at_key && doc_.map.has_key(node) ? doc_.map[node].key_begin : doc_.map[node].begin;
    // One at the same place as the last kept one arose later: it would come after it too.
    return offset < it->second.heap.front().offset;
}

Diagnostic& Findings::add(std::uint32_t node, const Reporter& by, std::string message, bool at_key) {
    Diagnostic d;
    d.pointer = doc_.pointer(node);
    if (bounded_) {
        // Seen even when not kept: a rule turned off still replaces the schema's verdict.
        if (by.verdict == SchemaVerdict::replaces) ruled_.push_back(node);
        if (by.rule == admission_.dropped_rule || turned_off(by.rule, d.pointer)) return scratch_ = Diagnostic{};
    }
    d.rule = std::string(by.rule);
    d.severity = by.severity;
    d.message = std::move(message);
    if (node < doc_.map.size()) {
        const SourceNode& n = doc_.map[node];
        const bool key = at_key && doc_.map.has_key(node);
        d.begin.offset = key ? n.key_begin : n.begin;
        d.end.offset = key ? n.key_end : n.end;
    }
    if (bounded_ && admission_.drop && admission_.drop(d)) return scratch_ = Diagnostic{};
    const std::size_t serial = next_serial_++;
    const bool replaceable = by.verdict == SchemaVerdict::replaceable;
    if (bounded_ && !replaceable) {
        // The first findings_per_rule + 1 by position: the last of them becomes the "and N more".
        auto it = per_rule_.find(d.rule);
        if (it == per_rule_.end()) it = per_rule_.emplace(d.rule, PerRule{}).first;
        PerRule& r = it->second;
        const Kept k{d.begin.offset, serial, list_.size()};
        if (r.heap.size() > findings_per_rule) {
            ++r.left_out;
            if (!(k < r.heap.front())) return scratch_ = Diagnostic{};
            // Earlier than the last kept one (rules do not all report in document order): it takes its place.
            std::pop_heap(r.heap.begin(), r.heap.end());
            const std::size_t index = r.heap.back().index;
            r.heap.back() = {k.offset, serial, index};
            std::push_heap(r.heap.begin(), r.heap.end());
            list_[index] = std::move(d);
            serials_[index] = serial;  // replaceable_[index] stays false: same rule
            reordered_ = true;
            return list_[index];
        }
        r.heap.push_back(k);
        std::push_heap(r.heap.begin(), r.heap.end());
    }
    list_.push_back(std::move(d));
    serials_.push_back(serial);
    replaceable_.push_back(replaceable ? replaceable_kept : 0);
    return list_.back();
}

void Findings::at_value_later(const Reporter& by, LaterMessage message) {
    const std::uint32_t node = message.node.id;
    if (!bounded_) {
        add(node, by, message.write(message), false);
        return;
    }
    if (by.rule == admission_.dropped_rule) return;
    // Its slot now, so it keeps its place among findings at the same offset; not bounded per
    // rule (a replaceable finding never is: see add()).
    Diagnostic& d = list_.emplace_back();
    d.rule = std::string(by.rule);
    d.severity = by.severity;
    if (node < doc_.map.size()) {
        d.begin.offset = doc_.map[node].begin;
        d.end.offset = doc_.map[node].end;
    }
    serials_.push_back(next_serial_++);
    replaceable_.push_back(replaceable_kept);
    later_.push_back({list_.size() - 1, std::move(message)});
}

Diagnostic& Findings::at_value(std::uint32_t node, const Reporter& by, std::string message) {
    return add(node, by, std::move(message), false);
}

Diagnostic& Findings::at_key(std::uint32_t node, const Reporter& by, std::string message) {
    return add(node, by, std::move(message), true);
}

// Whether a finding that replaces schema value findings is at `node` (sorted once, at take()).
bool Findings::ruled_node(std::uint32_t node) {
    if (ruled_.empty()) return false;
    if (!ruled_sorted_) {
        std::sort(ruled_.begin(), ruled_.end());
        ruled_sorted_ = true;
    }
    return std::binary_search(ruled_.begin(), ruled_.end(), node);
}

// Whether one is at `pointer`: the same node, or another with the same pointer (a name given twice).
bool Findings::ruled_pointer(const std::string& pointer) {
    if (ruled_.empty()) return false;
    if (ruled_pointers_.empty()) {
        for (std::uint32_t n : ruled_) ruled_pointers_.push_back(doc_.pointer(n));
        std::sort(ruled_pointers_.begin(), ruled_pointers_.end());
    }
    return std::binary_search(ruled_pointers_.begin(), ruled_pointers_.end(), pointer);
}

void Findings::write_later_findings() {
    for (Later& later : later_) {
        Diagnostic& d = list_[later.index];
        const std::uint32_t node = later.message.node.id;
        // Replaced at its own node (nearly always): neither pointer nor message is ever built.
        bool gone = ruled_node(node);
        if (!gone) {
            d.pointer = doc_.pointer(node);
            gone = ruled_pointer(d.pointer) || turned_off(d.rule, d.pointer);
        }
        if (!gone) {
            d.message = later.message.write(later.message);
            gone = admission_.drop && admission_.drop(d);
        }
        if (gone) replaceable_[later.index] = replaceable_gone;
    }
    later_.clear();
}

std::vector<Diagnostic> Findings::take(LeftOut& left_out) {
    for (auto& [rule, r] : per_rule_)
        if (r.left_out) left_out[rule] += r.left_out;
    if (!later_.empty()) write_later_findings();
    auto gone = [&](std::size_t i) { return replaceable_[i] == replaceable_gone || (replaceable_[i] && ruled_pointer(list_[i].pointer)); };
    std::vector<Diagnostic> out;
    if (!reordered_) {
        // In the order they arose already: the list itself, closed up over the replaced ones.
        std::size_t kept = 0;
        for (std::size_t i = 0; i < list_.size(); ++i)
            if (!gone(i)) {
                if (kept != i) list_[kept] = std::move(list_[i]);
                ++kept;
            }
        list_.resize(kept);
        out = std::move(list_);
        clear();
        return out;
    }
    // A kept finding was replaced by an earlier one: back to the order they arose in.
    std::vector<std::size_t> order(list_.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return serials_[a] < serials_[b]; });
    out.reserve(list_.size());
    for (std::size_t i : order)
        if (!gone(i)) out.push_back(std::move(list_[i]));
    clear();
    return out;
}

void Findings::clear() {
    list_.clear();
    serials_.clear();
    replaceable_.clear();
    later_.clear();
    next_serial_ = 0;
    reordered_ = false;
    per_rule_.clear();
    ruled_.clear();
    ruled_pointers_.clear();
    ruled_sorted_ = false;
}

}  // namespace cartlint::detail
