#!/usr/bin/env bash
# CORP reliability and discrimination against an independent implementation: imports the
# real data sets in ../shared/data-external/ with the tool's own import (scripts/real-ledgers.sh),
# runs `forecast report --bins isotonic --format json`, and scripts/check_corp.py compares the
# fitted values with scikit-learn's IsotonicRegression and `auc` with roc_auc_score on the
# same scored forecasts (read back with `forecast export`). Installs scikit-learn from PyPI
# if it is missing. Fails loudly if the data is missing or a value differs by more than 1e-9.
#
# Usage: scripts/corp-check.sh [PATH-TO-FORECAST-BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-target/debug/forecast}
python3 -c "import sklearn" 2>/dev/null || pip install -q scikit-learn
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FORECAST_TODAY=2026-11-28
unset FORECAST_DB NO_COLOR
. scripts/real-ledgers.sh
real_ledgers "$bin" "$work" > /dev/null

for ledger in niplav zach zach-marked scott; do
    "$bin" --db "$work/$ledger.sqlite3" report --bins isotonic --format json > "$work/$ledger.report.json"
    "$bin" --db "$work/$ledger.sqlite3" export > "$work/$ledger.jsonl"
done
python3 scripts/check_corp.py "$work" "$FORECAST_TODAY" niplav zach zach-marked scott
