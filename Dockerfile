# cartlint in a container: `docker build -t cartlint .`, then, in the directory to lint,
#   docker run --rm -v "$PWD:/src" -w /src cartlint .
# (the README's "Container" section). Two stages: the first builds and checks the Debian package
# with tools/package.sh (the build's packages stay there); the second installs only that package
# on a slim Debian and runs cartlint as an unprivileged user.

FROM debian:12-slim AS build
WORKDIR /cartlint
COPY . .
# tools/package.sh installs what the build needs (tools/setup.sh --package), builds the .deb into
# dist/ and checks it (extracted, the command, a pkg-config program and the Python package run).
RUN tools/package.sh --deb

FROM debian:12-slim
COPY --from=build /cartlint/dist/ /tmp/dist/
# The package's dependencies (libfmt, the C++ runtime) come from Debian; recommends (python3) are
# left out: the image is for the command.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends /tmp/dist/cartlint_*.deb \
 && rm -rf /tmp/dist /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --no-create-home --home-dir /src cartlint \
 && cartlint --version
USER cartlint
WORKDIR /src
ENTRYPOINT ["cartlint"]
CMD ["--help"]
