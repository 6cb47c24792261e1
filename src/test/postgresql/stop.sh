#!/usr/bin/env bash
# Stops the server src/test/postgresql/start.sh started, if it runs. A server that is already gone (the
# machine restarted and left its pid file behind) is not an error.
set -euo pipefail
cd "$(dirname "$0")/../../.."
dir="$PWD/target/postgresql"
[ -f "$dir/cluster" ] || exit 0
cluster=$(cat "$dir/cluster")
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -n "$bin" ] && [ -f "$cluster/postmaster.pid" ]; then
    if [ "$(id -u)" = 0 ]; then
        runuser -u nobody -- "$bin/pg_ctl" -D "$cluster" -m fast stop >/dev/null 2>&1 || true
    else
        "$bin/pg_ctl" -D "$cluster" -m fast stop >/dev/null 2>&1 || true
    fi
fi
case "$cluster" in
    /tmp/dossier-postgresql.*) rm -rf "$(dirname "$cluster")" ;;
esac
