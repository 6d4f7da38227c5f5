#!/usr/bin/env bash
# The seed article (../shared/seeds/, not copied here): `forecast extract` must find the
# forecasts of its "Prediction:" section and its end-of-April sentence, with sensible
# probabilities and deadlines for a publication date of 2025-05-21, and nothing from its
# "Fact Checker Results" list. Fails loudly if the article is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/debug/forecast}
shared=../shared
# In a git worktree outside the checkout, ../shared is beside the main checkout instead.
if [ ! -d "$shared" ] && common=$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
    shared="$(dirname "$common")/../shared"
fi
seed=${FORECAST_SEED:-$shared/seeds/istanbul-talks-article.txt}
[ -f "$seed" ] || { echo "error: seed article missing: $seed" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" extract "$seed" --source "Undercode Say" --published 2025-05-21
"$bin" extract "$seed" --source "Undercode Say" --published 2025-05-21 --format json > "$out"
python3 - "$out" "$seed" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
text = open(sys.argv[2], 'rb').read()
cands = data["candidates"]
problems = []

def find(fragment):
    return [c for c in cands if fragment in c["sentence"]]

def check(fragment, deadline, lo, hi, condition=None, review=None):
    hits = find(fragment)
    if not hits:
        problems.append(f"no candidate from the sentence with {fragment!r}")
        return
    c = hits[0]
    if c["deadline"] != deadline:
        problems.append(f"{fragment!r}: deadline {c['deadline']}, want {deadline}")
    if not lo <= c["probability"] <= hi:
        problems.append(f"{fragment!r}: probability {c['probability']}, want {lo}..{hi}")
    if condition and condition not in (c["condition"] or ""):
        problems.append(f"{fragment!r}: condition {c['condition']!r} lacks {condition!r}")
    if review and not any(review in r for r in c["review"]):
        problems.append(f"{fragment!r}: review {c['review']} lacks {review!r}")
    # Offsets point at the sentence in the input bytes.
    if text[c["start"]:c["end"]].decode() .split() != c["sentence"].split():
        problems.append(f"{fragment!r}: start/end do not point at the sentence")

check("Expect more mid-level negotiations in the coming weeks", "2025-07-02", 0.6, 0.85)
check("phased ceasefire deal by summer", "2025-09-22", 0.3, 0.5, condition="Putin agrees to attend")
check("phased ceasefire deal by summer", "2025-09-22", 0.3, 0.5, condition="Western pressure remains high")
check("end-of-April deadline could serve", "2026-04-30", 0.25, 0.5, review="rolled forward")
check("If no ceasefire is reached by then", "2026-04-30", 0.25, 0.5, condition="no ceasefire is reached by then")
for c in cands:
    if "✅" in c["sentence"] or any(s in c["sentence"] for s in ("confirmed by multiple", "skipped it", "denied access")):
        problems.append(f"a Fact Checker Results line was taken: {c['sentence']!r}")
print(f"seed article: {len(cands)} candidate(s)")
for c in cands:
    print(f"  {c['probability']:.2f} by {c['deadline']} ({c['deadline_phrase']}): {c['claim']}" + (f" [if {c['condition']}]" if c['condition'] else ""))
if problems:
    for p in problems:
        print("error:", p, file=sys.stderr)
    sys.exit(1)
print("seed article: every expected forecast found, nothing from the Fact Checker Results list")
PY
