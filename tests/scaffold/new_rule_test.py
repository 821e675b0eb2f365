#!/usr/bin/env python3
"""tools/new-rule.sh in a copy of the tree: it writes the rule file, the registry entry beside its
category and the corpus pair, the results compile, and it refuses what it must refuse.

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

        rule = os.path.join(tree, "lib/src/rules/billing/cycle-too-long.cpp")
        text = open(rule, encoding="utf-8").read()
        for want in ('"billing/cycle-too-long"', "class CycleTooLong final : public ValueRule",
                     "CARTLINT_RULE(billing_cycle_too_long, CycleTooLong)"):
            if want not in text:
                fail(f"{rule} lacks {want!r}")
        for corpus in ("billing/cycle-too-long.json", "billing/cycle-too-long-good.json"):
            if not os.path.isfile(os.path.join(tree, "corpus/rules", corpus)):
                fail(f"no corpus/rules/{corpus}")

        registry = open(os.path.join(tree, "lib/src/rules/registry.cpp"), encoding="utf-8").read()
        lines = registry.splitlines()
        for declared, after in (("const ValueRule& billing_cycle_too_long();", "billing_"),
                                ("        {billing_cycle_too_long()},", "billing_"),
                                ("const DocumentRule& quirk_table_spacing();", "quirk_"),
                                ("        {quirk_table_spacing()},", "quirk_")):
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
                    os.path.join(tree, "lib/src/rules/registry.cpp")):
            compiled = subprocess.run([cxx, *flags, cpp], capture_output=True, text=True)
            if compiled.returncode != 0:
                fail(f"{cpp} does not compile:\n{compiled.stderr[:4000]}")

        # Refusals: an existing rule, an unknown category, a name that is not kebab-case.
        for args, why in ((("billing", "cycle-too-long"), "exists already"), (("nosuch", "thing"), "no category"),
                          (("billing", "Bad_Name"), "not kebab-case")):
            refused = run(*args)
            if refused.returncode != 2 or why not in refused.stderr:
                fail(f"new-rule.sh {' '.join(args)}: expected exit 2 saying {why!r}, got {refused.returncode}: {refused.stderr}")
    print("ok: the scaffold writes a rule that compiles, lists it with its category, and refuses what it must")


if __name__ == "__main__":
    main()
