#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, and start the desktop app on the
# embedded default (in-process routing core, SQLite in the user's data directory, simulated traffic).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/desktop/contactdesk "$@"
