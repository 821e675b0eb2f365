#!/usr/bin/env bash
# The GitHub Action's second step (action.yml), run in the repository root so that every path in
# the reports (annotations, SARIF URIs) is relative to it. Reads the inputs from CARTLINT_PATHS,
# CARTLINT_FORMAT, CARTLINT_FAIL_ON, CARTLINT_CONFIG and CARTLINT_SARIF_UPLOAD; writes exit-code
# and sarif-file to $GITHUB_OUTPUT. Always exits 0 once cartlint has run: the action's last step
# fails the job, after the SARIF upload, so findings still reach code scanning.
set -euo pipefail
output=${GITHUB_OUTPUT:-/dev/null}
# The repository root: report paths, SARIF URIs and annotations are then relative to it, as code
# scanning and the pull request expect. $GITHUB_WORKSPACE, not ${{ github.workspace }}: in a job
# with a container only the variable holds the path as the container sees it.
cd "${GITHUB_WORKSPACE:-.}"
case "${CARTLINT_SARIF_UPLOAD:-false}" in
  true | false) ;;
  *) echo "::error title=cartlint::sarif-upload must be true or false, not '$CARTLINT_SARIF_UPLOAD'"; exit 2 ;;
esac
# Split on white space, globs left unexpanded: cartlint expands them itself ('payloads/**/*.json').
set -f
# shellcheck disable=SC2206
paths=(${CARTLINT_PATHS:-.})
set +f
options=(--fail-on "${CARTLINT_FAIL_ON:-error}")
[ -z "${CARTLINT_CONFIG:-}" ] || options+=(--config "$CARTLINT_CONFIG")
format=${CARTLINT_FORMAT:-github}

code=0
cartlint --format "$format" "${options[@]}" -- "${paths[@]}" || code=$?
if [ "$CARTLINT_SARIF_UPLOAD" = true ]; then
  sarif="${RUNNER_TEMP:-$PWD}/cartlint.sarif"
  sarif_code=0
  cartlint --format sarif --output "$sarif" "${options[@]}" -- "${paths[@]}" 2>/dev/null || sarif_code=$?
  # 0 and 1 are both a complete report; 2 (an unreadable file, a bad configuration) was already
  # shown by the first run, and makes the step fail whatever it found.
  [ "$sarif_code" -le 1 ] || [ "$code" -gt 1 ] || code=$sarif_code
  [ -f "$sarif" ] && echo "sarif-file=$sarif" >>"$output"
fi
echo "exit-code=$code" >>"$output"
