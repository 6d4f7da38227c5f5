#!/usr/bin/env bash
# The PostgreSQL part of the speed comparison (issue 16), on a throwaway server on this
# machine (scripts/pg-server.sh, with fsync on so a commit is as durable as SQLite's
# synchronous=FULL): import of the benchmark CSV (target >= 100,000 rows/s), the default
# report from kept sums (target < 100 ms, process start and connection included), one
# `add` (target < 20 ms), and for reference verify. bench/compare.sh runs it at its end
# with BENCH_PG=1, on the same CSV, and checks that the report is SQLite's byte for byte.
#
# Usage: bench/pg.sh [FORECASTS] [SOURCES]      (defaults 1000000 and 1000)
#        BENCH_CSV=file.csv BENCH_REPORT=sqlite-report.json bench/pg.sh   (from compare.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
S=${2:-1000}
cargo build --release --quiet --bin forecast --example synth
bin=target/release/forecast
pgwork=$(mktemp -d)
chmod 755 "$pgwork"
trap 'bash scripts/pg-server.sh stop "$pgwork/pg" >/dev/null 2>&1 || true; rm -rf "$pgwork"' EXIT
# Today is the wall clock's day: the synthetic ledger's dates end on 2026-11-28 (later
# deadlines are left unresolved), and a today set before the day its rows were written
# would time the report's note on data dated after today, not the report a user gets.
export FORECAST_TODAY=$(date -u +%F)
unset FORECAST_DB
url=$(PG_FSYNC=on bash scripts/pg-server.sh start "$pgwork/pg")

csv=${BENCH_CSV:-}
if [[ -z "$csv" ]]; then
    csv="$pgwork/big.csv"
    echo "generating $N forecasts from $S sources"
    target/release/examples/synth --forecasts "$N" --sources "$S" --seed 1 > "$csv"
fi
rows=$(($(wc -l < "$csv") - 1))

# pgrun NAME COMMAND...: wall seconds of one command (its output in $pgwork/out).
pgrun() {
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$pgwork/time" "$@" > "$pgwork/out" 2> "$pgwork/err" || { cat "$pgwork/err" >&2; exit 1; }
    read -r secs kib < "$pgwork/time"
    printf '%-45s %8.3f s %6d MiB\n' "$name" "$secs" "$((kib / 1024))"
    echo "$secs"  > "$pgwork/last"
}

pgbin=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
echo "$("$pgbin/postgres" --version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
pgrun "pg: forecast import ($rows rows)" "$bin" --db "$url" import "$csv"
import=$(cat "$pgwork/last")
pgrun "pg: forecast report --format json" "$bin" --db "$url" report --format json
if [[ -n "${BENCH_REPORT:-}" ]]; then
    cmp -s "$pgwork/out" "$BENCH_REPORT" || { echo "the PostgreSQL report differs from SQLite's" >&2; exit 1; }
    echo "the PostgreSQL report is SQLite's byte for byte"
fi
reports=()
for _ in 1 2 3 4 5; do
    pgrun "pg: forecast report (table, kept sums)" "$bin" --db "$url" report
    reports+=("$(cat "$pgwork/last")")
done
adds=()
for i in 1 2 3 4 5; do
    pgrun "pg: forecast add" "$bin" --db "$url" add --source bench --claim "one more $i" --probability 0.6 --deadline 2027-06-30
    adds+=("$(cat "$pgwork/last")")
done
pgrun "pg: forecast verify" "$bin" --db "$url" verify
python3 - "$rows" "$import" "${reports[*]}" "${adds[*]}" <<'PY'
import sys, statistics
rows, imp = int(sys.argv[1]), float(sys.argv[2])
rep = statistics.median(map(float, sys.argv[3].split()))
add = statistics.median(map(float, sys.argv[4].split()))
print()
print(f"PostgreSQL import: {rows / imp:,.0f} rows/s (target >= 100,000)")
print(f"PostgreSQL default report: {rep * 1000:.0f} ms median of 5, process start and connection included (target < 100)")
print(f"PostgreSQL add: {add * 1000:.0f} ms median of 5, process start included (target < 20)")
PY
