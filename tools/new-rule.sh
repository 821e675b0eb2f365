#!/usr/bin/env bash
# Scaffolds a rule, as clang-tidy's add_new_check.py does: the rule's file with its RuleDoc, its
# registry entry (declaration and place in the list, beside its category), and its fire/no-fire
# corpus pair.
#
#   tools/new-rule.sh CATEGORY NAME [--document]   create them (a ValueRule; --document: a DocumentRule)
#   tools/new-rule.sh --goldens CATEGORY NAME      after writing the check and its examples: build,
#                                                  write the pair's goldens and the README's rule tables
#
# What is left to you is the rule itself: its RuleDoc's words and examples, its check, and the two
# corpus files. Until the examples fire the rule, tests/unit/rules_test.cpp fails on purpose.
# Set CARTLINT_SOURCE_DIR to scaffold into another tree (the scaffold's own test does).
set -euo pipefail
root="${CARTLINT_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
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

if [ "$goldens" -eq 1 ]; then
  [ -f "$rule_file" ] || die "no rule $id (create it first: tools/new-rule.sh $category $name)"
  cd "$root"
  cmake --build build -j "$(nproc)" >/dev/null
  inputs="rules/$id.json;rules/$id-good.json"
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

if [ "$document" -eq 1 ]; then
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
// $id: TODO one line: what is wrong in the payload.

#include "rules/rule.hpp"

#include <fmt/format.h>

namespace cartlint::detail::rules {
namespace {

constexpr RuleDoc doc{
    "$id", Severity::warning, "TODO the one-line summary",
    "TODO why: cite the doc page or SDK fact this rests on (\"Update a cart\", the .NET SDK's model), and what a "
    "payload must do instead.",
    R"($example)",
    R"($example)",
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
[ "$kind" = DocumentRule ] && sed -i '/^constexpr std::string_view titles/,+1d' "$rule_file"

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
printf '%s\n' "$example" > "$corpus_dir/$name.json"
printf '%s\n' "$example" > "$corpus_dir/$name-good.json"

cat <<EOF
created:
  lib/src/rules/$id.cpp          the rule: its RuleDoc, what it subscribes to, its check
  lib/src/rules/registry.cpp     $factory() declared and listed with the $category rules
  corpus/rules/$id.json          a payload the rule must fire on
  corpus/rules/$id-good.json     the same payload, corrected
next:
  1. write the RuleDoc (summary, explanation, examples, what the service does) and the check;
     edit the two corpus files (context options for them go in a .args file beside them)
  2. tools/new-rule.sh --goldens $category $name   (builds, writes the goldens and the README tables)
  3. cd build && ctest -R "$category|rules|registry|README"
EOF
