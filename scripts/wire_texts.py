#!/usr/bin/env python3
"""Rebuild the wire-news texts (issue 13) from public copies of Reuters-21578 and the BBC
News corpus, draw the fixed-seed sample, write its labels skeleton, or check texts against labels.

Sources (plain folders of a repository's files at a commit):
  Reuters-21578: git clone https://github.com/loki86/ksr_zadanie1V2 && git checkout d16457f
  BBC News:      git clone https://github.com/dejanbatanjac/bbc-article-classify-bert && git checkout 8265dc8
(or `git --git-dir=MIRROR archive COMMIT | tar -x -C DIR`). See README, "Real news on disk:
the wire-news set".

Two batches of 80 articles; batch 1 is drawn first and never depends on batch 2. Per batch,
in this order, with one `random.Random(SEED)` (batch 1: 20261204, batch 2: 20261205):
  1. Reuters: every article of the 22 files below, in NEWID order, that has a <TITLE> and a
     <BODY>, whose body is ASCII with no SGML numeric entity other than the closing &#3;
     (garbled transmission otherwise), is 400 to 6,000 bytes once cleaned, and is not mostly a
     table (more than a third of its non-blank lines mostly digits), less the articles earlier
     batches drew. `rng.sample(eligible, 50)`: the first 20 are dev, the next 10 heldout, the
     last 20 blind.
  2. BBC: every bbc/CATEGORY/NNN.txt, sorted by (category, file name), that is UTF-8 and whose
     body (after the title line) is 400 to 6,000 bytes, less earlier batches' articles.
     `rng.sample(eligible, 30)`: 12 dev, 6 heldout, 12 blind.
Draw ranks continue across batches: batch 2's ids start at wr-r51-... and wb-b31-....
"""

import argparse
import hashlib
import json
import os
import random
import re
import sys

BATCHES = {1: 20261204, 2: 20261205}  # batch -> seed
GROUP_LETTERS = {1: "ABCD", 2: "EFGH"}  # labelers' groups of 20 per batch
MIN_BYTES, MAX_BYTES = 400, 6000
REUTERS_SPLITS = [("dev", 20), ("heldout", 10), ("blind", 20)]
BBC_SPLITS = [("dev", 12), ("heldout", 6), ("blind", 12)]

REUTERS_REPO = "loki86/ksr_zadanie1V2"
REUTERS_COMMIT = "d16457fd9d6d2b623fffc163746092b89a6e2fef"
BBC_REPO = "dejanbatanjac/bbc-article-classify-bert"
BBC_COMMIT = "8265dc84e88b82b87ce7f5b2df5bbbb1159ae922"
# The 22 files of Reuters-21578 as that copy holds them: its reut2-003.sgm is cut at 157
# articles, its reut2-003-full.sgm holds all 1,000 (the article bodies are the same).
REUTERS_FILES = ["reut2-%03d.sgm" % i for i in range(22)]
REUTERS_FILES[3] = "reut2-003-full.sgm"
REUTERS_TOTAL = 21578
BBC_CATEGORIES = ["business", "entertainment", "politics", "sport", "tech"]

MONTHS = {m: i + 1 for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}


def fail(msg):
    print("error: " + msg, file=sys.stderr)
    sys.exit(2)


def blob_url(repo, commit, path):
    return "https://github.com/%s/blob/%s/%s" % (repo, commit, path)


def decode_sgml(s):
    """Decodes the named entities the Reuters files use (&lt; &gt; &amp;)."""
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def mostly_digits(line):
    chars = [c for c in line if not c.isspace()]
    if not chars:
        return False
    num = sum(1 for c in chars if c.isdigit() or c in ".,-+%()/")
    return num * 2 > len(chars)


def is_table(body):
    lines = [ln for ln in body.split("\n") if ln.strip()]
    return sum(1 for ln in lines if mostly_digits(ln)) * 3 > len(lines)


def reuters_articles(src):
    """Yields every article of the corpus in NEWID order as a dict; exits 2 if a file is short."""
    expected = 1
    for name in REUTERS_FILES:
        path = os.path.join(src, name)
        if not os.path.isfile(path):
            fail("%s: missing (Reuters-21578 file)" % path)
        with open(path, "rb") as f:
            data = f.read().decode("latin-1")
        for m in re.finditer(r"<REUTERS ([^>]*)>(.*?)</REUTERS>", data, re.S):
            newid = int(re.search(r'NEWID="(\d+)"', m.group(1)).group(1))
            if newid != expected:
                fail("%s: NEWID %d where %d was expected (incomplete copy?)" % (path, newid, expected))
            expected += 1
            doc = m.group(2)
            date = re.search(r"<DATE>\s*(\d+)-([A-Z]{3})-(\d{4})", doc)
            topics = re.search(r"<TOPICS>(.*?)</TOPICS>", doc, re.S)
            title = re.search(r"<TITLE>(.*?)</TITLE>", doc, re.S)
            body = re.search(r"<BODY>(.*?)</BODY>", doc, re.S)
            yield {
                "newid": newid,
                "file": name,
                "published": "%s-%02d-%02d" % (date.group(3), MONTHS[date.group(2)], int(date.group(1))),
                "topics": re.findall(r"<D>(.*?)</D>", topics.group(1)) if topics else [],
                "title": title.group(1) if title else None,
                "body": body.group(1) if body else None,
            }
    if expected - 1 != REUTERS_TOTAL:
        fail("%s: %d Reuters articles, %d expected" % (src, expected - 1, REUTERS_TOTAL))


def clean_reuters_body(raw):
    """The body without the closing &#3; and trailing ' Reuter', entities decoded; None if garbled."""
    body = re.sub(r"\s*&#3;\s*$", "", raw)
    if re.search(r"&#\d+;", body) or any(ord(c) > 127 for c in body):
        return None
    body = re.sub(r"\s+reuter\s*$", "", body, flags=re.I)
    return decode_sgml(body).rstrip()


def reuters_eligible(src):
    out = []
    for a in reuters_articles(src):
        if a["title"] is None or a["body"] is None:
            continue
        body = clean_reuters_body(a["body"])
        if body is None or is_table(body):
            continue
        if not MIN_BYTES <= len(body.encode("utf-8")) <= MAX_BYTES:
            continue
        a["text"] = decode_sgml(a["title"]).strip() + "\n\n" + body + "\n"
        out.append(a)
    return out


def bbc_eligible(src):
    root = os.path.join(src, "bbc")
    if not os.path.isdir(root):
        fail("%s: no bbc/ folder (BBC News corpus)" % src)
    out = []
    for cat in BBC_CATEGORIES:
        if not os.path.isdir(os.path.join(root, cat)):
            fail("%s: no %s/ folder (BBC News corpus)" % (root, cat))
        names = sorted(n for n in os.listdir(os.path.join(root, cat)) if n.endswith(".txt"))
        for name in names:
            with open(os.path.join(root, cat, name), "rb") as f:
                raw = f.read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
            title, _, body = text.partition("\n")
            body = body.strip("\n").rstrip()
            if not MIN_BYTES <= len(body.encode("utf-8")) <= MAX_BYTES:
                continue
            out.append({
                "cat": cat,
                "num": name[:-4],
                "path": "bbc/%s/%s" % (cat, name),
                "text": title.strip() + "\n\n" + body + "\n",
            })
    return out


def split_draw(drawn, splits):
    out, i = [], 0
    for split, n in splits:
        for a in drawn[i:i + n]:
            out.append((split, i + 1, a))
            i += 1
    return out


def draw(src_reuters, src_bbc, batches):
    """{batch: [(split, article)]} for the wanted batches, each article with id, outlet and
    metadata set; every batch up to the last wanted one is drawn, as each excludes the earlier."""
    reuters = reuters_eligible(src_reuters)
    bbc = bbc_eligible(src_bbc)
    n_r = sum(n for _, n in REUTERS_SPLITS)
    n_b = sum(n for _, n in BBC_SPLITS)
    out = {}
    for batch in range(1, max(batches) + 1):
        rng = random.Random(BATCHES[batch])
        done = [a for picked in out.values() for _, a in picked]
        done_r = {a["newid"] for a in done if "newid" in a}
        done_b = {a["path"] for a in done if "path" in a}
        r_left = [a for a in reuters if a["newid"] not in done_r]
        b_left = [a for a in bbc if a["path"] not in done_b]
        if len(r_left) < n_r or len(b_left) < n_b:
            fail("too few eligible articles for batch %d: Reuters %d, BBC %d"
                 % (batch, len(r_left), len(b_left)))
        picked = []
        for split, rank, a in split_draw(rng.sample(r_left, n_r), REUTERS_SPLITS):
            picked.append((split, {
                "id": "wr-r%02d-%d" % ((batch - 1) * n_r + rank, a["newid"]),
                "newid": a["newid"],
                "outlet": "Reuters",
                "url": blob_url(REUTERS_REPO, REUTERS_COMMIT, a["file"]),
                "query": "NEWID=%d in %s" % (a["newid"], a["file"]),
                "published": a["published"],
                "kind": ", ".join(a["topics"]) or "no topic",
                "text": a["text"],
            }))
        for split, rank, a in split_draw(rng.sample(b_left, n_b), BBC_SPLITS):
            picked.append((split, {
                "id": "wb-b%02d-%s-%s" % ((batch - 1) * n_b + rank, a["cat"], a["num"]),
                "path": a["path"],
                "outlet": "BBC News",
                "url": blob_url(BBC_REPO, BBC_COMMIT, a["path"]),
                "query": a["path"],
                "published": "2005-01-01",
                "published_estimated": True,
                "kind": a["cat"],
                "text": a["text"],
            }))
        out[batch] = picked
    return {b: out[b] for b in batches}, len(reuters), len(bbc)


def about(batches, n_reuters, n_bbc):
    """The skeleton's description; batch 1 alone keeps the words of the first skeleton."""
    n_r = sum(n for _, n in REUTERS_SPLITS)
    n_b = sum(n for _, n in BBC_SPLITS)
    if batches == [1]:
        draw_words = "Seed %d" % BATCHES[1]
    else:
        draw_words = "; ".join(
            "batch %d (wr-r%02d to wr-r%02d, wb-b%02d to wb-b%02d): seed %d%s" % (
                b, (b - 1) * n_r + 1, b * n_r, (b - 1) * n_b + 1, b * n_b, BATCHES[b],
                ", less the articles of batch%s %s" % ("es" if b > 2 else "", ", ".join(
                    str(e) for e in range(1, b))) if b > 1 else "")
            for b in batches)
        draw_words = draw_words[0].upper() + draw_words[1:]
    return (
        "Labels of real wire-news articles (Reuters-21578, 1987; BBC News, Greene & Cunningham, "
        "2004-2005) for `cargo run --release --example realnews_eval -- --labels` (issue 13). "
        "The texts are third-party and not in this repository; scripts/wire_texts.py rebuilds "
        "them (README, 'Real news on disk: the wire-news set'). %s; eligible articles: "
        "Reuters %d, BBC %d. Offsets are UTF-8 byte offsets of sentences; probability and "
        "deadline are accepted ranges (deadline null: no deadline is right)." % (draw_words, n_reuters, n_bbc))


def groups(drawn):
    """Each batch's 80 ids dealt in turn into its four labelers' groups of 20, in the order
    split (dev, heldout, blind), then outlet (Reuters, BBC), then draw rank."""
    out = {}
    for batch, picked in drawn.items():
        letters = GROUP_LETTERS[batch]
        for letter in letters:
            out[letter] = []
        order = [a["id"] for split in ("dev", "heldout", "blind") for outlet in ("Reuters", "BBC News")
                 for s, a in picked if s == split and a["outlet"] == outlet]
        for i, aid in enumerate(order):
            out[letters[i % len(letters)]].append(aid)
    return out


def skeleton(drawn, n_reuters, n_bbc):
    arts = []
    for split, a in [p for b in sorted(drawn) for p in drawn[b]]:
        data = a["text"].encode("utf-8")
        e = {"id": a["id"], "split": split}
        for k in ("outlet", "url", "query", "published", "published_estimated", "kind"):
            if k in a:
                e[k] = a[k]
        e["sha256"] = hashlib.sha256(data).hexdigest()
        e["bytes"] = len(data)
        e["forecasts"] = []
        e["non_forecasts"] = []
        arts.append(e)
    return {"about": about(sorted(drawn), n_reuters, n_bbc), "articles": arts}


def batch_of(aid):
    """The batch of an id by its draw rank (wr-r51-... is batch 2), or "?" for another id."""
    m = re.match(r"w([rb])-[rb](\d+)-", aid)
    if not m:
        return "?"
    size = sum(n for _, n in (REUTERS_SPLITS if m.group(1) == "r" else BBC_SPLITS))
    return (int(m.group(2)) - 1) // size + 1


def check(labels_path, out):
    try:
        with open(labels_path, encoding="utf-8") as f:
            labels = json.load(f)
    except (OSError, ValueError) as e:
        fail("%s: %s" % (labels_path, e))
    bad = []
    for a in labels.get("articles", []):
        path = os.path.join(out, a["split"], a["id"] + ".txt")
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            bad.append("%s: missing" % path)
            continue
        if hashlib.sha256(data).hexdigest() != a["sha256"]:
            bad.append("%s: SHA-256 differs from the labels" % path)
    for b in bad:
        print("error: " + b, file=sys.stderr)
    if bad:
        sys.exit(2)
    per = {}
    for a in labels.get("articles", []):
        per[batch_of(a["id"])] = per.get(batch_of(a["id"]), 0) + 1
    print("%d texts match %s (%s)" % (len(labels.get("articles", [])), labels_path, ", ".join(
        "batch %s: %d" % (b, n) for b, n in sorted(per.items(), key=lambda x: str(x[0])))))


def write_json(path, doc):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--src-reuters", help="folder of the Reuters-21578 copy's files")
    p.add_argument("--src-bbc", help="folder of the BBC corpus copy's files (holding bbc/)")
    p.add_argument("--out", required=True, help="folder of the texts (OUT/SPLIT/ID.txt)")
    p.add_argument("--batch", type=int, choices=sorted(BATCHES),
                   help="write one batch's texts (and skeleton, groups) only; default: all batches")
    p.add_argument("--skeleton", help="also write the labels skeleton to this file")
    p.add_argument("--groups", help="also write the labelers' groups of 20 ids to this file (JSON)")
    p.add_argument("--check", metavar="LABELS", help="only check OUT's texts against LABELS")
    args = p.parse_args()
    if args.check:
        check(args.check, args.out)
        return
    if not args.src_reuters or not args.src_bbc:
        fail("--src-reuters and --src-bbc are needed (or --check LABELS)")
    batches = [args.batch] if args.batch else sorted(BATCHES)
    drawn, n_r, n_b = draw(args.src_reuters, args.src_bbc, batches)
    n = 0
    for b in batches:
        for split, a in drawn[b]:
            os.makedirs(os.path.join(args.out, split), exist_ok=True)
            with open(os.path.join(args.out, split, a["id"] + ".txt"), "wb") as f:
                f.write(a["text"].encode("utf-8"))
            n += 1
    if args.skeleton:
        write_json(args.skeleton, skeleton(drawn, n_r, n_b))
    if args.groups:
        write_json(args.groups, groups(drawn))
    print("%d texts of batch%s %s written to %s (eligible: Reuters %d, BBC %d)" % (
        n, "es" if len(batches) > 1 else "", ", ".join(map(str, batches)), args.out, n_r, n_b))


if __name__ == "__main__":
    main()
