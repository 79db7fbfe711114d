#!/usr/bin/env bash
# The tree stays formatted with the committed .clang-format: fail on any C++ file that
# clang-format would change, and name it.
set -euo pipefail
cd "$1"
clang_format="$(command -v clang-format || command -v clang-format-14 || true)"
if [[ -z "$clang_format" ]]; then
    echo "clang-format is not installed" >&2
    exit 1
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests -name '*.cpp' -o -name '*.h')
"$clang_format" --dry-run --Werror "${files[@]}"
echo "format: ${#files[@]} files clean"
