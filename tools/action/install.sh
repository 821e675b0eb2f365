#!/usr/bin/env bash
# The GitHub Action's first step (action.yml): a cartlint on PATH. In order: the .deb the `deb`
# input names (a file in the workspace or an https URL, installed with apt-get so its dependencies
# come too); a cartlint already on PATH (a container image that has it); else built from the
# action's own sources, the command alone, into /usr/local/bin.
set -euo pipefail
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
if [ -n "${CARTLINT_DEB:-}" ]; then
  deb=$CARTLINT_DEB
  case "$deb" in
    https://*)
      deb="${RUNNER_TEMP:-/tmp}/cartlint.deb"
      curl --fail --silent --show-error --location --output "$deb" "$CARTLINT_DEB" ;;
  esac
  if [ ! -f "$deb" ]; then
    echo "::error title=cartlint::the deb input names no file: $deb"
    exit 2
  fi
  $sudo apt-get update -qq
  # apt-get takes a local package by a path with a slash in it.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$(realpath "$deb")" >/dev/null
elif command -v cartlint >/dev/null; then
  echo "cartlint: using $(command -v cartlint)"
else
  source_dir=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}
  build="${RUNNER_TEMP:-/tmp}/cartlint-build"
  bash "$source_dir/tools/setup.sh"
  cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCARTLINT_BUILD_TESTS=OFF -DCARTLINT_INSTALL=OFF \
    -DCARTLINT_SHARED=OFF >/dev/null
  cmake --build "$build" -j "$(nproc)" --target cartlint-cli
  $sudo install -m 755 "$build/bin/cartlint" /usr/local/bin/cartlint
fi
cartlint --version
