#!/usr/bin/env python3
"""Helper of scripts/posts-e2e.sh (standard library only).

  posts_e2e.py outcomes LIST.json PREDICTIONS.csv YEAR COLUMN OUT.csv
      Matches the forecasts `forecast extract --save` logged (LIST.json, `forecast list
      --status all --format json`) to the author's list for YEAR (PREDICTIONS.csv's `question`
      and `probability`) and writes the outcomes file `forecast resolve --from` reads
      (`id,outcome,on,note,reason`): COLUMN's 1 is `true`, 0 `false`, and an empty value (an
      item the grading left out) `void`, reason `condition-false` when the data set's note
      says the item was conditional, else refused. Prints how many matched.

  posts_e2e.py compare REPORT.json GRADING.md PREDICTIONS.csv YEAR COLUMN [--known BIN]...
      Compares `forecast report --bins exact --format json` with the calibration table the
      grading post publishes (read from the post at run time: "Of my predictions at a 50%
      confidence level, I got 7 right and 6 wrong (54%)"), per stated probability: right and
      wrong exactly, and the published percentage as the share right rounded either way.
      Exits 1 on any difference. `--known BIN` (a percentage) names a bin whose published
      figure disagrees with the post's own list (COLUMN's outcomes of YEAR's items at that
      probability): there the report must equal the list instead, the difference with the
      published figure is printed, and the flag is refused when the published figure and
      the list agree (a stale exception).

Matching: lower-case words (apostrophes kept), Jaccard overlap at least 0.5, best pairs
first, one to one; then at least 0.25 with the same probability (examples/posts_eval.rs's
rule).
"""
import csv
import html
import json
import re
import sys
from collections import defaultdict


def die(msg):
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(1)


def words(text):
    text = text.lower().replace("\u2019", "'")
    return {w.strip("'") for w in re.split(r"[^\w']+", text) if w.strip("'")}


def jaccard(a, b):
    inter = len(a & b)
    union = len(a) + len(b) - inter
    return inter / union if union else 0.0


def author_list(path, year):
    try:
        rows = list(csv.DictReader(open(path, encoding="utf-8")))
    except OSError as e:
        die(f"cannot read {path}: {e}")
    out = [r for r in rows if r["year"] == year]
    if not out:
        die(f"{path}: no item of {year}")
    return out


def match(forecasts, items):
    fw = [words(f["claim"]) for f in forecasts]
    iw = [words(i["question"]) for i in items]
    pairs = []
    for fi, a in enumerate(fw):
        for ii, b in enumerate(iw):
            j = jaccard(a, b)
            if j >= 0.25:
                pairs.append((-j, fi, ii))
    pairs.sort()
    used_f, used_i, out = set(), set(), []
    for rule in (0, 1):
        for negj, fi, ii in pairs:
            if fi in used_f or ii in used_i:
                continue
            same = abs(forecasts[fi]["probability"] - float(items[ii]["probability"])) < 1e-9
            if (rule == 0 and -negj >= 0.5) or (rule == 1 and same):
                used_f.add(fi)
                used_i.add(ii)
                out.append((fi, ii))
    return out


def outcomes(list_json, predictions, year, column, out_csv):
    forecasts = json.load(open(list_json, encoding="utf-8"))
    items = author_list(predictions, year)
    found = match(forecasts, items)
    with open(out_csv, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "outcome", "on", "note", "reason"])
        for fi, ii in sorted(found, key=lambda p: forecasts[p[0]]["id"]):
            item = items[ii]
            value = item[column]
            note = f"{year} item {item['item']}, graded {item['resolved_date']}"
            if value == "1":
                w.writerow([forecasts[fi]["id"], "true", item["resolved_date"], note, ""])
            elif value == "0":
                w.writerow([forecasts[fi]["id"], "false", item["resolved_date"], note, ""])
            elif value == "" and "conditional" in item["note"].lower():
                w.writerow([forecasts[fi]["id"], "void", item["resolved_date"], note, "condition-false"])
            else:
                die(f"{predictions}: {year} item {item['item']}: `{column}` is `{value}`, with no note saying why")
    wrong_p = sum(
        1 for fi, ii in found if abs(forecasts[fi]["probability"] - float(items[ii]["probability"])) > 1e-9
    )
    overlaps = sorted(jaccard(words(forecasts[fi]["claim"]), words(items[ii]["question"])) for fi, ii in found)
    exact = sum(1 for j in overlaps if j == 1.0)
    print(
        f"{year}: {len(forecasts)} forecast(s) saved, {len(items)} item(s) in the author's list, "
        f"{len(found)} matched ({len(forecasts) - len(found)} saved forecast(s) left unresolved, "
        f"{len(items) - len(found)} item(s) not found; {wrong_p} matched at another probability; "
        f"{exact} with the same words, the lowest overlap {overlaps[0] if overlaps else 0:.2f})"
    )


def published_table(path):
    try:
        text = open(path, encoding="utf-8").read()
    except OSError as e:
        die(f"cannot read {path}: {e}")
    # Tags out, entities read, and every run of white space (the posts' no-break spaces
    # included) one space.
    plain = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", text)))
    table = {}
    pattern = re.compile(
        r"Of (?:my )?predictions at an? (\d+)% ?confidence level, I (?:got|marked) (\d+) ?(?:right )?and (\d+) wrong \((\d+)%\)"
    )
    for m in pattern.finditer(plain):
        p, right, wrong, share = (int(x) for x in m.groups())
        if p in table:
            die(f"{path}: the {p}% bin is published twice")
        table[p] = (right, wrong, share)
    if not table:
        die(f"{path}: no calibration table found (\"Of my predictions at a N% confidence level, ...\")")
    return table


def compare(report_json, grading, predictions, year, column, known):
    report = json.load(open(report_json, encoding="utf-8"))
    sources = report["sources"]
    if len(sources) != 1:
        die(f"{report_json}: {len(sources)} sources, expected the post's one")
    ours = {}
    for b in sources[0]["calibration"]:
        p = round(b["mean_probability"] * 100)
        ours[p] = (b["hits"], b["n"] - b["hits"])
    listed = defaultdict(lambda: [0, 0])
    for item in author_list(predictions, year):
        if item[column] in ("0", "1"):
            listed[round(float(item["probability"]) * 100)][0 if item[column] == "1" else 1] += 1
    published = published_table(grading)
    failures = []
    print(f"{year}: bin | published right/wrong (share) | forecast report | the author's list")
    for p in sorted(set(published) | set(ours)):
        got = ours.get(p, (0, 0))
        lst = tuple(listed.get(p, (0, 0)))
        if p not in published:
            failures.append(f"{year} {p}%: the report has {got[0]} right / {got[1]} wrong, the post publishes no such bin")
            continue
        right, wrong, share = published[p]
        n = got[0] + got[1]
        exact = n and 100 * got[0] / n
        share_ok = n > 0 and abs(exact - share) < 1
        line = (
            f"  {p}% | {right}/{wrong} ({share}%) | {got[0]}/{got[1]} ({exact:.1f}%) | {lst[0]}/{lst[1]}"
        )
        if p in known:
            if (right, wrong) == lst:
                failures.append(f"{year} {p}%: --known {p}, but the published {right}/{wrong} equals the author's list: drop the exception")
            elif got != lst:
                failures.append(f"{year} {p}%: the report's {got[0]}/{got[1]} differs from the author's list {lst[0]}/{lst[1]}")
            else:
                line += (
                    f"  NOT REPRODUCED (known): the post lists {lst[0] + lst[1]} items at {p}%, "
                    f"{lst[0]} right and {lst[1]} wrong, and publishes {right}/{wrong}: "
                    f"{lst[0] - right:+d} right, {lst[1] - wrong:+d} wrong against the published figure"
                )
        elif (right, wrong) != got or not share_ok:
            line += "  DIFFERS"
            failures.append(
                f"{year} {p}%: published {right} right / {wrong} wrong ({share}%), the report {got[0]} / {got[1]} ({exact:.1f}%)"
            )
        print(line)
    for p in known:
        if p not in published:
            failures.append(f"{year}: --known {p}, but the post publishes no {p}% bin")
    if failures:
        for f in failures:
            print(f"error: {f}", file=sys.stderr)
        sys.exit(1)


def main(argv):
    if len(argv) == 6 and argv[0] == "outcomes":
        outcomes(*argv[1:])
    elif len(argv) >= 6 and argv[0] == "compare":
        rest = argv[6:]
        if len(rest) % 2 or any(f != "--known" for f in rest[::2]):
            die("usage: posts_e2e.py compare REPORT.json GRADING.md PREDICTIONS.csv YEAR COLUMN [--known BIN]...")
        compare(*argv[1:6], {int(b) for b in rest[1::2]})
    else:
        die(__doc__.strip().split("\n\n")[1])


if __name__ == "__main__":
    main(sys.argv[1:])
