#!/usr/bin/env bash
# Builds cartlint for WebAssembly (bindings/wasm, Emscripten) into build-wasm/ and packs the npm
# package: build-wasm/cartlint-<version>.tgz (install it with `npm install <tgz>`). Also leaves the
# playground, ready for a static file server, in build-wasm/web/.
#   tools/wasm.sh [extra CMake configure arguments]
# Installs what is missing first (tools/setup.sh --wasm: Debian's emscripten, Node, npm). Uses
# ccache when it is installed. Emscripten's system libraries (libc, libc++ with wasm exceptions,
# malloc) come prebuilt in Debian's package, as a frozen cache that emcc only reads: nothing is
# built outside build-wasm/ and nothing is fetched from the network.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --wasm
out=build-wasm
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
emcmake cmake -S bindings/wasm -B "$out" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@" >/dev/null
cmake --build "$out" -j "$(nproc)"
rm -f "$out"/cartlint-*.tgz
(cd "$out" && npm pack --silent --pack-destination . ./package >/dev/null)
ls "$out"/cartlint-*.tgz
