#!/usr/bin/env bash
# Reproduce published figures from real forecast records with the tool's own commands.
#
# Reads the data sets in ../shared/data-external/ (not copied into this repository), imports
# each with `forecast import` (using --map/--set; niplav's files need a small conversion, in
# scripts/real-ledgers.sh), runs `forecast report --format json`, and checks the result against the figures
# the authors published (scripts/check_published.py). Fails loudly if the data is missing.
#
# Usage: scripts/real-records.sh [PATH-TO-FORECAST-BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-target/debug/forecast}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FORECAST_TODAY=2026-11-28
unset FORECAST_DB NO_COLOR
. scripts/real-ledgers.sh
real_ledgers "$bin" "$work"

"$bin" --db "$work/niplav.sqlite3" report --format json > "$work/niplav.json"
# Zach Jacobi: 2017 scored with the corrected `outcome` column, 2019 with the outcomes as the
# posts mark them. Years are selected by the date made.
"$bin" --db "$work/zach.sqlite3" report --format json --bins exact --since 2017-01-01 --until 2017-12-31 > "$work/zach2017.json"
"$bin" --db "$work/zach-marked.sqlite3" report --format json --bins exact --since 2019-01-01 --until 2019-12-31 > "$work/zach2019.json"
# Scott Alexander: his tables fold forecasts below 50% onto the opposite claim.
for year in 2020 2021; do
    "$bin" --db "$work/scott.sqlite3" report --format json --bins exact --fold --since "$year-01-01" --until "$year-12-31" > "$work/scott$year.json"
done

python3 scripts/check_published.py "$work"
