#!/usr/bin/env bash
# Side-by-side speed comparison, in one run on one machine (absolute times on shared
# machines mean little; the ratios are the point). Prerequisites: sqlite3 and python3 with
# pandas; the script installs them if missing (apt-get install sqlite3; pip install pandas).
#
# Usage: bench/compare.sh [FORECASTS] [SOURCES]      (defaults 1000000 and 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
S=${2:-1000}
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
python3 -c "import pandas" 2>/dev/null || pip install -q pandas
cargo build --release --quiet --bin forecast --example synth
bin=target/release/forecast
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Today is the wall clock's day: the synthetic ledger's dates end on 2026-11-28 (later
# deadlines are left unresolved), and a today set before the day its rows were written
# would time the report's note on data dated after today, not the report a user gets.
export FORECAST_TODAY=$(date -u +%F)
unset FORECAST_DB
results="$work/results.tsv"
: > "$results"

# run NAME COMMAND...: wall seconds and peak RSS (MiB) of one command.
run() {
    local name=$1; shift
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r secs kib user sys < "$work/time"
    cpu=$(python3 -c "print(round($user + $sys, 2))")
    printf '%s\t%s\t%s\t%s\n' "$name" "$secs" "$((kib / 1024))" "$cpu" >> "$results"
    printf '%-45s %8.2f s %6d MiB %8.2f s CPU\n' "$name" "$secs" "$((kib / 1024))" "$cpu"
}

echo "generating $N forecasts from $S sources"
target/release/examples/synth --forecasts "$N" --sources "$S" --seed 1 > "$work/big.csv"
ls -la "$work/big.csv"

run "forecast import" "$bin" --db "$work/ledger.sqlite3" import "$work/big.csv"
run "sqlite3 .import (plain typed table)" sqlite3 "$work/plain.sqlite3" \
    "CREATE TABLE f(source TEXT, claim TEXT, probability REAL, made_on TEXT, deadline TEXT, question TEXT, stance TEXT, outcome TEXT, resolved_on TEXT, tags TEXT);" \
    ".import --csv --skip 1 $work/big.csv f"
# What SQLite alone takes to store the same rows in the ledger's schema (issue 17).
run "sqlite3 bare-SQL load into the ledger's schema" bash bench/import-floor.sh "$work/ledger.sqlite3" "$work/big.csv" "$work/floor.sqlite3"
rm -f "$work"/floor.sqlite3*

run "forecast report --format json" "$bin" --db "$work/ledger.sqlite3" report --format json
cp "$work/out" "$work/report.json"
run "forecast report --format json --scan" "$bin" --db "$work/ledger.sqlite3" report --format json --scan
cmp -s "$work/out" "$work/report.json" || { echo "the kept-sums report differs from the scan" >&2; exit 1; }
# Breakdowns (issue 15): each within 1.5x the plain scanned report above.
run "forecast report --by horizon" "$bin" --db "$work/ledger.sqlite3" report --format json --by horizon
run "forecast report --bins isotonic" "$bin" --db "$work/ledger.sqlite3" report --format json --bins isotonic
run "forecast report --by year" "$bin" --db "$work/ledger.sqlite3" report --format json --by year
run "forecast report --by tag" "$bin" --db "$work/ledger.sqlite3" report --format json --by tag
# Head to head (issue 14): compare against one GROUP BY question, deadline over the same rows.
run "forecast compare --format json" "$bin" --db "$work/ledger.sqlite3" compare --format json
run "sqlite3 GROUP BY question, deadline" sqlite3 "$work/plain.sqlite3" \
    "SELECT question, deadline, count(*), avg(probability), sum(outcome = 'true')
     FROM f WHERE outcome IN ('true', 'false') AND deadline < '2026-11-28' GROUP BY question, deadline;"
run "forecast report --tag tech (filtered: scans)" "$bin" --db "$work/ledger.sqlite3" report --format json --tag tech
run "forecast verify" "$bin" --db "$work/ledger.sqlite3" verify
run "sqlite3 PRAGMA quick_check" sqlite3 "$work/ledger.sqlite3" "PRAGMA quick_check;"
run "forecast list --format csv --limit 200000" "$bin" --db "$work/ledger.sqlite3" list --format csv --limit 200000
run "sqlite3 GROUP BY (n, Brier, base rate)" sqlite3 "$work/plain.sqlite3" \
    "SELECT source, count(*), avg((probability - (outcome = 'true')) * (probability - (outcome = 'true'))), avg(outcome = 'true')
     FROM f WHERE outcome IN ('true', 'false') AND deadline < '2026-11-28' GROUP BY source;"
cat > "$work/pandas_report.py" <<'PY'
import sys, pandas as pd, numpy as np
df = pd.read_csv(sys.argv[1], usecols=["source", "probability", "deadline", "outcome"])
df = df[df["outcome"].isin(["true", "false"]) & (df["deadline"] < "2026-11-28")]
o = (df["outcome"] == "true").astype(float)
df = df.assign(o=o, sq=(df["probability"] - o) ** 2, ll=-np.log(np.where(o == 1, df["probability"].clip(0.001, 0.999), 1 - df["probability"].clip(0.001, 0.999))), bin=np.floor(df["probability"] * 10 + 0.5 + 1e-9))
per = df.groupby("source").agg(n=("o", "size"), brier=("sq", "mean"), log_loss=("ll", "mean"), base_rate=("o", "mean"))
bins = df.groupby(["source", "bin"]).agg(n=("o", "size"), hits=("o", "sum"), mean_p=("probability", "mean"))
print(len(per), len(bins))
PY
run "pandas script (read CSV, per-source scores + bins)" python3 "$work/pandas_report.py" "$work/big.csv"

run "forecast add (ledger of $N)" "$bin" --db "$work/ledger.sqlite3" add --source "bench" --claim "one more" --probability 0.6 --deadline 2027-06-30
python3 - "$work/q.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("source,claim,probability,made_on,deadline,question\n")
    for i in range(100000):
        f.write(f"source {i % 500},big question forecast {i},0.{1 + i % 9},2026-01-01,2026-{1 + i % 12:02d}-28,big-q\n")
PY
"$bin" --db "$work/ledger.sqlite3" import "$work/q.csv" > /dev/null
run "forecast resolve --question (100k forecasts)" "$bin" --db "$work/ledger.sqlite3" resolve --question big-q --happened-on 2026-06-15

python3 - "$work/article.txt" <<'PY'
import sys, glob
t = open("../shared/seeds/istanbul-talks-article.txt").read() if glob.glob("../shared/seeds/*.txt") else open(sorted(glob.glob("tests/fixtures/articles/*.md"))[0]).read()
with open(sys.argv[1], "w") as f:
    n = 0
    while n < 20_000_000:
        f.write(t + "\n\n"); n += len(t) + 2
PY
run "forecast extract (20 MB of news prose)" "$bin" extract "$work/article.txt" --source x --published 2025-05-21 --format json

# A stand-in for real news that runs where the development set is absent (issue 13): the
# TempEval-3 platinum articles (AP, CNN, WSJ, BBC, NYT) and Zach Jacobi's prediction and
# grading posts, built into 20 MB at bench time by bench/standin.py from ../shared (the texts
# are third-party and never written into the repository); skipped, with a notice, without them.
standin=${FORECAST_STANDIN_DIR:-../shared/data-external}
if ls "$standin"/te3-platinum/*.tml > /dev/null 2>&1; then
    python3 bench/standin.py "$standin" "$work/standin.txt"
    run "forecast extract (20 MB of TempEval-3 + posts)" "$bin" extract "$work/standin.txt" --source x --published 2025-05-21 --format json
else
    echo "notice: no TempEval-3 texts in $standin/te3-platinum: the stand-in extraction measurement is skipped"
fi

# Real news (issue 13): the development set's texts, repeated to 20 MB. They are third-party
# and not in the repository (README, "Real news"), so this part is skipped, with a notice,
# where they are absent.
realnews=${FORECAST_REALNEWS_DIR:-../realnews}
if ls "$realnews"/dev/*.txt > /dev/null 2>&1; then
    python3 - "$realnews" "$work/realnews.txt" <<'PY'
import sys, glob
t = "".join(open(f, encoding="utf-8").read() + "\n\n" for f in sorted(glob.glob(sys.argv[1] + "/dev/*.txt")))
data = (t * (20_000_000 // len(t.encode()) + 1)).encode()[:20_000_000].decode("utf-8", "ignore")
open(sys.argv[2], "w", encoding="utf-8").write(data)
PY
    run "forecast extract (20 MB of real news)" "$bin" extract "$work/realnews.txt" --source x --published 2020-01-01 --format json
else
    echo "notice: no real-news texts in $realnews/dev (see README, \"Real news\"): the real-news extraction measurement is skipped"
fi

python3 - "$results" "$N" <<'PY'
import sys
rows = {r.split("\t")[0]: (float(r.split("\t")[1]), int(r.split("\t")[2])) for r in open(sys.argv[1]).read().splitlines()}
n = int(sys.argv[2])
t = lambda k: rows[k][0]
imp = t("forecast import")
rep = t("forecast report --format json")
floor = t("sqlite3 GROUP BY (n, Brier, base rate)")
pandas = [k for k in rows if k.startswith("pandas")][0]
print()
plain = t('sqlite3 .import (plain typed table)')
print(f"import: {n / imp:,.0f} rows/s, {plain / imp:.2f}x the rate of sqlite3 .import into a plain table ({n / plain:,.0f} rows/s) (target >= 0.5x); peak {rows['forecast import'][1]} MiB (target <= 200)")
floor_key = "sqlite3 bare-SQL load into the ledger's schema"
floor_load = t(floor_key)
floor_cpu = {r.split("\t")[0]: float(r.split("\t")[3]) for r in open(sys.argv[1]).read().splitlines()}
floor_ratio = floor_cpu["forecast import"] / max(floor_cpu[floor_key], 0.01)
print(f"import: {imp / floor_load:.2f}x the wall time ({floor_ratio:.2f}x the CPU) of the bare-SQL load into the ledger's schema ({floor_load:.2f} s, {plain / floor_load:.2f}x .import's rate: the ceiling of the ratio above while the schema keeps its indexes)")
scan = t("forecast report --format json --scan")
print(f"report (default; a scan since the per-forecast columns of issue 15): {rep / floor:.2f}x the sqlite3 GROUP BY floor (target <= 1.0x); pandas takes {t(pandas) / rep:.1f}x as long (target >= 3x); peak {rows['forecast report --format json'][1]} MiB (target <= 200)")
print(f"report (full scan, as any filtered report): {scan / floor:.2f}x the floor; pandas takes {t(pandas) / scan:.1f}x as long; peak {rows['forecast report --format json --scan'][1]} MiB")
cpu = {r.split("\t")[0]: float(r.split("\t")[3]) for r in open(sys.argv[1]).read().splitlines()}
for k in ["forecast report --by horizon", "forecast report --bins isotonic", "forecast report --by year", "forecast report --by tag"]:
    print(f"{k[16:]}: {t(k) / scan:.2f}x the scanned report's wall time, {cpu[k] / cpu['forecast report --format json --scan']:.2f}x its CPU time (target <= 1.5x for --by horizon and --bins isotonic)")
print(f"verify: {t('forecast verify') / t('sqlite3 PRAGMA quick_check'):.2f}x quick_check alone in wall time, {cpu['forecast verify'] / cpu['sqlite3 PRAGMA quick_check']:.2f}x its CPU time (target <= 1.25x)")
print(f"resolve --question over 100,000 forecasts: {t('forecast resolve --question (100k forecasts)'):.2f} s wall, {cpu['forecast resolve --question (100k forecasts)']:.2f} s CPU (target < 0.3 s)")
print(f"list --format csv, 200,000 rows: {t('forecast list --format csv --limit 200000'):.2f} s (target < 0.5 s)")
cmp_t = t("forecast compare --format json")
print(f"compare: {cmp_t:.2f} s, {cmp_t / t('sqlite3 GROUP BY question, deadline'):.2f}x one sqlite3 GROUP BY question, deadline (target <= 1.0x); peak {rows['forecast compare --format json'][1]} MiB (target <= 200)")
print(f"add at {n:,}: {t([k for k in rows if k.startswith('forecast add')][0]) * 1000:.0f} ms including process start (target <= 15 ms)")
print(f"extract: {20_000_000 / 1e6 / t('forecast extract (20 MB of news prose)'):.1f} MB/s on one core (aim >= 20)")
if "forecast extract (20 MB of TempEval-3 + posts)" in rows:
    k = "forecast extract (20 MB of TempEval-3 + posts)"
    print(f"extract, TempEval-3 articles and Zach Jacobi's posts repeated to 20 MB (stand-in for real news): {20 / t(k):.1f} MB/s wall, {20 / cpu[k]:.1f} MB/s of CPU on one core (target >= 20 on real news)")
if "forecast extract (20 MB of real news)" in rows:
    k = "forecast extract (20 MB of real news)"
    print(f"extract, real news (dev set repeated to 20 MB): {20 / t(k):.1f} MB/s wall, {20 / cpu[k]:.1f} MB/s of CPU on one core (target >= 20)")
PY

# PostgreSQL (issue 16): the same CSV on a throwaway server, with BENCH_PG=1.
if [[ ${BENCH_PG:-0} == 1 ]]; then
    echo
    BENCH_CSV="$work/big.csv" BENCH_REPORT="$work/report.json" bash bench/pg.sh "$N" "$S"
fi
