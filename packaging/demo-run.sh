#!/usr/bin/env bash
# What `./xs run` does once the build is done: the system, not just the app.
#
#   demo-run.sh BUILD_DIR DEMO_DIR ROLE
#
#   1. a local demo hub in DEMO_DIR/hub: SQLite, a development certificate and signing key, the
#      demo data and one demo user per role (made on first run), served on a free loopback port;
#   2. the role's demo database DEMO_DIR/xiangshu-demo-ROLE.db, filled with the demo on first run;
#   3. demo-ROLE signs in to the hub and a first sync runs (what the hub holds arrives; the
#      desktop's changes go out);
#   4. the app opens on it, signed in: on the display if there is one, otherwise on a virtual
#      screen (Xvfb), with DEMO_DIR/screenshot-ROLE.png saved once its window shows.
#
# Without a display or a session bus, a private keychain (GNOME Keyring) holds the hub token for
# this run. The hub stops when the app closes. ROLE: cataloguer, reviewer, manager, auditor, admin.
# Environment: XS_SETTLE_SECONDS (2), seconds to wait after the window shows before the screenshot.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [ "${1:-}" = --session ]; then
    # Inside the keychain's session: sign in, sync, open the app.
    shift
    cli=$1 app=$2 database=$3 passphrase=$4 hub_url=$5 ca=$6 hub_key=$7 role=$8 demo_dir=$9
    "$cli" login --database "$database" --passphrase-file "$passphrase" --hub "$hub_url" --ca "$ca" \
        --hub-key "$hub_key" --user "demo-$role" --password-file "$demo_dir/hub/demo-password.txt"
    "$cli" sync --database "$database" --passphrase-file "$passphrase" || [ $? -eq 6 ]
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        "$app" --database "$database" --passphrase-file "$passphrase" ${XS_AREA:+--area "$XS_AREA"}
        exit 0
    fi
    shot=$demo_dir/screenshot-$role.png
    echo "xs: no display found; running the app under Xvfb and saving $shot once its window shows"
    XS_SETTLE_SECONDS=${XS_SETTLE_SECONDS:-2} "$here/packaging/screenshot-app.sh" "$app" "$database" \
        "$passphrase" "$shot" "$demo_dir/run-$role.log" "${XS_AREA:-}"
    echo "xs: screenshot saved: $shot"
    exit 0
fi

[ $# -eq 3 ] || { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
build=$1 demo_dir=$2 role=$3
# Each role opens where its work is, unless XS_AREA says otherwise.
case "$role" in
    cataloguer) default_area=catalog ;;
    reviewer) default_area=registration ;;
    manager) default_area=grants ;;
    auditor) default_area=audits ;;
    admin) default_area=catalog ;;
    *) echo "xs: XS_ROLE must be cataloguer, reviewer, manager, auditor or admin, not \"$role\"" >&2; exit 2 ;;
esac
export XS_AREA=${XS_AREA:-$default_area}
cli=$build/app/xiangshu-cli app=$build/app/xiangshu hubbin=$build/hub/xiangshu-hub
mkdir -p "$demo_dir/hub"
demo_dir=$(cd "$demo_dir" && pwd)

# 1. The hub.
if [ ! -f "$demo_dir/hub/hub.db" ]; then
    echo "xs: creating the demo hub in $demo_dir/hub"
    "$hubbin" dev-cert "$demo_dir/hub/certs" >/dev/null
    "$hubbin" demo --database "$demo_dir/hub/hub.db" >/dev/null
fi
printf '%s\n' 'xiangshu-demo-2026' >"$demo_dir/hub/demo-password.txt"
hub_log=$demo_dir/hub/hub.log
"$hubbin" serve --database "$demo_dir/hub/hub.db" --listen 127.0.0.1:0 \
    --cert "$demo_dir/hub/certs/hub-cert.pem" --key "$demo_dir/hub/certs/hub-key.pem" \
    --signing-key "$demo_dir/hub/certs/hub-signing-key.pem" 2>"$hub_log" &
hub_pid=$!
trap 'kill "$hub_pid" 2>/dev/null; wait "$hub_pid" 2>/dev/null || true' EXIT
port=
for _ in $(seq 1 100); do
    port=$(grep -o '"event":"listening"[^}]*' "$hub_log" 2>/dev/null | grep -o '"port":[0-9]*' | cut -d: -f2 || true)
    [ -n "$port" ] && break
    kill -0 "$hub_pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$port" ] || { echo "xs: the demo hub did not start; see $hub_log" >&2; exit 1; }
echo "xs: demo hub serving on https://localhost:$port (log: $hub_log)"

# 2. The role's desktop database.
database=$demo_dir/xiangshu-demo-$role.db
passphrase=$demo_dir/demo-passphrase.txt
[ -f "$passphrase" ] || printf '%s\n' 'xiangshu-demo-2026' >"$passphrase"
if [ ! -f "$database" ]; then
    echo "xs: creating the demo database $database"
    "$cli" init --database "$database" --passphrase-file "$passphrase" --no-keychain >/dev/null
    "$cli" demo --database "$database" --passphrase-file "$passphrase" --scale small
fi
echo "xs: signing in as demo-$role (password xiangshu-demo-2026; database passphrase: $(head -n1 "$passphrase"))"

# 3 and 4, where the token can be kept: the desktop's keychain, or a private one for this run.
session=("$0" --session "$cli" "$app" "$database" "$passphrase" "https://localhost:$port"
    "$demo_dir/hub/certs/hub-cert.pem" "$demo_dir/hub/certs/hub-signing-key.pem.pub" "$role" "$demo_dir")
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    "${session[@]}"
else
    "$here/tests/support/with-keyring.sh" "${session[@]}"
fi
