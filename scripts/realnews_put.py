#!/usr/bin/env python3
"""Write one real-news text (issue 13) from its excerpt, checked against the labels.

The texts are third-party and never committed; README "Real news" says how to find each one
in the search tool's `pages` corpus. This script is the last step: it reads the result's
`excerpt` as a JSON string literal on stdin (exactly as the search tool printed it, quotes
included), decodes it, and writes DIR/SPLIT/ID.txt only when its SHA-256 is the label's.

  python3 scripts/realnews_put.py ID [--dir DIR] < excerpt.json   write one text
  python3 scripts/realnews_put.py --status [--dir DIR]             count present/missing

DIR is FORECAST_REALNEWS_DIR or ../realnews, as for `realnews_eval`.
"""

import argparse
import hashlib
import json
import os
import sys

LABELS = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "realnews", "labels.json")


def articles():
    with open(LABELS, encoding="utf-8") as f:
        return {a["id"]: a for a in json.load(f)["articles"]}


def path_of(root, art):
    return os.path.join(root, art["split"], art["id"] + ".txt")


def present(root, art):
    p = path_of(root, art)
    if not os.path.exists(p):
        return False
    with open(p, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest() == art["sha256"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("id", nargs="?")
    ap.add_argument("--dir", default=os.environ.get("FORECAST_REALNEWS_DIR", "../realnews"))
    ap.add_argument("--status", action="store_true")
    args = ap.parse_args()
    arts = articles()
    if args.status:
        missing = [i for i, a in arts.items() if not present(args.dir, a)]
        print(f"{len(arts) - len(missing)} of {len(arts)} present")
        for i in missing:
            print("missing", i)
        return 0
    if args.id not in arts:
        print(f"error: no article {args.id!r} in the labels", file=sys.stderr)
        return 2
    art = arts[args.id]
    raw = sys.stdin.read().strip()
    try:
        text = json.loads(raw)
    except json.JSONDecodeError as e:
        print(f"error: stdin is not one JSON string literal: {e}", file=sys.stderr)
        return 2
    if not isinstance(text, str):
        print("error: stdin is JSON but not a string", file=sys.stderr)
        return 2
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    if digest != art["sha256"]:
        print(
            f"error: {args.id}: SHA-256 differs ({len(data)} bytes, label says {art['bytes']}); "
            "paste the excerpt exactly, escapes included",
            file=sys.stderr,
        )
        return 1
    p = path_of(args.dir, art)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)
    print(f"ok {args.id} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
