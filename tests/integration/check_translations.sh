#!/usr/bin/env bash
# Korean must be complete for every string that exists: run lupdate over the sources into a copy
# of each .ts file and fail on any message that has no finished translation (a new tr() string
# that nobody translated, or a stale file that was not refreshed).
set -euo pipefail
source_dir="$1"
lupdate="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for language in ko en; do
    cp "$source_dir/translations/contactdesk_$language.ts" "$work/"
    "$lupdate" -silent -no-obsolete -locations none "$source_dir/ui" "$source_dir/app/desktop" \
        -ts "$work/contactdesk_$language.ts"
    python3 "$source_dir/scripts/ts-tool.py" check "$work/contactdesk_$language.ts" || status=1
done
count="$(grep -c '<message' "$work/contactdesk_ko.ts" || true)"
echo "translations: $count messages checked in Korean and English"
exit $status
