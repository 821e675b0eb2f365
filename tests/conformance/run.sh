#!/bin/sh
# Runs one unit test that reads conformance data from outside the repository (the seed pages,
# JSONTestSuite, the SARIF schema), or reports it skipped when the data is absent: a clone with
# nothing beside it still passes, and says what it did not check. CI sets
# CARTLINT_REQUIRE_CONFORMANCE=1, where a missing directory is a failure instead.
#   run.sh DATA_DIR NEEDED_SUBPATH UNIT_TEST_BINARY TAG
data="$1" needed="$2" binary="$3" tag="$4"
if [ -z "$data" ] || [ ! -e "$data/$needed" ]; then
  if [ -n "$CARTLINT_REQUIRE_CONFORMANCE" ]; then
    echo "FAILED: conformance data missing: '${data:-<unset>}/$needed' (CARTLINT_REQUIRE_CONFORMANCE is set)"
    exit 1
  fi
  echo "SKIPPED: $tag needs '$needed' from the conformance data, not found in CARTLINT_CONFORMANCE_DIR='${data:-<unset>}'."
  echo "Configure with -DCARTLINT_CONFORMANCE_DIR=/path/to/data (see README, Tests) to run it."
  exit 77
fi
exec "$binary" --warn NoTests "$tag"
