#!/usr/bin/env bash
# How cost grows with the ledger (issue 17): import, the default report, compare, verify
# and add, timed at 100,000 and 1,000,000 forecasts (and 10,000,000 with GROWTH_10M=1),
# on the same synthetic data as bench/compare.sh (synth, 1,000 sources, seed 1). Prints a
# table of wall and CPU (user + system) seconds and, between consecutive sizes, the growth
# exponent of the CPU time: log(t2 / t1) / log(n2 / n1), about 0 for constant cost, 1 for
# linear, a little over 1 for n log n.
#
# Usage: bench/growth.sh                    (100k and 1M)
#        GROWTH_10M=1 bench/growth.sh       (also 10M: about 1 GB of CSV and 3.5 GB of
#                                            ledger and WAL at once; needs the disk, and
#                                            an hour or more on a loaded 2-core machine)
# GROWTH_DIR sets where the files go (default a temporary directory, removed at the end);
# GROWTH_SIZES other sizes (e.g. "1000 10000" to try the script quickly).
set -euo pipefail
cd "$(dirname "$0")/.."
read -r -a sizes <<< "${GROWTH_SIZES:-100000 1000000}"
[[ ${GROWTH_10M:-0} == 1 ]] && sizes+=(10000000)
cargo build --release --quiet --bin forecast --example synth
bin=$PWD/target/release/forecast
synth=$PWD/target/release/examples/synth
work=$(mktemp -d "${GROWTH_DIR:-${TMPDIR:-/tmp}}/growth.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Today is the wall clock's day: the synthetic ledger's dates end on 2026-11-28 (later
# deadlines are left unresolved), and a today set before the day its rows were written
# would time the report's note on data dated after today, not the report a user gets.
export FORECAST_TODAY=$(date -u +%F)
unset FORECAST_DB
results="$work/results.tsv"
: > "$results"

# time_it N TASK COMMAND...: one line of results (wall and CPU seconds, peak MiB).
time_it() {
    local n=$1 task=$2; shift 2
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r secs kib user sys < "$work/time"
    cpu=$(python3 -c "print(round($user + $sys, 2))")
    printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$task" "$secs" "$cpu" "$((kib / 1024))" >> "$results"
    printf '%10s  %-10s %8.2f s wall %8.2f s CPU %6d MiB\n' "$n" "$task" "$secs" "$cpu" "$((kib / 1024))"
}

for n in "${sizes[@]}"; do
    "$synth" --forecasts "$n" --sources 1000 --seed 1 > "$work/in.csv"
    db="$work/ledger-$n.sqlite3"
    time_it "$n" import "$bin" --db "$db" import "$work/in.csv"
    rm -f "$work/in.csv"
    time_it "$n" report "$bin" --db "$db" report --format json
    time_it "$n" compare "$bin" --db "$db" compare --format json
    time_it "$n" verify "$bin" --db "$db" verify
    time_it "$n" add "$bin" --db "$db" add --source bench --claim "one more" --probability 0.6 --deadline 2027-06-30
    rm -f "$db" "$db-wal" "$db-shm"
done

python3 - "$results" <<'PY'
import sys, math
rows = [l.split("\t") for l in open(sys.argv[1]).read().splitlines()]
sizes = sorted({int(r[0]) for r in rows})
tasks = list(dict.fromkeys(r[1] for r in rows))
t = {(int(r[0]), r[1]): (float(r[2]), float(r[3]), int(r[4])) for r in rows}
print()
head = "| task | " + " | ".join(f"{n:,}: wall / CPU, peak" for n in sizes) + " | growth of CPU time |"
print(head)
print("|---" * (len(sizes) + 2) + "|")
for task in tasks:
    cells = [f"{t[(n, task)][0]:.2f} / {t[(n, task)][1]:.2f} s, {t[(n, task)][2]} MiB" for n in sizes]
    exps = []
    for a, b in zip(sizes, sizes[1:]):
        ca, cb = max(t[(a, task)][1], 0.01), max(t[(b, task)][1], 0.01)
        exps.append(f"{math.log(cb / ca) / math.log(b / a):.2f}")
    print(f"| {task} | " + " | ".join(cells) + f" | exponent {', '.join(exps)} |")
PY
