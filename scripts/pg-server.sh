#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite: a cluster in a temporary directory,
# owned by an unprivileged user (initdb refuses root), listening only on a Unix socket in
# DIR/run (no TCP port, so it cannot clash with another server on the machine).
#
#   bash scripts/pg-server.sh start DIR   # prints the URL to export as FORECAST_TEST_PG
#   bash scripts/pg-server.sh stop DIR    # stops the server and removes DIR
#
# Without PostgreSQL's server binaries it installs Debian's `postgresql` package when
# PG_INSTALL=1 (what .ci/run sets), and otherwise fails naming what is missing.
# The superuser is called `postgres` and local connections are trusted: the server is
# reachable only through a socket in a directory only its user and root can enter.
set -euo pipefail

die() { echo "pg-server: $*" >&2; exit 1; }

bindir() {
    local d
    if command -v pg_config >/dev/null 2>&1; then
        d=$(pg_config --bindir 2>/dev/null || true)
        if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return 0; fi
    fi
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return 0; fi
    done
    return 1
}

# The user the cluster runs as: the caller if not root, else `nobody`.
server_user() {
    if [[ $(id -u) -ne 0 ]]; then id -un; else echo nobody; fi
}

as_server_user() {
    if [[ $(id -u) -ne 0 ]]; then
        "$@"
    else
        setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups -- "$@"
    fi
}

start() {
    local dir=$1 bin
    if ! bin=$(bindir); then
        if [[ ${PG_INSTALL:-0} == 1 ]]; then
            echo "pg-server: PostgreSQL not found; installing Debian's postgresql package" >&2
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq >&2
            apt-get install -y -qq postgresql >&2
            bin=$(bindir) || die "postgresql installed but initdb/pg_ctl not found"
        else
            die "PostgreSQL server binaries (initdb, pg_ctl) not found; install the postgresql package"
        fi
    fi
    # DIR/data holds the cluster (mode 700, the server user's); DIR/run the socket and logs.
    mkdir -p "$dir/data" "$dir/run"
    chmod 711 "$dir"
    chmod 700 "$dir/data"
    chmod 755 "$dir/run"
    if [[ $(id -u) -eq 0 ]]; then chown "$(server_user)" "$dir/data" "$dir/run"; fi
    as_server_user test -w "$dir/run" \
        || die "$(server_user) cannot enter \`$dir\`; its parent directories must be searchable (chmod o+x)"
    as_server_user "$bin/initdb" --pgdata="$dir/data" --username=postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-instructions >"$dir/run/initdb.log" 2>&1 \
        || { cat "$dir/run/initdb.log" >&2; die "initdb failed"; }
    # No TCP at all; the socket lives in DIR/run. fsync off: a test server is thrown away
    # (PG_FSYNC=on for a benchmark, so commits are as durable as a real server's).
    as_server_user "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/run/server.log" --wait \
        --options="-c listen_addresses='' -c unix_socket_directories='$dir/run' -c fsync=${PG_FSYNC:-off} -c max_connections=100" \
        start >/dev/null || { cat "$dir/run/server.log" >&2; die "the server did not start"; }
    printf 'postgres://postgres@localhost/postgres?host=%s\n' "$dir/run"
}

stop() {
    local dir=$1 bin
    [[ -d "$dir" ]] || return 0
    if [[ -f "$dir/data/postmaster.pid" ]] && bin=$(bindir); then
        as_server_user "$bin/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) [[ $# -eq 2 ]] || die "usage: pg-server.sh start DIR"; start "$2" ;;
    stop) [[ $# -eq 2 ]] || die "usage: pg-server.sh stop DIR"; stop "$2" ;;
    *) die "usage: pg-server.sh start|stop DIR" ;;
esac
