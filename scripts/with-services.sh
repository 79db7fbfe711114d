#!/usr/bin/env bash
# Runs a command with the real services the tests need, and stops them afterwards (also when the
# command fails or is interrupted):
#   - a throwaway PostgreSQL cluster on a private port and socket directory, owned by the
#     `postgres` user (initdb refuses to run as root), exported as CONTACTDESK_TEST_POSTGRES;
#   - a private D-Bus session with an unlocked gnome-keyring (a real Secret Service for QtKeychain);
#   - the offscreen Qt platform, plus an Xvfb display for tools that need X.
# Usage: scripts/with-services.sh COMMAND [ARGS...]
set -euo pipefail

if [[ "${CONTACTDESK_SERVICES_RUNNING:-}" == 1 ]]; then
    exec "$@"
fi

PG_PORT="${CONTACTDESK_PG_PORT:-}"
if [[ -z "$PG_PORT" ]]; then
    # Several runs may share a machine: take the first free port from a private range.
    for candidate in $(seq 55432 55499); do
        if ! (echo >"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            PG_PORT=$candidate
            break
        fi
    done
fi
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
WORK_DIR="$(mktemp -d /tmp/contactdesk-services.XXXXXX)"
chmod 755 "$WORK_DIR"
PG_DATA="$WORK_DIR/pgdata"
PG_SOCKET="$WORK_DIR/pgsocket"
XVFB_PID=""

as_postgres() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cleanup() {
    local status=$?
    if [[ -n "$PG_BIN" && -f "$PG_DATA/postmaster.pid" ]]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1 || true
    fi
    if [[ -n "$XVFB_PID" ]]; then
        kill "$XVFB_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK_DIR"
    exit $status
}
trap cleanup EXIT INT TERM

if [[ -z "$PG_BIN" ]]; then
    echo "with-services: PostgreSQL server binaries not found (install postgresql)" >&2
    exit 1
fi

mkdir -p "$PG_DATA" "$PG_SOCKET" "$WORK_DIR/pglog"
if [[ "$(id -u)" == 0 ]]; then
    chown postgres:postgres "$PG_DATA" "$PG_SOCKET" "$WORK_DIR/pglog"
fi
as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --no-locale >"$WORK_DIR/initdb.log" 2>&1 \
    || { cat "$WORK_DIR/initdb.log" >&2; exit 1; }
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/../pglog/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_SOCKET -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null \
    || { cat "$WORK_DIR/pglog/postgres.log" >&2; exit 1; }
as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres contactdesk_test
export CONTACTDESK_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$PG_PORT/contactdesk_test"
export CONTACTDESK_PG_BIN="$PG_BIN"

if command -v Xvfb >/dev/null; then
    for display in $(seq 90 110); do
        if [[ ! -e "/tmp/.X11-unix/X$display" && ! -e "/tmp/.X$display-lock" ]]; then
            Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp >"$WORK_DIR/xvfb.log" 2>&1 &
            XVFB_PID=$!
            export CONTACTDESK_XVFB_DISPLAY=":$display"
            break
        fi
    done
fi
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export CONTACTDESK_SERVICES_RUNNING=1

# D-Bus session + unlocked keyring, then the command inside that session.
# The keyring lives in this run's own folder: gnome-keyring keeps it under XDG_DATA_HOME, and a
# keyring left by an earlier run (with another throwaway password) would stay locked.
export CONTACTDESK_KEYRING_PASSWORD="contactdesk-test-$$"
export CONTACTDESK_KEYRING_HOME="$WORK_DIR/keyring"
mkdir -p "$CONTACTDESK_KEYRING_HOME"
dbus-run-session -- bash -c '
    set -e
    eval "$(printf "%s" "$CONTACTDESK_KEYRING_PASSWORD" \
        | XDG_DATA_HOME="$CONTACTDESK_KEYRING_HOME" gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    XDG_DATA_HOME="$CONTACTDESK_KEYRING_HOME" gnome-keyring-daemon --start --components=secrets >/dev/null
    exec "$@"
' with-services "$@"
