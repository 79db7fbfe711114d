#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz with clang and fuzzes each for a while, starting from
# its committed seed corpus (corpus/<name> for fuzz_<name>). A crash, sanitizer report or timeout
# fails.
#   tests/fuzz/run-fuzz.sh [--no-build] BUILD_DIR SECONDS [TARGET...]
# TARGET: fuzz_protocol, fuzz_dispatcher (default: both, one after the other). SECONDS 0 only
# builds. --no-build uses what BUILD_DIR already has (ctest builds once, in fuzz_build, and then
# runs the targets side by side). The corpus is fuzzed in a temporary copy, so a run never
# dirties the tree; inputs that crash are kept in BUILD_DIR/artifacts, and
#   BUILD_DIR/fuzz_dispatcher BUILD_DIR/artifacts/dispatcher-crash-...
# replays one (tests/fuzz/README.md).
set -euo pipefail

build=1
if (($# > 0)) && [[ "$1" == --no-build ]]; then
    build=0
    shift
fi
if (($# < 2)); then
    echo "usage: $0 [--no-build] BUILD_DIR SECONDS [TARGET...]" >&2
    exit 2
fi
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="$1"
seconds="$2"
shift 2
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(fuzz_protocol fuzz_dispatcher)
fi
for target in "${targets[@]}"; do
    if [[ ! -d "$source_dir/corpus/${target#fuzz_}" ]]; then
        echo "run-fuzz: no target $target (no corpus/${target#fuzz_})" >&2
        exit 2
    fi
done

if ((build)); then
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
    started=$SECONDS
    cmake --build "$build_dir" --target "${targets[@]}"
    echo "run-fuzz: built ${targets[*]} in $((SECONDS - started))s"
fi

# Every request type the dispatcher handles has a well-formed seed: a new type without one would
# start from nothing.
check_dispatcher_corpus() {
    local types missing=() unchecked=() type flag
    types="$(FUZZ_DISPATCHER_LIST_TYPES=1 "$build_dir/fuzz_dispatcher" 2>/dev/null)"
    if [[ -z "$types" ]]; then
        echo "run-fuzz: fuzz_dispatcher could not list the request types" >&2
        return 1
    fi
    while read -r type flag; do
        [[ -e "$source_dir/corpus/dispatcher/valid-$type.txt" ]] || missing+=("$type")
        [[ -z "$flag" ]] || unchecked+=("$type")
    done <<<"$types"
    if ((${#unchecked[@]} > 0)); then
        echo "run-fuzz: warning: no permission check in fuzz_dispatcher.cpp (requiredActions) for: ${unchecked[*]}" >&2
    fi
    if ((${#missing[@]} > 0)); then
        echo "run-fuzz: tests/fuzz/corpus/dispatcher has no valid-TYPE.txt seed for: ${missing[*]}" >&2
        echo "run-fuzz: add one (tests/fuzz/README.md shows the format)" >&2
        return 1
    fi
}

if ((seconds == 0)); then
    exit 0
fi

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
mkdir -p "$build_dir/artifacts"

for target in "${targets[@]}"; do
    name="${target#fuzz_}"
    options=(-max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$build_dir/artifacts/$name-")
    case "$target" in
        fuzz_dispatcher)
            check_dispatcher_corpus
            # Every input sets a centre up again (deterministic replays), which libFuzzer's
            # per-input leak check would take for a leak and run twice; LeakSanitizer still
            # checks the whole run when it exits.
            options+=(-max_len=4096 -detect_leaks=0)
            ;;
    esac
    cp -R "$source_dir/corpus/$name" "$work_dir/$name"
    echo "run-fuzz: $target for ${seconds}s from $(find "$work_dir/$name" -type f | wc -l) seeds"
    status=0
    "$build_dir/$target" "${options[@]}" "$work_dir/$name" || status=$?
    if ((status != 0)); then
        echo "run-fuzz: $target failed (exit $status); the input is in $build_dir/artifacts" >&2
        exit "$status"
    fi
    echo "run-fuzz: $target: no crash; corpus grew to $(find "$work_dir/$name" -type f | wc -l) inputs"
done
