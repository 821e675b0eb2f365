#!/usr/bin/env bash
# Scaffolds a rule, as clang-tidy's add_new_check.py does: the rule's file with its RuleDoc, its
# registry entry (declaration and place in the list, beside its category), and its fire/no-fire
# corpus pair.
#
#   tools/new-rule.sh CATEGORY NAME [--document]   create them (a ValueRule; --document: a DocumentRule;
#                                                  http/: a MessageRule, doc/: a TableRule)
#   tools/new-rule.sh --goldens CATEGORY NAME      after writing the check and its examples: build,
#                                                  write the pair's goldens and the README's rule tables
#
# What is left to you is the rule itself: its RuleDoc's words and examples, its check, and the two
# corpus files. Until the examples fire the rule, tests/unit/rules_test.cpp fails on purpose (and,
# for http/ and doc/, the unit case it adds to tests/unit/container_test.cpp).
# Set CARTLINT_SOURCE_DIR to scaffold into another tree (the scaffold's own test does).
set -euo pipefail
root="${CARTLINT_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
die() { echo "new-rule.sh: $*" >&2; exit 2; }

goldens=0 document=0 args=()
for a in "$@"; do
  case "$a" in
    --goldens) goldens=1 ;;
    --document) document=1 ;;
    -h|--help) usage ;;
    -*) die "unknown option '$a'" ;;
    *) args+=("$a") ;;
  esac
done
[ "${#args[@]}" -eq 2 ] || usage
category="${args[0]}" name="${args[1]}"
kebab='^[a-z0-9]+(-[a-z0-9]+)*$'
[[ "$category" =~ $kebab ]] || die "CATEGORY '$category' is not kebab-case"
[[ "$name" =~ $kebab ]] || die "NAME '$name' is not kebab-case"
id="$category/$name"
rule_file="$root/lib/src/rules/$id.cpp"
corpus_dir="$root/corpus/rules/$category"

# What the category's rules read: an HTTP message (.http), a doc page (.md) or a payload (.json).
case "$category" in
  http) ext=http ;;
  doc) ext=md ;;
  *) ext=json ;;
esac
[ "$document" -eq 0 ] || [ "$ext" = json ] || die "--document is for payload rules; $category/ rules are $([ "$ext" = http ] && echo MessageRules || echo TableRules)"

if [ "$goldens" -eq 1 ]; then
  [ -f "$rule_file" ] || die "no rule $id (create it first: tools/new-rule.sh $category $name)"
  cd "$root"
  cmake --build build -j "$(nproc)" >/dev/null
  inputs="rules/$id.$ext;rules/$id-good.$ext"
  cmake -DCARTLINT="$root/build/bin/cartlint" -DCORPUS="$root/corpus" "-DINPUTS=$inputs" -DUPDATE=ON \
        -P "$root/tests/golden/run_golden.cmake"
  tools/update-readme-rules.sh
  echo "wrote corpus/rules/$id.expected and $id-good.expected, and the README's rule tables: review them"
  exit 0
fi

[ -d "$root/lib/src/rules/$category" ] || die "no category '$category' (one of: $(cd "$root/lib/src/rules" && ls -d */ | tr -d / | grep -v support | tr '\n' ' ')); a new category also needs its name in tests/unit/registry_test.cpp's id pattern"
[ ! -e "$rule_file" ] || die "$id exists already: $rule_file"

# The factory's name and the class's: billing/term-mismatch -> billing_term_mismatch, TermMismatch.
factory="$(echo "${category}_${name}" | tr '-' '_')"
class="$(echo "$name" | sed -E 's/(^|-)([a-z0-9])/\U\2/g')"

example='{"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]}'
# The corpus pair's text, and the RuleDoc's examples as C++ string literals.
corpus_text="$example"
doc_example="R\"($example)\""
includes='#include "rules/rule.hpp"'
what="the payload"
if [ "$ext" = http ]; then
  request_line='PUT /v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/carts/65faf57b-0205-47ee-92b3-08dcf233ea73 HTTP/1.1'
  corpus_text="$request_line
Authorization: Bearer <token>
Content-Type: application/json

$example"
  # The docs' request in its shared pieces (rules/http/example_message.hpp), as the other http/ rules write it.
  doc_example="CARTLINT_EXAMPLE_UPDATE_A_CART"
  includes='#include "rules/container_rule.hpp"
#include "rules/http/example_message.hpp"'
  what="the HTTP message"
elif [ "$ext" = md ]; then
  corpus_text='# Update a cart

| Property | Type | Required | Description |
|---|---|---|---|
| catalogItemId | string | Yes | The catalog item identifier. |
| quantity | int | Yes | The number of licenses. |
| friendlyName | string | No | The friendly name. |'
  doc_example='"# Update a cart\n\n| Property | Type | Required | Description |\n|---|---|---|---|\n"
    "| catalogItemId | string | Yes | The catalog item identifier. |\n| quantity | int | Yes | The number of licenses. |\n"
    "| friendlyName | string | No | The friendly name. |\n"'
  includes='#include "rules/container_rule.hpp"
#include "rules/support/property_table.hpp"'
  what="the doc page's property table"
fi

if [ "$ext" = http ]; then
  kind=MessageRule
  body="    ${class}() : MessageRule(rules::doc) {}
    void check(const MessageContext& c, ContainerFindings& out) const override {
        // TODO: the check. c.message holds the start line, the headers (find_header(c.message, c.text,
        // \"Content-Type\")) and the body's span in c.text; c.endpoint what its method and path are.
        // Leave {{variables}} alone (touches_variable) and never quote a header that may be a secret.
        // Report a span of the text: report(out, span, message).
        (void)c, (void)out;
    }"
elif [ "$ext" = md ]; then
  kind=TableRule
  body="    ${class}() : TableRule(rules::doc) {}
    void check(const TableContext& c, ContainerFindings& out) const override {
        if (!c.object) return;  // not a property table
        // TODO: the check, row by row (c.table.rows, their cells by position; c.required_column;
        // rules/support/property_table.hpp), against c.object's schema properties and the page's own
        // samples (c.sample_names). Report a cell: report(out, row.cells[0].span, message).
        (void)out;
    }"
elif [ "$document" -eq 1 ]; then
  kind=DocumentRule
  body="    ${class}() : DocumentRule(rules::doc, RunsOn::every_document) {}
    void prepare(JsonDocument& document, const SchemaNode& root, Findings& findings) const override {
        // TODO: find what the rule is about in \`document\` (from \`root\`, its schema) and report it:
        // findings.at_key(node.id, reporter(), message). Say RunsOn::irregular_names above if it
        // only ever acts on names the schema does not spell that way (the engine then skips it on
        // the documents that have none).
        (void)document, (void)root, (void)findings;
    }"
else
  kind=ValueRule
  body="    ${class}() : ValueRule(rules::doc, {.titles = rules::titles, .schema_verdict = SchemaVerdict::replaces}) {}
    void check(RuleContext& ctx, Node item, const SchemaNode&) const override {
        // TODO: the check. Read members with member(ctx, item, \"name\") and report with
        // ctx.report(*this, node, message) (a fix: .fix = suggest_value(...) or rename_key(...)).
        (void)ctx, (void)item;
    }"
fi

cat > "$rule_file" <<EOF
// $id: TODO one line: what is wrong in $what.

$includes

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "$id", Severity::warning, "TODO the one-line summary",
    "TODO why: cite the doc page or SDK fact this rests on (\"Update a cart\", the .NET SDK's model), and what a "
    "payload must do instead.",
    $doc_example,
    $doc_example,
    ServiceResponse::unverified,
    "Unverified: TODO what the service does with such a payload (rejects it, misreads it, accepts it) and the evidence; the severity follows from it."};

constexpr std::string_view titles[] = {"CartLineItem"};  // the schema titles of the values checked

class $class final : public $kind {
public:
$body
};

}  // namespace

CARTLINT_RULE($factory, $class)

}  // namespace cartlint::detail::rules
EOF
[ "$kind" = ValueRule ] || sed -i '/^constexpr std::string_view titles/,+1d' "$rule_file"

# The registry: the declaration and the entry go after the last of the category's rules, or
# last when the category has none listed yet.
python3 - "$root/lib/src/rules/registry.cpp" "$category" "$factory" "$kind" <<'PY'
import re, sys
path, category, factory, kind = sys.argv[1:]
text = open(path, encoding="utf-8").read()
def insert_after_last(pattern, line, fallback):
    global text
    hits = list(re.finditer(pattern, text, re.M))
    if hits:
        at = hits[-1].end()
        text = text[:at] + "\n" + line + text[at:]
    else:
        at = [m.end() for m in re.finditer(fallback, text, re.M)][-1]
        text = text[:at] + "\n" + line + text[at:]
insert_after_last(rf"^const \w+& {category}_\w+\(\);", f"const {kind}& {factory}();", r"^const \w+& \w+\(\);")
insert_after_last(rf"^        \{{{category}_\w+\(\)\}},", f"        {{{factory}()}},", r"^        \{\w+\(\)\},")
open(path, "w", encoding="utf-8").write(text)
PY

mkdir -p "$corpus_dir"
printf '%s\n' "$corpus_text" > "$corpus_dir/$name.$ext"
printf '%s\n' "$corpus_text" > "$corpus_dir/$name-good.$ext"

# A message's or a page's rule: its unit case beside the other container rules', failing until written.
unit_line=""
if [ "$ext" != json ]; then
  container_kind=$([ "$ext" = http ] && echo http || echo markdown)
  cat >> "$root/tests/unit/container_test.cpp" <<EOF

TEST_CASE("container: $id", "[container][$category]") {
    // TODO: the rule's edges, each a text it fires on (at its line) and one it leaves alone.
    const LintResult fires = lint("TODO a text the rule fires on", DocumentKind::$container_kind);
    CHECK(lines_of(fires, "$id") == std::vector<std::uint64_t>{1});
    const LintResult clean = lint("TODO the same text, corrected", DocumentKind::$container_kind);
    CHECK(count(clean, "$id") == 0);
}
EOF
  unit_line="
  tests/unit/container_test.cpp  its unit case (failing until you write it)"
fi

cat <<EOF
created:
  lib/src/rules/$id.cpp          the rule: its RuleDoc, what it subscribes to, its check
  lib/src/rules/registry.cpp     $factory() declared and listed with the $category rules
  corpus/rules/$id.$ext          $what the rule must fire on
  corpus/rules/$id-good.$ext     the same, corrected$unit_line
next:
  1. write the RuleDoc (summary, explanation, examples, what the service does) and the check;
     edit the two corpus files (context options for them go in a .args file beside them)
  2. tools/new-rule.sh --goldens $category $name   (builds, writes the goldens and the README tables)
  3. cd build && ctest -R "$category|rules|registry|README$([ "$ext" = json ] || echo "|container")"
EOF
