#!/usr/bin/env python3
"""Tests of scripts/wire_texts.py and scripts/wire_labels.py on made-up texts (no corpus needed):
`python3 scripts/wire_test.py`."""

import contextlib
import hashlib
import io
import json
import os
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
