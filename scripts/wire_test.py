#!/usr/bin/env python3
"""Tests of scripts/wire_texts.py and scripts/wire_labels.py on made-up texts (no corpus needed):
`python3 scripts/wire_test.py`."""

import contextlib
import hashlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import wire_labels  # noqa: E402
import wire_texts  # noqa: E402


class Texts(unittest.TestCase):
    def test_reuters_body_drops_reuter_and_decodes_entities(self):
        raw = "Profits &lt;ABC> rose &amp; fell.\n    More here.\n Reuter\n&#3;"
        self.assertEqual(wire_texts.clean_reuters_body(raw), "Profits <ABC> rose & fell.\n    More here.")

    def test_garbled_reuters_body_is_refused(self):
        self.assertIsNone(wire_texts.clean_reuters_body("rate of&#127;inflation.\n Reuter\n&#3;"))

    def test_table_is_more_than_a_third_of_lines_mostly_digits(self):
        self.assertTrue(wire_texts.is_table("Net profit rose.\n  1,234 vs 987\n  12.5 vs 11.0\n"))
        self.assertFalse(wire_texts.is_table("Net profit rose.\nIt said so.\n  1,234 vs 987\n"))

    def test_reuters_date_topics_and_short_copy(self):
        doc = ('<REUTERS NEWID="1">\n<DATE> 9-MAR-1987 04:58:41.12</DATE>\n<TOPICS><D>money-fx</D></TOPICS>'
               '<TITLE>T</TITLE><BODY>B</BODY></REUTERS>')
        with tempfile.TemporaryDirectory() as d:
            for name in wire_texts.REUTERS_FILES:
                with open(os.path.join(d, name), "w") as f:
                    f.write(doc if name == "reut2-000.sgm" else "")
            err = io.StringIO()
            with self.assertRaises(SystemExit) as e, contextlib.redirect_stderr(err):
                list(wire_texts.reuters_articles(d))
            self.assertEqual(err.getvalue(), "error: %s: 1 Reuters articles, 21578 expected\n" % d)
            self.assertEqual(e.exception.code, 2)
            first = next(wire_texts.reuters_articles(d))
        self.assertEqual((first["published"], first["topics"]), ("1987-03-09", ["money-fx"]))


def fake_corpora(d, n_reuters=130, n_bbc=20):
    """Made-up copies of both corpora in d: all 21,578 Reuters NEWIDs, the first n_reuters with
    an eligible body, and n_bbc eligible files per BBC category (plus one too short)."""
    body = "Shares rose today on the exchange. " * 14
    docs = []
    for i in range(1, wire_texts.REUTERS_TOTAL + 1):
        text = "<TITLE>Story %d</TITLE><BODY>%s\n Reuter\n&#3;</BODY>" % (i, body) if i <= n_reuters else ""
        docs.append('<REUTERS NEWID="%d">\n<DATE> 2-MAR-1987 01:02:03.00</DATE>%s</REUTERS>' % (i, text))
    per = len(docs) // 22 + 1
    for k, name in enumerate(wire_texts.REUTERS_FILES):
        with open(os.path.join(d, name), "w") as f:
            f.write("\n".join(docs[k * per:(k + 1) * per]))
    for cat in wire_texts.BBC_CATEGORIES:
        os.makedirs(os.path.join(d, "bbc", cat))
        for i in range(1, n_bbc + 2):
            with open(os.path.join(d, "bbc", cat, "%03d.txt" % i), "w") as f:
                f.write("%s %d\n\n%s\n" % (cat, i, body if i <= n_bbc else "Too short."))


class Batches(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        fake_corpora(cls.tmp.name)
        cls.both, cls.n_r, cls.n_b = wire_texts.draw(cls.tmp.name, cls.tmp.name, [1, 2])
        cls.one, _, _ = wire_texts.draw(cls.tmp.name, cls.tmp.name, [1])
        cls.two, _, _ = wire_texts.draw(cls.tmp.name, cls.tmp.name, [2])

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_eligible_counts(self):
        self.assertEqual((self.n_r, self.n_b), (130, 100))

    def test_batch_one_is_the_same_drawn_alone_or_with_batch_two(self):
        self.assertEqual(list(self.one), [1])
        self.assertEqual(self.one[1], self.both[1])
        self.assertEqual(list(self.two), [2])
        self.assertEqual(self.two[2], self.both[2])
        rng = random.Random(20261204)
        newids = [a["newid"] for a in rng.sample(wire_texts.reuters_eligible(self.tmp.name), 50)]
        self.assertEqual([a["newid"] for _, a in self.both[1][:50]], newids)

    def test_batch_two_is_its_own_seed_drawn_from_what_batch_one_left(self):
        first = {a["newid"] for _, a in self.both[1] if a["outlet"] == "Reuters"}
        left = [a for a in wire_texts.reuters_eligible(self.tmp.name) if a["newid"] not in first]
        self.assertEqual(len(left), 80)
        rng = random.Random(20261205)
        newids = [a["newid"] for a in rng.sample(left, 50)]
        self.assertEqual([a["newid"] for _, a in self.both[2][:50]], newids)
        paths = {a["path"] for _, a in self.both[1] if a["outlet"] == "BBC News"}
        b_left = [a for a in wire_texts.bbc_eligible(self.tmp.name) if a["path"] not in paths]
        self.assertEqual([a["path"] for a in rng.sample(b_left, 30)],
                         [a["path"] for _, a in self.both[2][50:]])

    def test_batch_two_ranks_continue_with_the_same_splits(self):
        picked = self.both[2]
        ranks = [int(a["id"].split("-")[1][1:]) for _, a in picked]
        self.assertEqual(ranks, list(range(51, 101)) + list(range(31, 61)))
        splits = ["dev"] * 20 + ["heldout"] * 10 + ["blind"] * 20 + ["dev"] * 12 + ["heldout"] * 6 + ["blind"] * 12
        self.assertEqual([s for s, _ in picked], splits)
        self.assertEqual(picked[49][1]["id"], "wr-r100-%d" % picked[49][1]["newid"])

    def test_too_few_left_for_batch_two_is_an_error(self):
        with tempfile.TemporaryDirectory() as d:
            fake_corpora(d, n_reuters=60)
            err = io.StringIO()
            with self.assertRaises(SystemExit) as e, contextlib.redirect_stderr(err):
                wire_texts.draw(d, d, [2])
        self.assertEqual(err.getvalue(), "error: too few eligible articles for batch 2: Reuters 10, BBC 70\n")
        self.assertEqual(e.exception.code, 2)

    def test_skeleton_holds_both_batches_and_batch_one_keeps_its_words(self):
        sk = wire_texts.skeleton(self.both, self.n_r, self.n_b)
        self.assertEqual(len(sk["articles"]), 160)
        self.assertEqual(sk["articles"][:80], wire_texts.skeleton(self.one, self.n_r, self.n_b)["articles"])
        self.assertIn("). Seed 20261204; eligible articles: Reuters 130, BBC 100. ",
                      wire_texts.about([1], 130, 100))
        self.assertIn("). Batch 1 (wr-r01 to wr-r50, wb-b01 to wb-b30): seed 20261204; batch 2 (wr-r51 to "
                      "wr-r100, wb-b31 to wb-b60): seed 20261205, less the articles of batch 1; eligible "
                      "articles: Reuters 130, BBC 100. ", sk["about"])

    def test_groups_deal_each_batch_by_split_then_outlet(self):
        def art(aid, outlet):
            return {"id": aid, "outlet": outlet}
        drawn = {2: [("dev", art("r1", "Reuters")), ("heldout", art("r2", "Reuters")),
                     ("dev", art("r3", "Reuters")), ("dev", art("b1", "BBC News")),
                     ("blind", art("r4", "Reuters")), ("heldout", art("b2", "BBC News"))]}
        self.assertEqual(wire_texts.groups(drawn), {"E": ["r1", "b2"], "F": ["r3", "r4"], "G": ["b1"], "H": ["r2"]})
        g = wire_texts.groups(self.both)
        self.assertEqual(sorted(g), list("ABCDEFGH"))
        self.assertEqual([len(v) for v in g.values()], [20] * 8)
        self.assertEqual(g["E"][:6], [a["id"] for _, a in self.both[2][0:20:4]] + [self.both[2][50][1]["id"]])

    def test_batch_of_id(self):
        got = [wire_texts.batch_of(i) for i in ("wr-r50-9", "wr-r51-9", "wr-r100-270", "wb-b30-tech-001",
                                                  "wb-b31-tech-001", "x-1")]
        self.assertEqual(got, [1, 2, 2, 1, 2, "?"])

    def test_check_counts_texts_per_batch(self):
        with tempfile.TemporaryDirectory() as d:
            arts = []
            for aid, data in (("wr-r02-5", b"a\n"), ("wb-b40-tech-001", b"b\n")):
                os.makedirs(os.path.join(d, "dev"), exist_ok=True)
                with open(os.path.join(d, "dev", aid + ".txt"), "wb") as f:
                    f.write(data)
                arts.append({"id": aid, "split": "dev", "sha256": hashlib.sha256(data).hexdigest()})
            path = os.path.join(d, "l.json")
            with open(path, "w") as f:
                json.dump({"articles": arts}, f)
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                wire_texts.check(path, d)
            self.assertEqual(out.getvalue(), "2 texts match %s (batch 1: 1, batch 2: 1)\n" % path)


class Labels(unittest.TestCase):
    TEXT = "Title\n\nSales cost \u00a35m.\nThe firm expects profits\nto rise in 2005. It said so. It said so.\n"

    def test_exact_and_loose_quotes_give_byte_offsets(self):
        span = wire_labels.locate(self.TEXT, "The firm expects profits to rise in 2005.")
        self.assertEqual(span, (23, 64))
        # The pound sign is two bytes in UTF-8.
        self.assertEqual(wire_labels.byte_span(self.TEXT, span), (24, 65))
        self.assertEqual(wire_labels.locate(self.TEXT, "Sales cost \u00a35m."), (7, 22))

    def test_ambiguous_and_missing_quotes_are_errors(self):
        self.assertEqual(wire_labels.locate(self.TEXT, "It said so."),
                         "quote found 2 times (quote more of the sentence): \"It said so.\"")
        self.assertEqual(wire_labels.locate(self.TEXT, "It said no."),
                         "quote not found in the text: \"It said no.\"")

    def test_merge_writes_offsets_only_and_names_bad_labels(self):
        with tempfile.TemporaryDirectory() as d:
            os.makedirs(os.path.join(d, "dev"))
            data = self.TEXT.encode("utf-8")
            with open(os.path.join(d, "dev", "wb-b01-business-001.txt"), "wb") as f:
                f.write(data)
            skel = {"about": "x", "articles": [{
                "id": "wb-b01-business-001", "split": "dev", "outlet": "BBC News", "url": "u",
                "query": "q", "published": "2005-01-01", "published_estimated": True, "kind": "business",
                "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
                "forecasts": [], "non_forecasts": []}]}
            lab = {"articles": [{"id": "wb-b01-business-001", "published": "2005-02-15",
                                 "forecasts": [{"quote": "The firm expects profits to rise in 2005.",
                                                "probability": [0.6, 0.9], "deadline": ["2005-12-31", "2005-12-31"]}],
                                 "non_forecasts": [{"quote": "Sales cost \u00a35m.", "kind": "past"}]}]}
            for name, doc in (("s.json", skel), ("A.json", lab)):
                with open(os.path.join(d, name), "w") as f:
                    json.dump(doc, f)
            cmd = [sys.executable, os.path.join(HERE, "wire_labels.py"), "merge", "--texts", d,
                   "--skeleton", os.path.join(d, "s.json"), "--out", os.path.join(d, "out.json"),
                   os.path.join(d, "A.json")]
            subprocess.run(cmd, check=True, capture_output=True)
            with open(os.path.join(d, "out.json")) as f:
                a = json.load(f)["articles"][0]
            self.assertEqual(a["published"], "2005-02-15")
            self.assertEqual(a["forecasts"], [{"start": 24, "end": 65, "probability": [0.6, 0.9],
                                               "deadline": ["2005-12-31", "2005-12-31"]}])
            self.assertEqual(a["non_forecasts"], [{"start": 7, "end": 23, "kind": "past"}])
            lab["articles"][0]["forecasts"][0]["quote"] = "It said so."
            with open(os.path.join(d, "A.json"), "w") as f:
                json.dump(lab, f)
            r = subprocess.run(cmd, capture_output=True, text=True)
            self.assertEqual(r.returncode, 2)
            self.assertEqual(r.stderr, "error: wb-b01-business-001: quote found 2 times (quote more of the "
                                       "sentence): \"It said so.\"\n")


if __name__ == "__main__":
    unittest.main()
