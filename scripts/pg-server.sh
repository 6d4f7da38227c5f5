#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite: a cluster in a temporary directory,
# owned by an unprivileged user (initdb refuses root), listening on a Unix socket in
# DIR/run and, for the TLS tests, on a free loopback port that takes TLS only (a test CA's
# certificate for `localhost`, made with openssl; a password, SCRAM). A plain TCP
# connection is rejected, so a test that connects there has encrypted.
#
#   bash scripts/pg-server.sh start DIR   # prints the URL to export as FORECAST_TEST_PG
#                                         # DIR/run/tls-url: the TLS URL (FORECAST_TEST_PG_TLS)
#                                         # DIR/tls/ca.crt: the test CA; DIR/tls/other-ca.crt:
#                                         # a CA that signed nothing here
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
    command -v openssl >/dev/null 2>&1 || {
        [[ ${PG_INSTALL:-0} == 1 ]] || die "openssl not found (for the TLS test certificates); install the openssl package"
        apt-get install -y -qq openssl >&2
    }
    make_certs "$dir/tls"
    as_server_user "$bin/initdb" --pgdata="$dir/data" --username=postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-instructions >"$dir/run/initdb.log" 2>&1 \
        || { cat "$dir/run/initdb.log" >&2; die "initdb failed"; }
    # Loopback TCP takes TLS with a password only; the socket stays trusted.
    local hba="$dir/data/pg_hba.conf"
    { printf 'hostnossl all all 127.0.0.1/32 reject\nhostssl all all 127.0.0.1/32 scram-sha-256\n'; grep -v '^host' "$hba"; } > "$hba.new"
    mv "$hba.new" "$hba"
    if [[ $(id -u) -eq 0 ]]; then chown "$(server_user)" "$hba"; fi
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # fsync off: a test server is thrown away (PG_FSYNC=on for a benchmark, so commits are
    # as durable as a real server's).
    as_server_user "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/run/server.log" --wait \
        --options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir/run' -c ssl=on -c ssl_cert_file='$dir/tls/server.crt' -c ssl_key_file='$dir/tls/server.key' -c fsync=${PG_FSYNC:-off} -c max_connections=100" \
        start >/dev/null || { cat "$dir/run/server.log" >&2; die "the server did not start"; }
    local password
    password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    "$bin/psql" -q -h "$dir/run" -p "$port" -U postgres -d postgres \
        -c "ALTER ROLE postgres PASSWORD '$password'" >/dev/null
    printf 'postgres://postgres:%s@localhost:%s/postgres\n' "$password" "$port" > "$dir/run/tls-url"
    printf 'postgres://postgres@localhost:%s/postgres?host=%s\n' "$port" "$dir/run"
}

# make_certs DIR: a test CA, a server certificate it signs for `localhost` (no IP address,
# so a connection to 127.0.0.1 fails verify-full and passes verify-ca), and a second CA.
make_certs() {
    local d=$1 ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    mkdir -p "$d"
    openssl req -x509 "${ec[@]}" -keyout "$d/ca.key" -out "$d/ca.crt" -days 3 \
        -subj /CN=forecast-ledger-test-ca 2>/dev/null
    openssl req -x509 "${ec[@]}" -keyout "$d/other-ca.key" -out "$d/other-ca.crt" -days 3 \
        -subj /CN=forecast-ledger-other-ca 2>/dev/null
    openssl req "${ec[@]}" -keyout "$d/server.key" -out "$d/server.csr" -subj /CN=localhost 2>/dev/null
    printf 'subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n' > "$d/ext"
    openssl x509 -req -in "$d/server.csr" -CA "$d/ca.crt" -CAkey "$d/ca.key" -CAcreateserial \
        -out "$d/server.crt" -days 3 -extfile "$d/ext" 2>/dev/null
    chmod 755 "$d"
    chmod 600 "$d/server.key" "$d/ca.key" "$d/other-ca.key"
    if [[ $(id -u) -eq 0 ]]; then chown "$(server_user)" "$d/server.key"; fi
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
