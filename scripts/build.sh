#!/usr/bin/env bash
# Configures (once) and builds ContactDesk into build/ with Ninja and ccache.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f build/build.ninja ]]; then
    # Line tables only (-g1): backtraces and profiles name files and lines, and the build is
    # about twice as fast to compile and link as with full debug information.
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
fi
cmake --build build --parallel "$(nproc)"
