#!/usr/bin/env python3
"""Count one shape of sentence across the real-news parts (issue 13), from a dump.

Before writing a rule for a shape, count it everywhere: how many labeled forecasts whose
sentence matches REGEX were matched or missed (and, of the matched, how many had the deadline
and probability in range), and how many false positives' spans match it, per part. Counts
only for the held-out and blind parts; `--show` prints the development part's sentences.

  cargo run --release --example realnews_eval -- --present --dump /tmp/now.dump
  python3 scripts/realnews_grep.py /tmp/now.dump '\\bexpected to\\b' [--show] [--dir DIR] [--labels FILE]

REGEX is Python's, matched case-insensitively against the labeled sentence (for a label) or
the candidate's span (for a false positive).
"""

import argparse
import json
import os
import re
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("regex")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--dir", default=os.environ.get("FORECAST_REALNEWS_DIR", "../realnews"))
    ap.add_argument(
        "--labels",
        default=os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "realnews", "labels.json"),
    )
    args = ap.parse_args()
    rx = re.compile(args.regex, re.I)
    with open(args.labels, encoding="utf-8") as f:
        arts = {a["id"]: a for a in json.load(f)["articles"]}
    texts = {}

    def text(aid):
        if aid not in texts:
            a = arts[aid]
            with open(os.path.join(args.dir, a["split"], aid + ".txt"), "rb") as f:
                texts[aid] = f.read()
        return texts[aid]

    counts = {}
    shown = []
    with open(args.dump, encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if row[0] == "label":
                _, aid, split, index, _start, m, d, p = row
                lab = arts[aid]["forecasts"][int(index)]
                s, e = lab["start"], lab["end"]
                kind = "matched" if m == "1" else "missed"
            elif row[0] == "fp":
                _, aid, split, s, e = row
                s, e = int(s), int(e)
                kind, d, p = "fp", "0", "0"
            else:
                continue
            sent = text(aid)[s:e].decode("utf-8", "replace")
            if not rx.search(sent):
                continue
            c = counts.setdefault(split, {"matched": 0, "missed": 0, "fp": 0, "d": 0, "p": 0})
            c[kind] += 1
            if kind == "matched":
                c["d"] += d == "1"
                c["p"] += p == "1"
            if args.show and split == "dev":
                shown.append(f"  [{kind}{'' if kind != 'matched' else ' d' + d + ' p' + p}] {aid}@{s}: {' '.join(sent.split())}")
    for split in ("dev", "heldout", "blind"):
        c = counts.get(split, {"matched": 0, "missed": 0, "fp": 0, "d": 0, "p": 0})
        print(
            f"{split:<8} labels matched {c['matched']} (deadline ok {c['d']}, probability ok {c['p']}), "
            f"missed {c['missed']}; false positives {c['fp']}"
        )
    for s in shown:
        print(s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
