#!/usr/bin/env bash
# Installs the Debian 12 packages ContactDesk needs to build, run and test. Idempotent and quick
# when everything is there: it asks apt only for what dpkg does not already have.
#   scripts/install-deps.sh          build + run dependencies
#   scripts/install-deps.sh --tests  also what the test suite starts (PostgreSQL, Xvfb, keyring, node)
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev qt6-multimedia-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6svg6
    libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libphonenumber-dev libsodium-dev
    libgl-dev libxkbcommon-dev
    fonts-noto-cjk gstreamer1.0-plugins-good
    gnome-keyring dbus dbus-x11
)
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(
        postgresql xvfb xauth libsecret-tools desktop-file-utils appstream dpkg-dev file
        clang-format clang python3 sqlite3 openssl
    )
    # Node.js with npm for the independent WebSocket client: Debian's, unless the machine has
    # its own (a nodesource nodejs carries npm and conflicts with Debian's npm package).
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        packages+=(nodejs npm)
    fi
fi

missing=()
for package in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
    [[ "$status" == "installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [[ "$(id -u)" != 0 ]]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
