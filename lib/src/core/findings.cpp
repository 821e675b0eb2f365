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
        if (by.verdict == SchemaVerdict::replaces) ruled_.insert(d.pointer);
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
    replaceable_.push_back(replaceable);
    return list_.back();
}

Diagnostic& Findings::at_value(std::uint32_t node, const Reporter& by, std::string message) {
    return add(node, by, std::move(message), false);
}

Diagnostic& Findings::at_key(std::uint32_t node, const Reporter& by, std::string message) {
    return add(node, by, std::move(message), true);
}

std::vector<Diagnostic> Findings::take(LeftOut& left_out) {
    for (auto& [rule, r] : per_rule_)
        if (r.left_out) left_out[rule] += r.left_out;
    std::vector<Diagnostic> out;
    out.reserve(list_.size());
    auto keep = [&](std::size_t i) {
        Diagnostic& d = list_[i];
        if (!ruled_.empty() && replaceable_[i] && ruled_.count(d.pointer)) return;
        out.push_back(std::move(d));
    };
    if (reordered_) {
        std::vector<std::size_t> order(list_.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return serials_[a] < serials_[b]; });
        for (std::size_t i : order) keep(i);
    } else {
        for (std::size_t i = 0; i < list_.size(); ++i) keep(i);
    }
    clear();
    return out;
}

void Findings::clear() {
    list_.clear();
    serials_.clear();
    replaceable_.clear();
    next_serial_ = 0;
    reordered_ = false;
    per_rule_.clear();
    ruled_.clear();
}

}  // namespace cartlint::detail
