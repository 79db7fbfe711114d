#!/usr/bin/env bash
# Command 2 of the README (and what .ci/run calls): install what is missing, build, then run the
# whole test suite with real services (PostgreSQL, D-Bus + keyring, Xvfb/offscreen) that are
# started here and stopped afterwards, also when tests fail.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
scripts/build.sh
scripts/with-services.sh ctest --test-dir build --output-on-failure --parallel 2 "$@"
