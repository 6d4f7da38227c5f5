#!/usr/bin/env bash
# The cost of durable commits (synchronous=FULL), as the README's Storage section reports it:
# 50 `add`s in a row (each its own process and transaction) into a fresh ledger, then one
# 100,000-row CSV import (1,000 sources, 20,000 questions, two thirds resolved).
# Usage: bench/sync-cost.sh [BINARY]   (default target/release/forecast; build it first)
# To compare with synchronous=NORMAL, build a binary with that line of store::configure
# changed and pass it as BINARY.
set -euo pipefail
bin=$(realpath "${1:-target/release/forecast}")
[ -x "$bin" ] || { echo "error: no forecast binary at $bin (cargo build --release)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# Today is the wall clock's day: the synthetic ledger's dates end on 2026-11-28 (later
# deadlines are left unresolved), and a today set before the day its rows were written
# would time the report's note on data dated after today, not the report a user gets.
export FORECAST_TODAY=$(date -u +%F)
python3 - <<'PY'
import random
random.seed(1)
with open('100k.csv', 'w') as f:
    f.write('source,claim,probability,made_on,deadline,question,outcome\n')
    for i in range(100000):
        f.write(f"S{i%1000},claim {i},{random.randint(1,99)/100},2025-01-01,2025-06-01,q{i//5},"
                f"{random.choice(['true','false',''])}\n")
PY
"$bin" --db add.sqlite3 migrate >/dev/null
start=$(date +%s.%N)
for i in $(seq 1 50); do
    "$bin" --db add.sqlite3 add --source A --claim "c $i" --probability 0.5 --deadline 2027-01-01 >/dev/null
done
end=$(date +%s.%N)
echo "add: $(echo "($end - $start) * 1000 / 50" | bc -l | cut -c1-6) ms each (50 runs)"
"$bin" --db imp.sqlite3 migrate >/dev/null
start=$(date +%s.%N)
"$bin" --db imp.sqlite3 import 100k.csv >/dev/null
end=$(date +%s.%N)
echo "import of 100,000 rows: $(echo "$end - $start" | bc -l | cut -c1-6) s"
