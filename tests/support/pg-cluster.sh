#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the engine tests: initdb into a temporary folder as an
# unprivileged user, listening on a free loopback port only, trust authentication for local
# connections (nothing but this machine's own tests can reach it).
#
#   eval "$(tests/support/pg-cluster.sh start)"   # exports ANJU_TEST_POSTGRES and ANJU_PG_CLUSTER
#   tests/support/pg-cluster.sh stop               # stops it and removes the folder
#   tests/support/pg-cluster.sh start-file F       # for CTest's fixture: the URL into F, F.dir the folder
#   tests/support/pg-cluster.sh stop-file F
# With ANJU_TEST_POSTGRES already set (a server of your own), start-file only writes that URL.
set -euo pipefail

# (|| true: without the server, ls fails and pipefail would end the script here, silently.)
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
missing="The PostgreSQL server programs (initdb, pg_ctl in /usr/lib/postgresql/VERSION/bin) are not installed: \
install the Debian package postgresql (sudo apt-get install postgresql, or ./dev.sh deps). The *_pg tests need them."

# initdb refuses to run as root; the Debian package's postgres account is unprivileged.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A port nobody listens on: a random one above the usual services, skipping those `ss` shows as taken.
free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        if ! ss -ltnH 2>/dev/null | awk '{print $4}' | grep -q ":$port\$"; then
            echo "$port"
            return
        fi
    done
    echo "no free port found" >&2
    return 1
}

case "${1:-}" in
    start)
        [ -n "$bindir" ] || { echo "$missing" >&2; exit 1; }
        dir="$(mktemp -d /tmp/anju-pg.XXXXXX)"
        chmod 755 "$dir"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
        as_owner "$bindir/initdb" -D "$dir/data" -U anju -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
        # Another program may take the port between the check and the start: try a few.
        started=""
        for _ in 1 2 3 4 5; do
            port="$(free_port)"
            if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
                -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c max_connections=100" \
                start >/dev/null; then
                started=1
                break
            fi
        done
        [ -n "$started" ] || { cat "$dir/server.log" >&2; exit 1; }
        echo "export ANJU_PG_CLUSTER=$dir"
        echo "export ANJU_TEST_POSTGRES=postgresql://anju@127.0.0.1:$port/postgres"
        ;;
    stop)
        dir="${2:-${ANJU_PG_CLUSTER:-}}"
        [ -n "$dir" ] && [ -d "$dir/data" ] || exit 0
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$dir"
        ;;
    start-file)
        file="$2"
        rm -f "$file" "$file.dir" "$file.error"
        if [ -n "${ANJU_TEST_POSTGRES:-}" ]; then
            echo "$ANJU_TEST_POSTGRES" >"$file"
            exit 0
        fi
        if [ -z "$bindir" ]; then
            # Said by every *_pg test as its failure (tests/support/TestServer.cpp), not only here: CTest
            # would otherwise list them as "Not Run" for a failed fixture, without the reason.
            echo "$missing" | tee "$file.error" >&2
            exit 0
        fi
        eval "$("$0" start)"
        echo "$ANJU_PG_CLUSTER" >"$file.dir"
        echo "$ANJU_TEST_POSTGRES" >"$file"
        echo "test server at $ANJU_TEST_POSTGRES ($ANJU_PG_CLUSTER)"
        ;;
    stop-file)
        file="$2"
        [ -f "$file.dir" ] && "$0" stop "$(cat "$file.dir")"
        rm -f "$file" "$file.dir" "$file.error"
        ;;
    *)
        echo "usage: $0 start | stop [DIR]" >&2
        exit 2
        ;;
esac
