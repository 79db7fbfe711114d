#!/usr/bin/env bash
# Drives a real contactdesk-server with an independent client (npm's ws, ws_client.mjs): a fresh
# SQLite centre with the demo data, an agent and a supervisor account made with contactdesk-cli,
# simulated customers so that offers arrive. Installs ws from npm (package-lock.json) into the
# build tree the first time.
#   run_ws_client.sh SOURCE_DIR BUILD_DIR CLI SERVER
set -euo pipefail
source_dir=$1
build_dir=$2
cli=$3
server=$4
here="$source_dir/tests/integration/protocol"

node_dir="$build_dir/node-ws"
if [[ ! -f "$node_dir/node_modules/ws/package.json" ]] || ! cmp -s "$here/package-lock.json" "$node_dir/package-lock.json"; then
    mkdir -p "$node_dir"
    cp "$here/package.json" "$here/package-lock.json" "$node_dir/"
    (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$here/ws_client.mjs" "$here/ws_restart.mjs" "$node_dir/"

work=$(mktemp -d)
server_pid=
cleanup() {
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

db="$work/centre.sqlite"
"$cli" demo-data --db "$db" --customers 60 --interactions 120 >/dev/null
agent_login=$(sqlite3 "$db" "SELECT login FROM agents ORDER BY id LIMIT 1" 2>/dev/null || true)
second_login=$(sqlite3 "$db" "SELECT login FROM agents ORDER BY id LIMIT 1 OFFSET 1" 2>/dev/null || true)
if [[ -z "$agent_login" || -z "$second_login" ]]; then
    echo "run_ws_client: the demo data has no agents (or sqlite3 is missing)" >&2
    exit 1
fi
password='a throwaway password 1'
printf '%s\n' "$password" | "$cli" user add ana --name "Ana Agent" --role agent --agent "$agent_login" --db "$db"
printf '%s\n' "$password" | "$cli" user add cho --name "Cho Agent" --role agent --agent "$second_login" --db "$db"
printf '%s\n' "$password" | "$cli" user add boss --name "Boss Supervisor" --role supervisor --db "$db"

# No TLS on a non-loopback address unless the operator says --insecure.
refusal_status=0
"$server" --db "$db" --listen 0.0.0.0:0 >"$work/refusal.log" 2>&1 || refusal_status=$?
if [[ "$refusal_status" != 2 ]] || ! grep -q "refusing to serve 0.0.0.0 without TLS" "$work/refusal.log"; then
    echo "run_ws_client: the server did not refuse plain ws:// on 0.0.0.0 (exit $refusal_status)" >&2
    cat "$work/refusal.log" >&2
    exit 1
fi
echo "run_ws_client: ok - plain ws:// on 0.0.0.0 is refused without --insecure"

# wss:// with a certificate: a self-signed one made for this run; the client says hello over TLS.
if command -v openssl >/dev/null; then
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/tls.key" -out "$work/tls.crt" -days 1 \
        -subj "/CN=localhost" >/dev/null 2>&1
    "$server" --db "$db" --listen 127.0.0.1:0 --tls-cert "$work/tls.crt" --tls-key "$work/tls.key" \
        >"$work/tls.log" 2>&1 &
    tls_pid=$!
    tls_url=
    for _ in $(seq 1 100); do
        tls_url=$(grep -o 'wss://127.0.0.1:[0-9]*' "$work/tls.log" | head -n 1 || true)
        [[ -n "$tls_url" ]] && break
        sleep 0.1
    done
    tls_status=0
    [[ -n "$tls_url" ]] && (cd "$node_dir" && node ws_restart.mjs hello-tls "$tls_url") || tls_status=$?
    kill "$tls_pid" 2>/dev/null || true
    wait "$tls_pid" 2>/dev/null || true
    if [[ -z "$tls_url" || "$tls_status" != 0 ]]; then
        echo "run_ws_client: wss:// did not work" >&2
        cat "$work/tls.log" >&2
        exit 1
    fi
fi

start_server() {
    : >"$work/server.log"
    "$server" --db "$db" --listen 127.0.0.1:0 --simulate 3600 >"$work/server.log" 2>&1 &
    server_pid=$!
    url=
    for _ in $(seq 1 100); do
        url=$(grep -o 'ws://127.0.0.1:[0-9]*' "$work/server.log" | head -n 1 || true)
        [[ -n "$url" ]] && return 0
        if ! kill -0 "$server_pid" 2>/dev/null; then
            cat "$work/server.log" >&2
            exit 1
        fi
        sleep 0.1
    done
    echo "run_ws_client: the server did not say where it listens" >&2
    cat "$work/server.log" >&2
    exit 1
}

start_server
(cd "$node_dir" && node ws_client.mjs "$url" ana boss "$password")
if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "run_ws_client: the server died during the test" >&2
    cat "$work/server.log" >&2
    exit 1
fi

# Killed mid-shift: an accepted contact and the session survive kill -9 and a restart.
read -r token interaction < <(cd "$node_dir" && node ws_restart.mjs accept "$url" cho "$password")
kill -9 "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=
start_server
(cd "$node_dir" && node ws_restart.mjs resume "$url" "$token" "$interaction")
