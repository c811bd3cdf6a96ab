#!/usr/bin/env bash
# Runs the app on a virtual screen (Xvfb), waits until its main window is shown (the app logs
# "main window shown"; the keychain may take seconds to answer first), lets it settle, and saves a
# screenshot of the whole screen. Used by `./xs run` without a display and by tst_firstrun.
#
#   screenshot-app.sh APP DATABASE PASSPHRASE_FILE SCREENSHOT LOG [AREA]
#
# Environment: XS_SETTLE_SECONDS (2) after the window shows; XS_WAIT_SECONDS (60) for it to show.
# Exit 0 with the screenshot saved; 1 if the window never showed (see LOG).
set -uo pipefail
[ $# -ge 5 ] || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
app=$1 database=$2 passphrase=$3 shot=$4 log=$5 area=${6:-}

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    app=$1 database=$2 passphrase=$3 shot=$4 log=$5 area=$6
    "$app" --database "$database" --passphrase-file "$passphrase" ${area:+--area "$area"} 2>"$log" &
    pid=$!
    for _ in $(seq 1 $((2 * ${XS_WAIT_SECONDS:-60}))); do
        grep -q "main window shown" "$log" 2>/dev/null && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    sleep "${XS_SETTLE_SECONDS:-2}" # let it paint, as a person would look after a moment
    import -window root "$shot"
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    true' _ "$app" "$database" "$passphrase" "$shot" "$log" "$area"
grep -q "main window shown" "$log" || { echo "screenshot-app: the main window did not show; see $log" >&2; exit 1; }
[ -s "$shot" ] || { echo "screenshot-app: no screenshot was saved" >&2; exit 1; }
