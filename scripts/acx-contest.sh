#!/usr/bin/env bash
# Reproduce the ACX 2023 Prediction Contest's published Blind Mode scores with the tool's own
# `import` and `forecast compare --format json`.
#
# Reads ../shared/data-external/acx-2023-prediction-contest/ (not copied into this
# repository; its README explains the data and the published figure). A small Python step
# turns the wide file (one row per forecaster, one column per question) into import rows:
# source "participant N", question acx2023-qK, the probability in percent / 100, the
# question's resolution as the outcome. Every question is one market (deadline 2023-12-31);
# the date made stands in for the unknown entry dates. The scoring is the tool's.
#
# The contest's score of a forecaster is, in DESIGN.md's terms, peer_score * markets / 5000
# (the mean peer score over its questions x the questions it answered, / 100 for the natural-
# log scale without the factor 100, / 50 questions). Three forecasters skipped every
# question: nothing to import, and their score is 0. The published list holds one
# forecaster more than the public file, so our rank i is checked against published rank i
# or i + 1, to within 0.001 (see the data set's README). Fails if the data is missing or if any
# rank differs by more. The time compare took is printed, never checked: speed targets live in
# bench/compare.sh, and a shared CI machine's load made this check fail the build once.
#
# Usage: scripts/acx-contest.sh [PATH-TO-FORECAST-BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-target/debug/forecast}
data=${FORECAST_EXTERNAL_DATA:-../shared/data-external}/acx-2023-prediction-contest
for need in blind_predictions.csv questions.csv published_blind_scores.csv; do
    if [ ! -f "$data/$need" ]; then
        echo "error: contest data missing: $data/$need (expected beside the checkout in ../shared)" >&2
        exit 1
    fi
done
[ -x "$bin" ] || { echo "error: no forecast binary at $bin (run cargo build)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FORECAST_TODAY=2026-11-28
unset FORECAST_DB NO_COLOR

python3 - "$data" "$work/rows.csv" <<'PY'
import csv, sys
data, out = sys.argv[1], sys.argv[2]
happened = {}
for r in csv.DictReader(open(f"{data}/questions.csv")):
    happened[f"q{r['question_number']}"] = {"YES": "true", "NO": "false"}[r["resolution"]]
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["source", "question", "claim", "probability", "outcome"])
    for r in csv.DictReader(open(f"{data}/blind_predictions.csv")):
        for q, outcome in happened.items():
            if r[q].strip():
                w.writerow([f"participant {r['participant']}", f"acx2023-{q}", f"ACX 2023 {q} resolves YES",
                            float(r[q]) / 100, outcome])
PY
db="$work/acx.sqlite3"
"$bin" --db "$db" import "$work/rows.csv" --set made_on=2023-01-10 --set deadline=2023-12-31 >/dev/null
# The best of three wall-clock runs, printed for the record (the machine is shared).
elapsed=
for run in 1 2 3; do
    start=$(date +%s%N)
    "$bin" --db "$db" compare --format json > "$work/compare.json"
    took=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ -z "$elapsed" ] || [ "$took" -lt "$elapsed" ]; then elapsed=$took; fi
done
elapsed=$(printf '%d.%03d' $((elapsed / 1000)) $((elapsed % 1000)))

python3 - "$work/compare.json" "$data/published_blind_scores.csv" "$data/blind_predictions.csv" "$elapsed" "$bin" <<'PY'
import csv, json, sys
compare_path, published_path, rows_path, elapsed, binary = sys.argv[1:6]
c = json.load(open(compare_path))
people = sum(1 for _ in csv.DictReader(open(rows_path)))
ours = [s["peer_score"] * s["markets"] / 5000 if s["markets"] else 0.0 for s in c["sources"]]
ours += [0.0] * (people - len(ours))  # forecasters who skipped every question
ours.sort(reverse=True)
pub = sorted((float(r["score"]) for r in csv.DictReader(open(published_path))), reverse=True)
assert len(pub) == len(ours) + 1, (len(pub), len(ours))
worst, at = 0.0, 0
for i, o in enumerate(ours):
    d = min(abs(o - pub[i]), abs(o - pub[i + 1]))
    if d > worst:
        worst, at = d, i
print(f"ACX 2023 contest: {people} forecasters, {c['markets']} markets, {len(pub)} published scores")
print(f"  top {ours[0]:.4f} (published {pub[0]}), median {ours[len(ours) // 2]:.4f} (published {pub[len(pub) // 2]}), "
      f"bottom {ours[-1]:.4f} (published {pub[-1]})")
print(f"  largest rank-by-rank difference {worst:.5f} at rank {at + 1}")
def place(name):
    v = c[name]
    score = v["peer_score"] * v["markets"] / 5000
    beaten = sum(1 for o in ours if o < score)
    return f"{name}: contest score {score:.4f}, Brier {v['brier']:.4f}, beats {beaten} of {len(ours)} forecasters ({100 * beaten / len(ours):.1f}%)"
print("  " + place("crowd"))
print("  " + place("chance"))
print(f"  compare took {float(elapsed):.2f} s (best of three)")
over = sum(1 for i, o in enumerate(ours) if min(abs(o - pub[i]), abs(o - pub[i + 1])) > 0.001)
print(f"  ranks more than 0.001 away: {over} (exactly: {worst:.7f})")
failed = False
# Within 0.001 as the data set's README measures it, to 4 decimals: its largest difference,
# "0.0010", is the bottom forecaster's -2.186001 against the published -2.185, which the
# forecaster missing from the public file moves by that extra millionth.
if round(worst, 4) > 0.001:
    print(f"error: rank {at + 1} differs from the published score by {worst:.5f} (> 0.001)", file=sys.stderr)
    failed = True
sys.exit(1 if failed else 0)
PY
echo "all contest checks passed"
