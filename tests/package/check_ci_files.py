#!/usr/bin/env python3
"""The files that run cartlint in someone else's CI, held to the README and to what they call.

usage: check_ci_files.py (action | dockerfile | pre-commit) SOURCE_DIR CARTLINT WORK_DIR

action      action.yml: its inputs are the README table's (names and defaults), the README's
            example passes only those, every input is used, SARIF goes through upload-sarif@v4
            (and @v3 is gone from the README), the scripts it runs exist; then tools/action/run.sh
            runs as the action runs it, from another directory, on a repository with nested
            configurations, a glob and an excluded directory: annotations and SARIF URIs are
            repository paths, the outputs are written, the excluded files are not reported.
dockerfile  Dockerfile (docker itself is not here): Debian slim stages, only scripts and options
            that exist in the repository, a copy from a stage that exists of the file the build
            stage writes, a non-root user, ENTRYPOINT ["cartlint"], a .dockerignore that keeps what
            the build needs; the README's docker commands use its tag and working directory.
pre-commit  .pre-commit-hooks.yaml: the hooks' files/exclude patterns select payloads and leave
            package.json, appsettings.json, every .cartlint.json and the like alone; the README
            shows the same patterns; the hook's entry, run on what pre-commit would pass it in a
            repository full of unrelated JSON, succeeds, where the same entry on every JSON file fails.
"""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

import yaml


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def readme_section(source, heading):
    text = open(os.path.join(source, "README.md"), encoding="utf-8").read()
    start = text.find(heading + "\n")
    if start < 0:
        fail(f"README.md has no section {heading!r}")
    level = heading.split(" ")[0]
    end = re.search(rf"^#{{1,{len(level)}}} ", text[start + len(heading):], re.M)
    return text[start:start + len(heading) + (end.start() if end else len(text))]


def code_blocks(section, language):
    return re.findall(rf"```{language}\n(.*?)```", section, re.S)


def write(root, files):
    for path, content in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(content)


# A cart with a schema error ("lineItems" must not be empty), and one without findings.
BROKEN = '{"lineItems": []}\n'
CLEAN_CONFIG = {"rules": {"*": "off", "schema/*": "error", "syntax/*": "error"}}


def check_action(source, cli, work):
    action = yaml.safe_load(open(os.path.join(source, "action.yml"), encoding="utf-8"))
    inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    for needed in ("paths", "format", "fail-on", "config", "sarif-upload"):
        if needed not in inputs:
            fail(f"action.yml has no input {needed!r}")
    if action["runs"]["using"] != "composite":
        fail("action.yml is not a composite action")
    raw = open(os.path.join(source, "action.yml"), encoding="utf-8").read()
    used = set(re.findall(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", raw))
    if used != set(inputs):
        fail(f"inputs declared {sorted(inputs)} but used {sorted(used)}")
    steps = action["runs"]["steps"]
    uploads = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif")]
    if [s["uses"] for s in uploads] != ["github/codeql-action/upload-sarif@v4"]:
        fail(f"action.yml must upload SARIF with github/codeql-action/upload-sarif@v4, not {[s['uses'] for s in uploads]}")
    for script in re.findall(r'\$GITHUB_ACTION_PATH/([\w./-]+)', raw):
        if not os.path.isfile(os.path.join(source, script)):
            fail(f"action.yml runs {script}, which is not in the repository")
        checked = subprocess.run(["bash", "-n", os.path.join(source, script)], capture_output=True, text=True)
        if checked.returncode:
            fail(f"{script} is not valid bash: {checked.stderr}")

    section = readme_section(source, "#### GitHub Action")
    rows = re.findall(r"^\| `([\w-]+)` \| (.*?) \| .* \|$", section, re.M)
    documented = {name: "" if default == "(empty)" else default.strip("`") for name, default in rows}
    if documented != inputs:
        fail(f"the README's input table {documented} is not action.yml's inputs {inputs}")
    whole = open(os.path.join(source, "README.md"), encoding="utf-8").read()
    if "upload-sarif@v3" in whole or "upload-sarif@v4" not in whole:
        fail("the README must use github/codeql-action/upload-sarif@v4 (v3 is deprecated)")
    examples = 0
    for block in code_blocks(section, "yaml"):
        workflow = yaml.safe_load(block)
        permissions = workflow.get("permissions", {})
        for job in workflow["jobs"].values():
            for step in job["steps"]:
                if step.get("uses", "").startswith("your-org/cartlint@"):
                    examples += 1
                    unknown = set(step.get("with", {})) - set(inputs)
                    if unknown:
                        fail(f"the README's example passes inputs action.yml does not have: {unknown}")
                    if str(step["with"].get("sarif-upload", "")).lower() == "true" and (
                            permissions.get("security-events") != "write" or permissions.get("actions") != "read"):
                        fail("the README's example uploads SARIF without security-events: write and actions: read")
                if "checkout" in step.get("uses", "") and "path" in (step.get("with") or {}):
                    fail("a README workflow checks the repository out into a subdirectory: its paths would not be repository paths")
                if step.get("run", "").startswith("cartlint") and step.get("working-directory") != "${{ github.workspace }}":
                    fail(f"a README workflow runs cartlint outside the repository root: {step}")
    if examples != 1:
        fail(f"expected one README example using the action, found {examples}")

    # The run step as the action runs it: from somewhere else, the repository in GITHUB_WORKSPACE.
    repo = os.path.join(work, "repo")
    write(repo, {
        ".cartlint.json": json.dumps(dict(CLEAN_CONFIG, exclude=["fixtures"])),
        "payloads/bad.json": BROKEN,
        "payloads/fixtures/ignored.json": BROKEN,
        "nested/deep/er/glob.json": BROKEN,
        # What a shell would expand nested/**/*.json to (no globstar: ** is *): this file alone.
        "nested/deep/shallow.json": BROKEN,
        "nested/deep/not-json.txt": BROKEN,
        # A nested configuration governs its own files: this one turns the error off.
        "team/.cartlint.json": json.dumps({"rules": {"*": "off"}}),
        "team/quiet.json": BROKEN,
    })
    outputs = os.path.join(work, "github_output")
    env = dict(os.environ, GITHUB_WORKSPACE=repo, GITHUB_OUTPUT=outputs, RUNNER_TEMP=work,
               PATH=os.path.dirname(os.path.abspath(cli)) + os.pathsep + os.environ["PATH"],
               CARTLINT_PATHS="payloads\n  nested/**/*.json team", CARTLINT_FORMAT="github", CARTLINT_FAIL_ON="error",
               CARTLINT_CONFIG="", CARTLINT_SARIF_UPLOAD="true")
    open(outputs, "w").close()
    run = subprocess.run(["bash", os.path.join(source, "tools/action/run.sh")], cwd=work, env=env, capture_output=True, text=True)
    if run.returncode:
        fail(f"run.sh failed ({run.returncode}): {run.stderr}")
    got = dict(line.split("=", 1) for line in open(outputs).read().splitlines())
    if got.get("exit-code") != "1" or got.get("sarif-file") != os.path.join(work, "cartlint.sarif"):
        fail(f"outputs: {got}")
    annotated = sorted(set(re.findall(r"^::error file=([^,]+),", run.stdout, re.M)))
    if annotated != ["nested/deep/er/glob.json", "nested/deep/shallow.json", "payloads/bad.json"]:
        fail(f"annotations name {annotated}, not the repository paths of the three broken files\n{run.stdout}{run.stderr}")
    sarif = json.load(open(got["sarif-file"]))
    uris = sorted({r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]})
    if uris != ["nested/deep/er/glob.json", "nested/deep/shallow.json", "payloads/bad.json"]:
        fail(f"SARIF URIs {uris}")
    # A bad input value stops the step before cartlint runs.
    bad = subprocess.run(["bash", os.path.join(source, "tools/action/run.sh")], cwd=work, env=dict(env, CARTLINT_SARIF_UPLOAD="yes"),
                         capture_output=True, text=True)
    if bad.returncode != 2 or "sarif-upload must be true or false" not in bad.stdout:
        fail(f"sarif-upload: yes was not refused: {bad.returncode} {bad.stdout}")
    # The install step keeps a cartlint already on PATH.
    installed = subprocess.run(["bash", os.path.join(source, "tools/action/install.sh")], env=dict(env, CARTLINT_DEB=""),
                               capture_output=True, text=True)
    if installed.returncode or "cartlint: using" not in installed.stdout:
        fail(f"install.sh with cartlint on PATH: {installed.returncode} {installed.stdout} {installed.stderr}")
    print("ok: action.yml's inputs are the README's; run.sh reports repository paths, honours configurations and globs")


def dockerfile_instructions(path):
    lines, current = [], ""
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not current and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.lstrip().startswith("#"):
            continue  # a comment inside a continued instruction
        current += line[:-1] + " " if line.endswith("\\") else line
        if not line.endswith("\\"):
            keyword, _, rest = current.strip().partition(" ")
            lines.append((keyword.upper(), rest.strip()))
            current = ""
    return lines


def check_dockerfile(source, cli, work):
    instructions = dockerfile_instructions(os.path.join(source, "Dockerfile"))
    stages, current = [], None
    for keyword, rest in instructions:
        if keyword == "FROM":
            parts = rest.split()
            if not re.fullmatch(r"debian:[\w.]+-slim", parts[0]):
                fail(f"FROM {rest}: not a Debian slim image")
            current = {"name": parts[2] if len(parts) == 3 and parts[1].upper() == "AS" else None, "steps": []}
            stages.append(current)
        elif current is None:
            fail(f"{keyword} before FROM")
        else:
            current["steps"].append((keyword, rest))
    if len(stages) < 2:
        fail("the Dockerfile is not multi-stage")
    names = {s["name"] for s in stages if s["name"]}
    package_sh = open(os.path.join(source, "tools/package.sh"), encoding="utf-8").read()
    for stage in stages:
        for keyword, rest in stage["steps"]:
            if keyword == "COPY" and rest.startswith("--from="):
                origin, source_path = rest.split()[0][len("--from="):], rest.split()[1]
                if origin not in names:
                    fail(f"COPY --from={origin}: no such stage")
                built = next(s for s in stages if s["name"] == origin)
                build_dir = [r for k, r in built["steps"] if k == "WORKDIR"][-1]
                if os.path.relpath(source_path, build_dir) != "dist" or "cp \"$deb\" dist/" not in package_sh:
                    fail(f"COPY --from={origin} {source_path}: not the dist/ directory tools/package.sh writes the .deb to")
            if keyword == "RUN":
                for script, *flags in (m.split() for m in re.findall(r"(tools/[\w./-]+(?: --[\w-]+)*)", rest)):
                    if not os.access(os.path.join(source, script), os.X_OK):
                        fail(f"RUN {script}: not an executable script of the repository")
                    for flag in flags:
                        if f"{flag})" not in open(os.path.join(source, script), encoding="utf-8").read():
                            fail(f"RUN {script} {flag}: the script has no such option")
                if "cartlint_*.deb" in rest and "cartlint_\"$version\"_*.deb" not in package_sh:
                    fail("the runtime stage installs cartlint_*.deb, which tools/package.sh does not name so")
    final = stages[-1]["steps"]
    keywords = [k for k, _ in final]
    users = [r for k, r in final if k == "USER"]
    if not users or users[-1] in ("root", "0") or "ENTRYPOINT" not in keywords or keywords.index("USER") > keywords.index("ENTRYPOINT"):
        fail("the final stage must switch to a non-root USER before its ENTRYPOINT")
    user = users[-1]
    if not any(re.search(rf"useradd [^&]*\b{re.escape(user)}\b", r) for k, r in final if k == "RUN"):
        fail(f"USER {user} is not created in the final stage")
    entrypoint = [r for k, r in final if k == "ENTRYPOINT"][-1]
    if json.loads(entrypoint) != ["cartlint"]:
        fail(f"ENTRYPOINT {entrypoint}, not [\"cartlint\"]")
    workdir = [r for k, r in final if k == "WORKDIR"][-1]

    ignored = [l.strip() for l in open(os.path.join(source, ".dockerignore"), encoding="utf-8") if l.strip() and not l.startswith("#")]
    for needed in ("CMakeLists.txt", "lib", "tools", "cmake", "schemas", "bindings", "tests", "corpus", "LICENSE"):
        if any(p.rstrip("/") == needed for p in ignored):
            fail(f".dockerignore leaves out {needed}, which the build stage needs")

    section = readme_section(source, "#### Container")
    tags = re.findall(r"docker build -t (\S+) \.", section)
    runs = re.findall(r'docker run --rm -v "\$PWD:(\S+)" -w (\S+) (?:--user "[^"]*" )?(\S+)', section)
    if len(tags) != 1 or not runs:
        fail("the README's Container section must show docker build -t TAG . and docker run --rm -v \"$PWD:/src\" -w /src TAG")
    for mount, wd, image in runs:
        if image != tags[0] or mount != workdir or wd != workdir:
            fail(f"docker run mounts {mount}, works in {wd}, runs {image}: the Dockerfile's WORKDIR is {workdir}, the tag {tags[0]}")
    uid = re.search(r"--uid (\d+)", " ".join(r for k, r in final if k == "RUN"))
    if not uid or f"uid {uid.group(1)}" not in section:
        fail("the README does not give the container user's uid")
    print(f"ok: {len(stages)} stages, USER {user}, ENTRYPOINT [\"cartlint\"], WORKDIR {workdir}, the README's commands agree")


def check_pre_commit(source, cli, work):
    hooks = yaml.safe_load(open(os.path.join(source, ".pre-commit-hooks.yaml"), encoding="utf-8"))
    if sorted(h["id"] for h in hooks) != ["cartlint", "cartlint-fix"]:
        fail(f"hooks: {[h['id'] for h in hooks]}")
    repo = os.path.join(work, "repo")
    payloads = {
        "payloads/cart.json": "{}", "src/carts/eu/2024/big.json": "{}", "orders/o.json": "{}",
        "api/checkouts/c.json": "{}", "team/q.cart.json": "{}", "payload/one.json": "{}",
    }
    unrelated = {
        "package.json": '{"name": "x", "version": "1.0.0"}', "package-lock.json": '{"lockfileVersion": 3}',
        "appsettings.json": '{"Logging": {}}', "appsettings.Development.json": '{"Logging": {}}',
        "tsconfig.json": '{"compilerOptions": {}}', ".vscode/settings.json": '{"editor.tabSize": 2}',
        "src/app/package.json": '{"name": "y"}', ".cartlint.json": json.dumps(CLEAN_CONFIG),
        "payloads/.cartlint.json": json.dumps(CLEAN_CONFIG), "my-cartography/map.json": '{"x": 1}',
        "docs/payloads.md": "# not JSON",
    }
    section = readme_section(source, "#### pre-commit")
    for hook in hooks:
        files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
        if "json" not in hook.get("types", []):
            fail(f"{hook['id']}: not limited to JSON files")
        for pattern in (hook["files"], hook["exclude"]):
            if pattern not in section:
                fail(f"{hook['id']}: the README's pre-commit section does not show {pattern!r}")

        def selected(path):  # what pre-commit does: types (json by extension here), files, exclude
            return path.endswith(".json") and files.search(path) and not exclude.search(path)
        for path in payloads:
            if not selected(path):
                fail(f"{hook['id']} does not select {path}")
        for path in unrelated:
            if selected(path):
                fail(f"{hook['id']} selects {path}, which is not a payload")
    # The entry on what the hook selects in a repository with both kinds, then on every JSON file.
    shutil.rmtree(repo, ignore_errors=True)
    valid = open(os.path.join(source, "corpus/valid/cart-minimal.json"), encoding="utf-8").read()
    write(repo, {**{p: valid for p in payloads}, **unrelated})
    entry = shlex.split(hooks[0]["entry"])
    env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(cli)) + os.pathsep + os.environ["PATH"])
    staged = sorted(os.path.relpath(os.path.join(d, f), repo) for d, _, fs in os.walk(repo) for f in fs)
    chosen = [p for p in staged if p.endswith(".json") and re.search(hooks[0]["files"], p) and not re.search(hooks[0]["exclude"], p)]
    good = subprocess.run(entry + chosen, cwd=repo, env=env, capture_output=True, text=True)
    everything = subprocess.run(entry + [p for p in staged if p.endswith(".json")], cwd=repo, env=env, capture_output=True, text=True)
    if good.returncode != 0 or sorted(chosen) != sorted(payloads):
        fail(f"the hook on the payloads it selects: exit {good.returncode}\n{good.stdout}{good.stderr}")
    if everything.returncode != 1:
        fail(f"the same entry on every JSON file should fail (package.json is no cart), exit {everything.returncode}")
    print(f"ok: the hooks select {len(payloads)} payloads and none of {len(unrelated)} unrelated files")


def main():
    mode, source, cli, work = sys.argv[1:5]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    {"action": check_action, "dockerfile": check_dockerfile, "pre-commit": check_pre_commit}[mode](source, cli, work)


if __name__ == "__main__":
    main()
