#!/usr/bin/env bash
# Xiangshu Workbench (湘数工作台): the README's two commands.
#
#   ./xs run    install what is missing, build, create the demo database on first run, start the app
#   ./xs test   install what is missing, build (warnings are errors), run the whole suite with ctest
#
# Both work on a fresh Debian 12 as root or with sudo. Environment:
#   XS_DEMO_DIR       where the demo database lives (default: .demo in this folder)
#   XS_RUN_SECONDS    without a display, how long to wait after the main window shows before the
#                     screenshot (2)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
preset=ci

usage() {
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

build() {
    packaging/install-deps.sh
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

run() {
    build
    local demo_dir=${XS_DEMO_DIR:-$here/.demo}
    local database=$demo_dir/xiangshu-demo.db
    local passphrase=$demo_dir/demo-passphrase.txt
    local cli=build/$preset/app/xiangshu-cli app=build/$preset/app/xiangshu
    mkdir -p "$demo_dir"
    if [ ! -f "$database" ]; then
        echo "xs: creating the demo database $database"
        printf '%s\n' 'xiangshu-demo-2026' >"$passphrase"
        "$cli" init --database "$database" --passphrase-file "$passphrase"
        "$cli" demo --database "$database" --passphrase-file "$passphrase" --scale small
    fi
    echo "xs: demo recovery passphrase (if the app asks): $(head -n1 "$passphrase")"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec "$app" --database "$database" ${XS_AREA:+--area "$XS_AREA"}
    fi
    # No display (a server, a container): run it on a virtual one and take a screenshot once the
    # main window is up.
    local shot=$demo_dir/screenshot.png
    echo "xs: no display found; running the app under Xvfb and saving $shot once its window shows"
    XS_SETTLE_SECONDS=${XS_RUN_SECONDS:-2} packaging/screenshot-app.sh "$app" "$database" "$passphrase" "$shot" \
        "$demo_dir/run.log" "${XS_AREA:-}" || return 1
    echo "xs: screenshot saved: $shot"
}

run_tests() {
    packaging/install-deps.sh
    # Configure, build and test in one go; ctest prints the summary.
    cmake --workflow --preset "$preset"
}

case "${1:-}" in
    run) run ;;
    test) run_tests ;;
    *) usage ;;
esac
