#!/usr/bin/env python3
"""Merge labelers' quote-based labels of the wire-news texts into tests/fixtures/wirenews/labels.json,
keeping byte offsets only (no third-party text), as scripts/wire_texts.py's skeleton shapes it.

Usage: wire_labels.py merge --texts DIR --skeleton FILE --out LABELS [--partial] LABELERFILE...
A labeler file is {"articles":[{"id", "published" (BBC only), "forecasts":[{"quote",
"probability":[lo,hi], "deadline":[d1,d2] or null}], "non_forecasts":[{"quote", "kind"}]}]}.
Each quote is found in the text exactly, else with runs of white space matched loosely; a
quote found nowhere or more than once is an error naming the article and the quote.
"""

import argparse
import copy
import datetime
import hashlib
import json
import os
import re
import sys

KINDS = {"plan", "schedule", "past", "present", "question", "generic", "hypothetical",
         "superseded", "about-prediction", "advice", "noun-forecast", "other"}


class Errors(list):
    def add(self, where, msg):
        self.append("%s: %s" % (where, msg))


def short(quote, n=60):
    q = " ".join(quote.split())
    return q if len(q) <= n else q[:n - 3] + "..."


def is_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
    except ValueError:
        return False
    return True


def locate(text, quote):
    """(start, end) character offsets of `quote` in `text`, or an error string."""
    if not isinstance(quote, str) or not quote.strip():
        return "empty quote"
    quote = quote.strip()
    n = text.count(quote)
    if n == 1:
        i = text.index(quote)
        return i, i + len(quote)
    if n > 1:
        return "quote found %d times (quote more of the sentence): \"%s\"" % (n, short(quote))
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    found = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    if len(found) == 1:
        return found[0]
    if found:
        return "quote found %d times (quote more of the sentence): \"%s\"" % (len(found), short(quote))
    return "quote not found in the text: \"%s\"" % short(quote)


def byte_span(text, span):
    start = len(text[:span[0]].encode("utf-8"))
    return start, start + len(text[span[0]:span[1]].encode("utf-8"))


def merge_article(entry, labeled, text, errs):
    """The skeleton entry with the labeler's forecasts and non-forecasts as byte offsets."""
    where = entry["id"]
    out = copy.deepcopy(entry)
    pub = labeled.get("published")
    if entry["outlet"] == "BBC News":
        if not is_date(pub):
            errs.add(where, "BBC article needs \"published\" as YYYY-MM-DD (estimated from the text)")
        else:
            out["published"] = pub
            out["published_estimated"] = True
            if labeled.get("published_note"):
                out["published_note"] = labeled["published_note"]
    elif pub is not None and pub != entry["published"]:
        errs.add(where, "published %s differs from the corpus date %s" % (pub, entry["published"]))
    forecasts = []
    for f in labeled.get("forecasts", []):
        span = locate(text, f.get("quote"))
        if isinstance(span, str):
            errs.add(where, span)
            continue
        p = f.get("probability")
        if not (isinstance(p, list) and len(p) == 2 and all(isinstance(x, (int, float)) for x in p)
                and 0 <= p[0] <= p[1] <= 1):
            errs.add(where, "probability %r is not [lo, hi] within 0..1 (\"%s\")" % (p, short(f["quote"])))
            continue
        d = f.get("deadline")
        if d is not None and not (isinstance(d, list) and len(d) == 2 and all(is_date(x) for x in d)
                                  and d[0] <= d[1]):
            errs.add(where, "deadline %r is not null or [earliest, latest] dates (\"%s\")" % (d, short(f["quote"])))
            continue
        start, end = byte_span(text, span)
        forecasts.append({"start": start, "end": end, "probability": p, "deadline": d})
    non = []
    for f in labeled.get("non_forecasts", []):
        span = locate(text, f.get("quote"))
        if isinstance(span, str):
            errs.add(where, span)
            continue
        if f.get("kind") not in KINDS:
            errs.add(where, "non-forecast kind %r is not one of %s" % (f.get("kind"), ", ".join(sorted(KINDS))))
            continue
        start, end = byte_span(text, span)
        non.append({"start": start, "end": end, "kind": f["kind"]})
    # Stable sorts: two forecasts of one sentence keep the labeler's order.
    out["forecasts"] = sorted(forecasts, key=lambda x: x["start"])
    out["non_forecasts"] = sorted(non, key=lambda x: x["start"])
    return out


def load_json(path, errs):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        errs.add(path, str(e))
        return None


def merge(args):
    errs = Errors()
    skeleton = load_json(args.skeleton, errs)
    if skeleton is None:
        return errs, None
    by_id = {a["id"]: a for a in skeleton["articles"]}
    labeled = {}
    for path in args.labeler_files:
        doc = load_json(path, errs)
        if doc is None:
            continue
        for a in doc.get("articles", []):
            aid = a.get("id")
            if aid not in by_id:
                errs.add(path, "article %r is not in the skeleton" % aid)
            elif aid in labeled:
                errs.add(path, "article %s is labeled twice (also in %s)" % (aid, labeled[aid][0]))
            else:
                labeled[aid] = (path, a)
    missing = [a["id"] for a in skeleton["articles"] if a["id"] not in labeled]
    if missing and not args.partial:
        errs.add(args.skeleton, "%d articles not labeled in any file (--partial writes the labeled "
                 "ones only): %s" % (len(missing), " ".join(missing)))
    articles = []
    for entry in skeleton["articles"]:
        aid = entry["id"]
        if aid not in labeled:
            continue
        path = os.path.join(args.texts, entry["split"], aid + ".txt")
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            errs.add(path, "missing (rebuild it with scripts/wire_texts.py)")
            continue
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            errs.add(path, "SHA-256 differs from the skeleton")
            continue
        articles.append(merge_article(entry, labeled[aid][1], data.decode("utf-8"), errs))
    return errs, {"about": skeleton["about"], "articles": articles}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("merge", help="merge labeler files into a labels file of offsets")
    m.add_argument("--texts", required=True, help="folder of the texts (DIR/SPLIT/ID.txt)")
    m.add_argument("--skeleton", required=True, help="skeleton from wire_texts.py --skeleton")
    m.add_argument("--out", required=True, help="labels file to write")
    m.add_argument("--partial", action="store_true", help="allow articles no file labels (left out)")
    m.add_argument("labeler_files", nargs="+", metavar="LABELERFILE")
    args = p.parse_args()
    errs, doc = merge(args)
    for e in errs:
        print("error: " + e, file=sys.stderr)
    if errs:
        sys.exit(2)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")
    n_f = sum(len(a["forecasts"]) for a in doc["articles"])
    n_n = sum(len(a["non_forecasts"]) for a in doc["articles"])
    print("%s: %d articles, %d forecasts, %d non-forecasts" % (args.out, len(doc["articles"]), n_f, n_n))


if __name__ == "__main__":
    main()
