#!/usr/bin/env bash
# packaging/test-packages.sh BUILD_DIR - the packages as an administrator meets them:
#   1. cpack builds xiangshu-workbench and xiangshu-hub in BUILD_DIR;
#   2. lintian finds no error and no warning in either;
#   3. systemd-analyze security rates the hub's unit OK or better (exposure 2.0 at most);
#   4. both install with apt into a clean Debian 12 root (debootstrap minbase, cached in
#      BUILD_DIR/packaging/debian-base), where xiangshu-cli --version and xiangshu-hub --help run,
#      the hub's postinst has made its account, keys and settings with the right owners, the hub
#      serves as that account from the installed settings, and a purge removes the keys.
# Needs root (chroot): exits 77 (skipped) without it. The tools come from packaging/install-deps.sh.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:?usage: test-packages.sh BUILD_DIR}" && pwd)
log() { echo "test-packages: $*"; }

[ "$(id -u)" = 0 ] || { log "SKIP: installing into a clean root needs root"; exit 77; }
for tool in debootstrap lintian systemd-analyze cpack; do
    command -v "$tool" >/dev/null || { log "FAIL: $tool is not installed (packaging/install-deps.sh installs it)"; exit 1; }
done

# 1. The packages.
cd "$build"
rm -f xiangshu-workbench_*.deb xiangshu-hub_*.deb
cpack -G DEB >"$build/packaging/cpack.log" 2>&1 || { cat "$build/packaging/cpack.log"; exit 1; }
workbench=$(ls xiangshu-workbench_*.deb)
hub=$(ls xiangshu-hub_*.deb)
log "built $workbench ($(stat -c %s "$workbench") bytes) and $hub ($(stat -c %s "$hub") bytes)"

# 2. lintian: not an error, not a warning (overrides, with their reasons, in packaging/lintian).
lintian --fail-on error,warning "$workbench" "$hub" 2> >(grep -v 'root privileges' >&2)
log "lintian: clean"

# 3. The unit's exposure, as `systemd-analyze security` rates it on an installed system.
systemd-analyze security --offline=true --threshold=20 "$src/packaging/hub/xiangshu-hub.service" | tail -n 1

# 4. A clean Debian 12 root.
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
base=$build/packaging/debian-base
root=$build/packaging/clean-root
if [ ! -f "$base/.complete" ]; then
    log "debootstrap bookworm (minbase) from $mirror"
    rm -rf --one-file-system "$base"
    debootstrap --variant=minbase bookworm "$base" "$mirror" >"$build/packaging/debootstrap.log" 2>&1 ||
        { tail -n 20 "$build/packaging/debootstrap.log"; exit 1; }
    touch "$base/.complete"
fi
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
cleanup
cp -a "$base" "$root"
mount -t proc proc "$root/proc"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" # no daemon starts in a chroot
chmod 0755 "$root/usr/sbin/policy-rc.d"
cp "$workbench" "$hub" "$root/tmp/"
inside() { env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive chroot "$root" "$@"; }

inside apt-get update -qq
started=$(date +%s)
inside apt-get install -y -qq --no-install-recommends "/tmp/$workbench" "/tmp/$hub" >"$build/packaging/apt.log" 2>&1 ||
    { tail -n 30 "$build/packaging/apt.log"; exit 1; }
log "installed both with apt in $(($(date +%s) - started)) s"

inside xiangshu-cli --version
inside xiangshu-hub --help | head -n 1
inside id xiangshu-hub
check_owner() { # FILE OWNER:GROUP MODE
    local actual
    actual=$(inside stat -c '%U:%G %a' "$1")
    [ "$actual" = "$2 $3" ] || { log "FAIL: $1 is $actual, expected $2 $3"; exit 1; }
}
check_owner /etc/default/xiangshu-hub root:xiangshu-hub 640
check_owner /etc/xiangshu-hub/tls xiangshu-hub:xiangshu-hub 700
check_owner /etc/xiangshu-hub/tls/hub-key.pem xiangshu-hub:xiangshu-hub 600
check_owner /etc/xiangshu-hub/tls/hub-signing-key.pem xiangshu-hub:xiangshu-hub 600
check_owner /etc/xiangshu-hub/tls/hub-signing-key.pem.pub xiangshu-hub:xiangshu-hub 644
log "postinst: account, keys and settings in place"

# The service's command line, from the installed settings, as its account (what systemd would run;
# StateDirectory= is made by hand here, as systemd would make it).
inside install -d -o xiangshu-hub -g xiangshu-hub -m 0700 /var/lib/xiangshu-hub
inside runuser -u xiangshu-hub -- sh -c '. /etc/default/xiangshu-hub;
    exec timeout 10 xiangshu-hub serve --database "$XS_HUB_DATABASE" --listen 127.0.0.1:0 \
        --cert "$XS_HUB_CERT" --key "$XS_HUB_KEY" --signing-key "$XS_HUB_SIGNING_KEY" $XS_HUB_OPTIONS' \
    2>"$build/packaging/serve.log" || true
grep -q '"event":"listening"' "$build/packaging/serve.log" ||
    { log "FAIL: the hub did not serve from its installed settings"; cat "$build/packaging/serve.log"; exit 1; }
grep -o '"signing_key":"[0-9a-f]*"' "$build/packaging/serve.log"
check_owner /var/lib/xiangshu-hub/hub.db xiangshu-hub:xiangshu-hub 600
log "the hub serves as xiangshu-hub from /etc/default/xiangshu-hub"

inside apt-get purge -y -qq xiangshu-hub >>"$build/packaging/apt.log" 2>&1
if inside test -e /etc/xiangshu-hub; then log "FAIL: purge left /etc/xiangshu-hub"; exit 1; fi
log "purge: keys removed, the store in /var/lib/xiangshu-hub kept"
log "OK"
