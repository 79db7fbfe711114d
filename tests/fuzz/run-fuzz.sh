#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz with clang and fuzzes the protocol envelope for a
# while, starting from the committed seed corpus. A crash, sanitizer report or timeout fails.
#   tests/fuzz/run-fuzz.sh BUILD_DIR SECONDS
# The corpus is fuzzed in a temporary copy, so a run never dirties the tree; inputs that crash
# are kept in BUILD_DIR/artifacts.
set -euo pipefail

if (($# != 2)); then
    echo "usage: $0 BUILD_DIR SECONDS" >&2
    exit 2
fi
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="$1"
seconds="$2"

for tool in clang clang++ cmake; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-fuzz: $tool is not installed (scripts/install-deps.sh --tests)" >&2
        exit 1
    fi
done

configure=(-S "$source_dir" -B "$build_dir")
if command -v ninja >/dev/null; then
    configure+=(-G Ninja)
fi
if command -v ccache >/dev/null; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake "${configure[@]}" >/dev/null
cmake --build "$build_dir" --target fuzz_protocol

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
cp -R "$source_dir/corpus/protocol" "$work_dir/corpus"
mkdir -p "$build_dir/artifacts"

echo "run-fuzz: fuzz_protocol for ${seconds}s from $(find "$work_dir/corpus" -type f | wc -l) seeds"
status=0
"$build_dir/fuzz_protocol" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix="$build_dir/artifacts/" "$work_dir/corpus" || status=$?
if ((status != 0)); then
    echo "run-fuzz: fuzz_protocol failed (exit $status); the input is in $build_dir/artifacts" >&2
    exit "$status"
fi
echo "run-fuzz: no crash; corpus grew to $(find "$work_dir/corpus" -type f | wc -l) inputs"
