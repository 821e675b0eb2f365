#!/usr/bin/env bash
# Installs what cartlint needs to build and test, from Debian packages only.
# A no-op when everything is already there, so the quick start and CI can always call it.
set -euo pipefail

packages=(cmake g++ gcc make pkgconf rapidjson-dev libvalijson-dev libfmt-dev catch2 python3 python3-yaml)
# Optional extras, asked for by name: fuzzing (clang + sanitizer runtime), benchmarks, Mono for
# the .NET binding's test (bindings/dotnet: mcs compiles the C#, mono runs it), Dask distributed
# for examples/dask (its test and its benchmark row), what the Debian package needs
# (tools/package.sh, the consumer/package-deb test: help2man writes the man page from --help,
# dpkg-shlibdeps (dpkg-dev) the package's dependencies), Emscripten and Node for the WebAssembly
# build and its npm package (tools/wasm.sh), and headless Chromium driven by Selenium for the
# playground's browser test (web/).
for extra in "$@"; do
  case "$extra" in
    --fuzz) packages+=(clang libclang-rt-14-dev) ;;
    --bench) packages+=(libbenchmark-dev python3 time gnuplot-nox python3-jsonschema python3-fastjsonschema valgrind) ;;
    --dotnet) packages+=(mono-mcs mono-runtime) ;;
    --dask) packages+=(python3-distributed) ;;
    --package) packages+=(help2man dpkg-dev binutils) ;;
    --wasm)
      # Debian's emscripten pulls in Debian's nodejs, which has no npm of its own (Debian's npm
      # package). A Node from elsewhere (NodeSource) already satisfies nodejs and ships npm, and
      # conflicts with Debian's npm package: ask for it only when there is no npm command.
      packages+=(emscripten nodejs ccache)
      command -v npm >/dev/null || packages+=(npm) ;;
    --browser) packages+=(chromium chromium-driver python3-selenium) ;;
    *) echo "setup.sh: unknown option '$extra' (known: --fuzz, --bench, --dotnet, --dask, --package, --wasm, --browser)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "setup.sh: need root (or sudo) to install: ${missing[*]}" >&2; exit 2; }
  sudo="sudo"
fi
echo "setup.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Another apt run (a parallel job, unattended upgrades) holds the lock for a while: wait for it.
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
