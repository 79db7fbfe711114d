#!/usr/bin/env bash
# Builds and runs every benchmark in tests/bench with the services they need (a throwaway
# PostgreSQL for the store figures), printing each one's figures. bench_load starts its own
# contactdesk-server (built with the bench target) on a loopback port and takes about 5 minutes.
# One command:
#   tests/bench/run-all.sh            (after scripts/build.sh, or it builds first)
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/install-deps.sh --tests
scripts/build.sh
cmake --build build --target bench
echo "machine: $(lscpu | sed -n 's/^Model name: *//p') — $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
scripts/with-services.sh bash -c '
    set -e
    for bench in build/tests/bench/bench_*; do
        [[ -x "$bench" && -f "$bench" ]] || continue
        echo
        echo "=== $(basename "$bench")"
        "$bench"
    done
'
