#!/usr/bin/env bash
# The .desktop file and AppStream metainfo pass their validators, and `cpack -G DEB` produces a
# package that installs the three programs, the desktop file, the metainfo, the icon and the
# server's systemd unit.
set -euo pipefail
binary_dir="$1"
desktop_file="$2"
metainfo_file="$3"
app_id="org.contactdesk.ContactDesk"

desktop-file-validate "$desktop_file"
appstreamcli validate --no-net --pedantic "$metainfo_file" || appstreamcli validate --no-net "$metainfo_file"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$binary_dir" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/*.deb | head -n1)"
dpkg-deb --info "$deb" >/dev/null
contents="$(dpkg-deb -c "$deb")"
for expected in \
    ./usr/bin/contactdesk \
    ./usr/bin/contactdesk-server \
    ./usr/bin/contactdesk-cli \
    "./usr/share/applications/$app_id.desktop" \
    "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    ./usr/lib/systemd/system/contactdesk-server.service; do
    if ! grep -q -- " $expected\$" <<<"$contents"; then
        echo "package is missing $expected" >&2
        echo "$contents" >&2
        exit 1
    fi
done
depends="$(dpkg-deb -f "$deb" Depends)"
grep -q libqt6core6 <<<"$depends" || { echo "Depends lacks Qt: $depends" >&2; exit 1; }
echo "package $(basename "$deb") holds every expected file; Depends: $depends"
