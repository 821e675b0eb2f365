#!/usr/bin/env python3
"""tools/new-rule.sh in a copy of the tree: it writes the rule file, the registry entry beside its
category and the corpus pair, the results compile, and it refuses what it must refuse. For a
payload's rule (a ValueRule, a DocumentRule) and for the rules of what holds one: an http/ rule
(a MessageRule, its corpus pair as .http) and a doc/ rule (a TableRule, its pair as .md), each
with its unit case in tests/unit/container_test.cpp.

usage: new_rule_test.py SOURCE_DIR CXX INCLUDE_DIR...
"""
import os
import shutil
import subprocess
import sys
import tempfile


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def main():
    source, cxx, includes = sys.argv[1], sys.argv[2], sys.argv[3:]
    with tempfile.TemporaryDirectory() as tmp:
        tree = os.path.join(tmp, "tree")
        for part in ("lib", "corpus", "tools", "tests"):
            shutil.copytree(os.path.join(source, part), os.path.join(tree, part),
                            ignore=shutil.ignore_patterns("fuzz"))
        script = os.path.join(tree, "tools", "new-rule.sh")
        env = dict(os.environ, CARTLINT_SOURCE_DIR=tree)

        def run(*args):
            return subprocess.run([script, *args], env=env, capture_output=True, text=True)

        made = run("billing", "cycle-too-long")
        if made.returncode != 0:
            fail(f"the scaffold failed: {made.stderr}")
        made_doc = run("quirk", "table-spacing", "--document")
        if made_doc.returncode != 0:
            fail(f"the document-rule scaffold failed: {made_doc.stderr}")
        for category, name in (("http", "header-shout"), ("doc", "row-order")):
            made_container = run(category, name)
            if made_container.returncode != 0:
                fail(f"the {category}/ scaffold failed: {made_container.stderr}")
            if f"corpus/rules/{category}/{name}.{'http' if category == 'http' else 'md'}" not in made_container.stdout:
                fail(f"the {category}/ scaffold does not name its corpus files:\n{made_container.stdout}")

        rule = os.path.join(tree, "lib/src/rules/billing/cycle-too-long.cpp")
        text = open(rule, encoding="utf-8").read()
        for want in ('"billing/cycle-too-long"', "class CycleTooLong final : public ValueRule",
                     "CARTLINT_RULE(billing_cycle_too_long, CycleTooLong)"):
            if want not in text:
                fail(f"{rule} lacks {want!r}")
        for corpus in ("billing/cycle-too-long.json", "billing/cycle-too-long-good.json"):
            if not os.path.isfile(os.path.join(tree, "corpus/rules", corpus)):
                fail(f"no corpus/rules/{corpus}")

        # A message's rule and a page's: their kind of rule, what they read, their corpus pair with the
        # extension goldens are written for, and a unit case that fails until it is written.
        container_cases = (("http/header-shout", "HeaderShout", "MessageRule", "MessageContext", "http", "DocumentKind::http"),
                           ("doc/row-order", "RowOrder", "TableRule", "TableContext", "md", "DocumentKind::markdown"))
        unit_tests = open(os.path.join(tree, "tests/unit/container_test.cpp"), encoding="utf-8").read()
        for id_, class_, base, context, ext, kind in container_cases:
            text = open(os.path.join(tree, f"lib/src/rules/{id_}.cpp"), encoding="utf-8").read()
            for want in (f'"{id_}"', f"class {class_} final : public {base}", f"const {context}& c",
                         '#include "rules/container_rule.hpp"', f"CARTLINT_RULE({id_.replace('/', '_').replace('-', '_')}, {class_})"):
                if want not in text:
                    fail(f"{id_}.cpp lacks {want!r}")
            if "titles" in text:
                fail(f"{id_}.cpp declares schema titles: a {base} reads text, not values")
            for corpus in (f"{id_}.{ext}", f"{id_}-good.{ext}"):
                path = os.path.join(tree, "corpus/rules", corpus)
                if not os.path.isfile(path):
                    fail(f"no corpus/rules/{corpus}")
                first = open(path, encoding="utf-8").readline()
                if not first.startswith("PUT /v1/customers/" if ext == "http" else "# "):
                    fail(f"corpus/rules/{corpus} is not a {ext} file: {first!r}")
            case = f'TEST_CASE("container: {id_}", "[container][{id_.split("/")[0]}]")'
            if unit_tests.count(case) != 1:
                fail(f"tests/unit/container_test.cpp lacks its case {case}")
            body = unit_tests[unit_tests.index(case):]
            if kind not in body.split("TEST_CASE", 2)[1] or f'"{id_}"' not in body:
                fail(f"the unit case of {id_} does not lint as {kind} or name the rule")
        # Refused: --document where the category's rules are not payload rules.
        refused = run("http", "other-thing", "--document")
        if refused.returncode != 2 or "MessageRule" not in refused.stderr:
            fail(f"new-rule.sh http other-thing --document: expected exit 2 naming MessageRule, got {refused.returncode}: {refused.stderr}")

        registry = open(os.path.join(tree, "lib/src/rules/registry.cpp"), encoding="utf-8").read()
        lines = registry.splitlines()
        for declared, after in (("const ValueRule& billing_cycle_too_long();", "billing_"),
                                ("        {billing_cycle_too_long()},", "billing_"),
                                ("const DocumentRule& quirk_table_spacing();", "quirk_"),
                                ("        {quirk_table_spacing()},", "quirk_"),
                                ("const MessageRule& http_header_shout();", "http_"),
                                ("        {http_header_shout()},", "http_"),
                                ("const TableRule& doc_row_order();", "doc_"),
                                ("        {doc_row_order()},", "doc_")):
            if declared not in lines:
                fail(f"registry.cpp lacks {declared!r}")
            at = lines.index(declared)
            # Beside its category: the line before it names the same category.
            if after not in lines[at - 1]:
                fail(f"{declared!r} is not listed with its category (after {lines[at - 1]!r})")

        # What it wrote compiles (syntax and types; linking is the full build's).
        flags = ["-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Werror"] + [f"-I{d}" for d in includes] + \
                [f"-I{os.path.join(tree, 'lib/src')}", f"-I{os.path.join(tree, 'lib/include')}"]
        for cpp in (rule, os.path.join(tree, "lib/src/rules/quirk/table-spacing.cpp"),
                    os.path.join(tree, "lib/src/rules/http/header-shout.cpp"), os.path.join(tree, "lib/src/rules/doc/row-order.cpp"),
                    os.path.join(tree, "lib/src/rules/registry.cpp")):
            compiled = subprocess.run([cxx, *flags, cpp], capture_output=True, text=True)
            if compiled.returncode != 0:
                fail(f"{cpp} does not compile:\n{compiled.stderr[:4000]}")
        # The unit cases, as the unit tests are built (their own flags: no warnings as errors).
        unit_flags = ["-std=c++20", "-fsyntax-only", f'-DCARTLINT_SOURCE_DIR="{tree}"', '-DCARTLINT_CONFORMANCE_DIR=""',
                      '-DCARTLINT_BINARY="cartlint"'] + [f"-I{d}" for d in includes] + \
                     [f"-I{os.path.join(tree, d)}" for d in ("lib/src", "lib/include", "tests/unit", "tests/support")]
        compiled = subprocess.run([cxx, *unit_flags, os.path.join(tree, "tests/unit/container_test.cpp")], capture_output=True, text=True)
        if compiled.returncode != 0:
            fail(f"tests/unit/container_test.cpp with the scaffolded cases does not compile:\n{compiled.stderr[:4000]}")

        # Refusals: an existing rule, an unknown category, a name that is not kebab-case.
        for args, why in ((("billing", "cycle-too-long"), "exists already"), (("nosuch", "thing"), "no category"),
                          (("billing", "Bad_Name"), "not kebab-case")):
            refused = run(*args)
            if refused.returncode != 2 or why not in refused.stderr:
                fail(f"new-rule.sh {' '.join(args)}: expected exit 2 saying {why!r}, got {refused.returncode}: {refused.stderr}")
    print("ok: the scaffold writes value, document, http/ and doc/ rules that compile, lists each with its category, "
          "writes their corpus pairs and container unit cases, and refuses what it must")


if __name__ == "__main__":
    main()
