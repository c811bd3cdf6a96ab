#!/usr/bin/env bash
# Xiangshu Workbench (湘数工作台): the README's two commands.
#
#   ./xs run    install what is missing, build, start a local demo hub, sign the demo user in, sync,
#               and open the app on the demo database (packaging/demo-run.sh)
#   ./xs test   install what is missing, build (warnings are errors), run the whole suite with ctest
#
# Both work on a fresh Debian 12 as root or with sudo. Environment:
#   XS_ROLE           whose eyes: cataloguer, reviewer, manager, auditor or admin (default admin)
#   XS_DEMO_DIR       where the demo hub and databases live (default: .demo in this folder)
#   XS_AREA           the area to open on (catalog, registration, grants, pricing, audit, sync, ...)
#   XS_SETTLE_SECONDS without a display, how long to wait after the main window shows before the
#                     screenshot (2)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
preset=ci

usage() {
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

build() {
    packaging/install-deps.sh
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

run() {
    build
    packaging/demo-run.sh "build/$preset" "${XS_DEMO_DIR:-$here/.demo}" "${XS_ROLE:-admin}"
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
