#!/bin/sh
# Runs a command against a real, private GNOME Keyring (Secret Service) on a private D-Bus session:
#   with-keyring.sh COMMAND [ARGS...]
# Every run gets its own HOME and XDG folders, so tests never touch the developer's keyring and
# never see each other's secrets. The keyring's password is "xs-test" (unlocked at start).
# With XS_KEYRING_LOCKED=1 the login keyring exists but stays locked, as after a login that did
# not unlock it; no prompt can be shown, so nothing can unlock it.
set -eu
if [ "${XS_KEYRING_INNER:-}" != 1 ]; then
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/xs-keyring.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT INT TERM
    mkdir -p "$scratch/home" "$scratch/runtime" "$scratch/data" "$scratch/config" "$scratch/cache"
    chmod 700 "$scratch/runtime"
    if [ "${XS_KEYRING_LOCKED:-}" = 1 ]; then
        # A first session creates the login keyring on disk (it needs one item to be written).
        # Its own runtime folder, so the main session cannot find (and defer to) its daemon.
        mkdir -p "$scratch/runtime-setup" && chmod 700 "$scratch/runtime-setup"
        HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime-setup" XDG_DATA_HOME="$scratch/data" \
            XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" \
            dbus-run-session -- sh -c 'printf %s xs-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
                printf %s x | secret-tool store --label=setup xs-test setup' 2>/dev/null
    fi
    # Not exec: the trap must remove the scratch folder afterwards.
    HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" \
        XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" XS_KEYRING_INNER=1 \
        dbus-run-session -- "$0" "$@"
    exit $?
fi
# Inside the private session: start the Secret Service, with the login keyring unlocked or not.
if [ "${XS_KEYRING_LOCKED:-}" = 1 ]; then
    gnome-keyring-daemon --daemonize --components=secrets >/dev/null 2>&1
else
    printf '%s' xs-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
fi
exec "$@"
