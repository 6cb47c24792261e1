#!/usr/bin/env bash
# Starts a PostgreSQL server for the tests that run the services on PostgreSQL (docs/team.md): a new
# cluster in target/postgresql each time, on 127.0.0.1 and a free port, trust authentication, made for
# speed, not safety (fsync off: the server holds nothing that must survive). Prints the address the
# tests take (-Ddossier.test.postgresql=…) and keeps it in target/postgresql/address.
# Uses Debian's postgresql package (installed when missing and this runs as root). initdb refuses to
# run as root, so as root the server runs as the user nobody. Stop it with src/test/postgresql/stop.sh.
set -euo pipefail
cd "$(dirname "$0")/../../.."
dir="$PWD/target/postgresql"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] && [ "$(id -u)" = 0 ]; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
if [ -z "$bin" ]; then
    echo "no PostgreSQL here: install Debian's postgresql package" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

bash src/test/postgresql/stop.sh
rm -rf "$dir"
mkdir -p "$dir"
# The cluster: in target/postgresql, or, when nobody cannot reach the checkout (a home folder closed to
# others), in a folder of its own under /tmp; target/postgresql/cluster says where.
cluster="$dir/data"
if [ "$(id -u)" = 0 ]; then
    chown nobody "$dir"
    if ! runuser -u nobody -- test -w "$dir"; then
        cluster="$(mktemp -d /tmp/dossier-postgresql.XXXXXX)/data"
        chown nobody "$(dirname "$cluster")"
    fi
fi
echo "$cluster" >"$dir/cluster"

port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
done

as_owner "$bin/initdb" -D "$cluster" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$bin/pg_ctl" -D "$cluster" -l "$(dirname "$cluster")/server.log" -w start -o \
    "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c fsync=off \
     -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null

address="postgresql://postgres@127.0.0.1:$port/postgres"
echo "$address" >"$dir/address"
echo "$address"
