#!/usr/bin/env bash
# Slow clients against the hub, alone and behind the shipped nginx site (issue 18, item 3):
# slowhttptest opens CONNECTIONS slow-header (slowloris) connections; meanwhile /api/v1/health is
# asked once a second with curl, and the hub's open descriptors are counted. One JSON line per
# target: the health answers' worst and median time, how many failed, and the hub's descriptors at
# the peak and after the slow clients gave up or were closed.
#
#   tests/bench/slow_clients.sh BUILD_DIR [CONNECTIONS=1000] [SECONDS=60]
#
# Needs slowhttptest, nginx and curl (apt install slowhttptest nginx-light curl). Not part of the
# suite: it runs for minutes and loads the machine on purpose.
set -euo pipefail
build=$(cd "${1:?usage: slow_clients.sh BUILD_DIR [CONNECTIONS] [SECONDS]}" && pwd)
connections=${2:-1000}
seconds=${3:-60}
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; kill "$hub_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

hub=$build/hub/xiangshu-hub
"$hub" dev-cert "$work/tls" >/dev/null
"$hub" serve --database "$work/hub.db" --listen 127.0.0.1:0 --cert "$work/tls/hub-cert.pem" \
    --key "$work/tls/hub-key.pem" --trusted-proxy 127.0.0.1 2>"$work/hub.log" &
hub_pid=$!
for _ in $(seq 50); do grep -q '"listening"' "$work/hub.log" 2>/dev/null && break; sleep 0.1; done
hub_port=$(grep -o '"port":[0-9]*' "$work/hub.log" | head -1 | cut -d: -f2)
nginx_port=$((hub_port + 1))
sed -e "s|/etc/xiangshu-hub/tls|$work/tls|g" -e "s|listen 443 ssl http2;|listen 127.0.0.1:$nginx_port ssl http2;|" \
    -e '/listen \[::\]:443/d' -e "s|server 127.0.0.1:8443|server 127.0.0.1:$hub_port|" \
    -e "s|limit_conn xiangshu_per_address 128;|limit_conn xiangshu_per_address 4096;|" \
    "$src/packaging/hub/nginx-xiangshu-hub.conf" >"$work/site.conf"
user=""
[ "$(id -u)" = 0 ] && user="user root;"
cat >"$work/nginx.conf" <<CONF
$user
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
worker_rlimit_nofile 16384;
events { worker_connections 8192; }
http { access_log off; client_body_temp_path $work/body; proxy_temp_path $work/proxy;
       fastcgi_temp_path $work/f; uwsgi_temp_path $work/u; scgi_temp_path $work/s; include $work/site.conf; }
CONF
nginx -c "$work/nginx.conf"
ulimit -n 16384 || true

measure() { # NAME URL
    local name=$1 url=$2
    local times=$work/$name.times
    : >"$times"
    slowhttptest -H -c "$connections" -r 500 -i 10 -l "$seconds" -u "$url/api/v1/health" \
        -g -o "$work/$name" >"$work/$name.slowhttptest.log" 2>&1 &
    local slow=$! peak=0 failed=0
    for _ in $(seq "$seconds"); do
        sleep 1
        local fds
        fds=$(ls "/proc/$hub_pid/fd" | wc -l)
        [ "$fds" -gt "$peak" ] && peak=$fds
        # From another address than the slow clients (127.0.0.2): a desktop is not the attacker.
        if ! curl -s -o /dev/null -w '%{time_total}\n' --max-time 5 --interface 127.0.0.2 --cacert "$work/tls/hub-cert.pem" \
            "$url/api/v1/health" >>"$times"; then
            failed=$((failed + 1))
        fi
    done
    wait "$slow" || true
    sleep 2
    local after
    after=$(ls "/proc/$hub_pid/fd" | wc -l)
    local open
    open=$(awk -F, 'NR > 1 && $4 + 0 > most { most = $4 + 0 } END { print most + 0 }' "$work/$name.csv" 2>/dev/null || echo 0)
    sort -n "$times" | awk -v name="$name" -v c="$connections" -v failed="$failed" -v peak="$peak" \
        -v after="$after" -v open="$open" '
        { t[NR] = $1 } END {
            printf "{\"target\":\"%s\",\"slow_connections\":%d,\"slow_connected_most\":%d,\"health_probes\":%d,\"health_failed\":%d,\"health_median_ms\":%.0f,\"health_worst_ms\":%.0f,\"hub_fds_peak\":%d,\"hub_fds_after\":%d}\n",
                name, c, open, NR, failed, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000, peak, after }'
}

baseline=$(ls "/proc/$hub_pid/fd" | wc -l)
echo "{\"hub_fds_idle\":$baseline,\"seconds\":$seconds}"
measure hub "https://localhost:$hub_port"
measure nginx "https://localhost:$nginx_port"
