#!/usr/bin/env python3
"""Checks `forecast report --bins isotonic --format json` against scikit-learn on the same
forecasts: the pool-adjacent-violators fit (IsotonicRegression, increasing) at every scored
forecast, `auc` (roc_auc_score), `discrimination` (numpy means), and the CORP terms (mcb from
the sklearn fit, brier = mcb - dsc + unc). The scored forecasts are read from the ledger's
`forecast export`: resolved true or false with the deadline before today. Exits 1 on any
difference beyond the tolerance; prints what it compared."""
import json
import os
import sys
from collections import defaultdict

import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import roc_auc_score

TOL = 1e-9
# The report rounds every figure to 12 significant digits (at most 5e-13 off for values
# below 1), so an identity among four rounded figures holds to 2e-12.
TOL_IDENTITY = 2e-12

work, today, ledgers = sys.argv[1], sys.argv[2], sys.argv[3:]
failures = []
checked = []


def fail(what):
    failures.append(what)
    print(f"MISMATCH: {what}")


def scored(path):
    by_source = defaultdict(list)
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            if r["outcome"] in ("true", "false") and r["deadline"] < today:
                by_source[r["source"]].append((r["probability"], 1.0 if r["outcome"] == "true" else 0.0))
    return by_source


def check(ledger, name, rep, pairs):
    p = np.array([x[0] for x in pairs])
    o = np.array([x[1] for x in pairs])
    if rep["scored"] != len(pairs):
        fail(f"{ledger}/{name}: scored {rep['scored']} but the export has {len(pairs)} scored forecasts")
        return
    fit = IsotonicRegression(increasing=True).fit(p, o).predict(p)
    blocks = rep["calibration"]
    if sum(b["n"] for b in blocks) != len(pairs):
        fail(f"{ledger}/{name}: the blocks hold {sum(b['n'] for b in blocks)} forecasts, not {len(pairs)}")
    lowers = np.array([b["lower"] for b in blocks])
    ours = np.empty(len(p))
    for i, x in enumerate(p):
        k = int(np.searchsorted(lowers, x, side="right")) - 1
        b = blocks[k]
        if not (b["lower"] <= x <= b["upper"]):
            fail(f"{ledger}/{name}: probability {x} lies in no block")
            return
        ours[i] = b["observed"]
    worst_fit = float(np.max(np.abs(ours - fit)))
    if worst_fit > TOL:
        fail(f"{ledger}/{name}: fitted values differ from sklearn by up to {worst_fit:.3g}")
    if any(a["observed"] >= b["observed"] for a, b in zip(blocks, blocks[1:])):
        fail(f"{ledger}/{name}: the fitted values do not increase from block to block")

    both = 0 < o.sum() < len(o)
    auc = roc_auc_score(o, p) if both else None
    disc = (p[o == 1].mean() - p[o == 0].mean()) if both else None
    diffs = {}
    for key, want in (("auc", auc), ("discrimination", disc)):
        got = rep[key]
        if (got is None) != (want is None) or (want is not None and abs(got - want) > TOL):
            fail(f"{ledger}/{name}: {key} {got} but sklearn/numpy give {want}")
        diffs[key] = 0.0 if want is None else abs(got - want)

    brier = float(np.mean((p - o) ** 2))
    mcb = brier - float(np.mean((fit - o) ** 2))
    base = o.mean()
    dsc = base * (1 - base) - float(np.mean((fit - o) ** 2))
    for key, want in (("mcb", mcb), ("dsc", dsc), ("unc", base * (1 - base))):
        if abs(rep[key] - want) > TOL:
            fail(f"{ledger}/{name}: {key} {rep[key]} but the sklearn fit gives {want}")
    identity = abs(rep["mcb"] - rep["dsc"] + rep["unc"] - rep["brier"])
    if identity > TOL_IDENTITY:
        fail(f"{ledger}/{name}: brier - (mcb - dsc + unc) = {identity:.3g}")
    checked.append((ledger, name, len(pairs), len(blocks), worst_fit, rep["auc"], diffs["auc"], identity))


for ledger in ledgers:
    with open(os.path.join(work, f"{ledger}.report.json")) as f:
        report = json.load(f)
    if report["bins"] != "isotonic":
        fail(f"{ledger}: the report's bins are {report['bins']!r}, not isotonic")
        continue
    pairs = scored(os.path.join(work, f"{ledger}.jsonl"))
    if not pairs:
        fail(f"{ledger}: no scored forecasts in the export")
    for s in report["sources"]:
        check(ledger, s["source"], s, pairs.get(s["source"], []))
    check(ledger, "overall", report["overall"], [x for v in pairs.values() for x in v])

print(f"{'ledger':12} {'source':45} {'scored':>7} {'blocks':>6} {'max |fit - sklearn|':>20} {'auc':>14} {'|auc - sklearn|':>16} {'|brier - (mcb-dsc+unc)|':>24}")
for ledger, name, n, k, fitd, auc, aucd, ident in checked:
    print(f"{ledger:12} {name[:45]:45} {n:7} {k:6} {fitd:20.3g} {auc if auc is not None else 'null':>14} {aucd:16.3g} {ident:24.3g}")
if failures:
    print(f"\n{len(failures)} check(s) failed")
    sys.exit(1)
print(f"\nall {len(checked)} comparisons within {TOL:g} of scikit-learn (identity within {TOL_IDENTITY:g})")
