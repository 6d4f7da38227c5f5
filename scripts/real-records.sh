#!/usr/bin/env bash
# Reproduce published figures from real forecast records with the tool's own commands.
#
# Reads the data sets in ../shared/data-external/ (not copied into this repository), imports
# each with `forecast import` (using --map/--set; niplav's files need a small conversion,
# below), runs `forecast report --format json`, and checks the result against the figures
# the authors published (scripts/check_published.py). Fails loudly if the data is missing.
#
# Usage: scripts/real-records.sh [PATH-TO-FORECAST-BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-target/debug/forecast}
data=${FORECAST_EXTERNAL_DATA:-../shared/data-external}
for need in niplav-predictionbook-metaculus/pb.csv niplav-predictionbook-metaculus/met.csv \
            zach-jacobi-predictions-2017-2019/predictions.csv scott-alexander-predictions-2020-2021/predictions.csv; do
    if [ ! -f "$data/$need" ]; then
        echo "error: real-record data missing: $data/$need (expected beside the checkout in ../shared)" >&2
        exit 1
    fi
done
[ -x "$bin" ] || { echo "error: no forecast binary at $bin (run cargo build)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FORECAST_TODAY=2026-11-28
unset FORECAST_DB NO_COLOR

# niplav: the files carry no dates (only durations in seconds) and no question text. The
# conversion keeps the rows the article kept (range >= 0, i.e. not made after resolution)
# and names each question by platform and id. Everything else is the tool's own import.
niplav() { # file prefix
    awk -F, -v prefix="$2" 'BEGIN { print "question,claim,outcome,probability" }
        /^#/ { next }
        $5 + 0 >= 0 { printf "%s-%s,%s question %s,%s,%s\n", prefix, $1, prefix, $1, $3, $4 }' "$1"
}
niplav "$data/niplav-predictionbook-metaculus/pb.csv" predictionbook > "$work/pb.csv"
niplav "$data/niplav-predictionbook-metaculus/met.csv" metaculus > "$work/met.csv"
db="$work/niplav.sqlite3"
# The date stands in for the missing ones (the article's date); every forecast is matured.
"$bin" --db "$db" import "$work/pb.csv" --set source=PredictionBook --set made_on=2020-03-24 --set deadline=2020-03-24
"$bin" --db "$db" import "$work/met.csv" --set source=Metaculus --set made_on=2020-03-24 --set deadline=2020-03-24
"$bin" --db "$db" report --format json > "$work/niplav.json"

# Zach Jacobi: one ledger scored with the corrected `outcome` column (2017), one with the
# outcomes exactly as the posts mark them (2019). Years are selected by the date made.
zach="$data/zach-jacobi-predictions-2017-2019/predictions.csv"
zmap=(--map claim=question --map made_on=created_date --map resolved_on=resolved_date)
"$bin" --db "$work/zach.sqlite3" import "$zach" "${zmap[@]}"
"$bin" --db "$work/zach.sqlite3" report --format json --bins exact --since 2017-01-01 --until 2017-12-31 > "$work/zach2017.json"
"$bin" --db "$work/zach-marked.sqlite3" import "$zach" "${zmap[@]}" --map outcome=outcome_as_marked
"$bin" --db "$work/zach-marked.sqlite3" report --format json --bins exact --since 2019-01-01 --until 2019-12-31 > "$work/zach2019.json"

# Scott Alexander: his tables fold forecasts below 50% onto the opposite claim.
scott="$data/scott-alexander-predictions-2020-2021/predictions.csv"
"$bin" --db "$work/scott.sqlite3" import "$scott" --map claim=question --map made_on=created_date --map resolved_on=resolved_date
for year in 2020 2021; do
    "$bin" --db "$work/scott.sqlite3" report --format json --bins exact --fold --since "$year-01-01" --until "$year-12-31" > "$work/scott$year.json"
done

python3 scripts/check_published.py "$work"
