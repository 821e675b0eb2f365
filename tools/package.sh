#!/usr/bin/env bash
# Builds the release files into dist/, from a fresh clone:
#   cartlint_VERSION_ARCH.deb          the Debian package (cpack; cmake/packaging.cmake says what is in it),
#                                      checked by extracting it and running what it holds
#   cartlint-VERSION-linux-MACHINE     the command linked fully statically: one file, no dependencies
# --deb or --static makes only that one (the Dockerfile needs only the package). Further arguments
# go to the CMake configure steps.
set -euo pipefail
cd "$(dirname "$0")/.."
make_deb=1 make_static=1
case "${1:-}" in
  --deb) make_static=0; shift ;;
  --static) make_deb=0; shift ;;
esac
tools/setup.sh --package
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
jobs=$(nproc)
version=$(sed -n 's/^project(cartlint VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
mkdir -p dist

# The package: installed to /usr (so the libraries go to Debian's multiarch directory).
if [ "$make_deb" = 1 ]; then
cmake -S . -B build-package -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DCARTLINT_BUILD_TESTS=OFF \
  -DCARTLINT_WERROR=ON "${launcher[@]}" "$@" >/dev/null
cmake --build build-package -j "$jobs"
[ -f build-package/man/cartlint.1.gz ] || { echo "package.sh: no man page was generated (is help2man installed?)" >&2; exit 1; }
rm -rf build-package/packages
(cd build-package && cpack -G DEB >/dev/null)
deb=$(ls build-package/packages/cartlint_"$version"_*.deb)
cp "$deb" dist/
deb=dist/$(basename "$deb")
python3 tests/package/check_deb.py --deb "$deb" --work build-package/check --source . --cli build-package/bin/cartlint
echo "package.sh: $deb ($(stat -c %s "$deb") bytes)"
fi

[ "$make_static" = 1 ] || exit 0
# The static command: its own build, the command alone.
cmake -S . -B build-static -DCMAKE_BUILD_TYPE=Release -DCARTLINT_STATIC_CLI=ON -DCARTLINT_SHARED=OFF \
  -DCARTLINT_INSTALL=OFF -DCARTLINT_BUILD_TESTS=OFF -DCARTLINT_WERROR=ON "${launcher[@]}" "$@" >/dev/null
cmake --build build-static -j "$jobs" --target cartlint-cli
static=dist/cartlint-$version-linux-$(uname -m)
strip -o "$static" build-static/bin/cartlint
if readelf -d "$static" | grep -q NEEDED; then
  echo "package.sh: $static is not fully static:" >&2
  readelf -d "$static" | grep NEEDED >&2
  exit 1
fi
[ "$("$static" --version)" = "cartlint $version" ] || { echo "package.sh: $static --version is wrong" >&2; exit 1; }
# The same report as the dynamically linked command, on the whole corpus (exit 1: it has findings).
if [ -x build-package/bin/cartlint ]; then
  for cli in "$static" build-package/bin/cartlint; do
    (cd corpus && "../$cli" --no-config --now 2018-03-16T00:00:00Z --format json . >"../build-static/corpus-$(basename "$cli").json" || [ $? -eq 1 ])
  done
  cmp build-static/corpus-"$(basename "$static")".json build-static/corpus-cartlint.json ||
    { echo "package.sh: the static command reports differently from the package's" >&2; exit 1; }
fi
echo "package.sh: $static ($(stat -c %s "$static") bytes, static, stripped)"
