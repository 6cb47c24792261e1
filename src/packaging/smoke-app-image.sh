#!/usr/bin/env bash
# The app image as a user gets it: copied to a fresh folder, started with a fresh HOME, no JDK on the
# PATH and no JAVA_HOME. It opens its window on an empty data folder (the default ~/Dossier), loads the
# sample business through the same launcher's command line, opens the window on it, and verify finds
# nothing wrong. The console must not carry JavaFX's class-path warning, and nothing is unpacked into
# ~/.openjfx. Linux; headless under Xvfb when there is no display (Debian packages xvfb, libgtk-3-0).
# Usage: src/packaging/smoke-app-image.sh [IMAGE]   (IMAGE: target/installer/Dossier, made by -Pinstaller)
set -euo pipefail
image="$(cd "${1:-target/installer/Dossier}" && pwd)"
work="$(mktemp -d)"
xvfb=""
cleanup() {
    if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

cp -a "$image" "$work/Dossier"
mkdir -p "$work/home" "$work/empty-path"
display="${DISPLAY:-}"
if [ -z "$display" ]; then
    display=":$((100 + $$ % 100))"
    Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb=$!
    sleep 1
fi
launcher="$work/Dossier/bin/Dossier"
timeout="$(command -v timeout)"

# a user's environment: nothing of the build machine's Java, a home of its own (Java takes user.home
# from the password file, not from HOME, hence the property too)
as_user() {
    env -i HOME="$work/home" PATH="$work/empty-path" DISPLAY="$display" NO_AT_BRIDGE=1 LANG=C.UTF-8 \
        JAVA_TOOL_OPTIONS="-Duser.home=$work/home${check:-}" "$@"
}
window() {
    check=" -Ddossier.startupCheck=true" as_user "$timeout" 180 "$launcher" "$@" >"$work/out" 2>"$work/err" || {
        echo "the window did not open and close: $(cat "$work/out" "$work/err")"; exit 1; }
    grep -q '^SHOWN ' "$work/out" || { echo "the window never showed: $(cat "$work/out" "$work/err")"; exit 1; }
    if grep -q 'Unsupported JavaFX configuration' "$work/err"; then
        echo "JavaFX says it runs from the class path: $(cat "$work/err")"; exit 1
    fi
    if grep -v '^Picked up JAVA_TOOL_OPTIONS' "$work/err" | grep -q .; then
        echo "the window printed to the console: $(cat "$work/err")"; exit 1
    fi
}

start=$(date +%s)
window
test -d "$work/home/Dossier" || { echo "no data folder in the fresh home"; exit 1; }
echo "window opened on an empty data folder: $work/home/Dossier"
as_user "$timeout" 180 "$launcher" sample 2>"$work/err" | tee "$work/sample"
grep -q 'Loaded the sample' "$work/sample" || { echo "the sample did not load"; exit 1; }
window
echo "window opened on the sample business"
as_user "$timeout" 180 "$launcher" verify >"$work/verify" 2>&1 || { echo "verify failed: $(cat "$work/verify")"; exit 1; }
echo "verify: $(tail -1 "$work/verify")"
if [ -e "$work/home/.openjfx" ]; then
    echo "JavaFX unpacked its libraries into the home: $(ls -R "$work/home/.openjfx" | head)"; exit 1
fi
echo "app image smoke test passed in $(( $(date +%s) - start )) s"
