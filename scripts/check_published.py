#!/usr/bin/env python3
"""Compare `forecast report --format json` output with figures the data sets' authors
published (quoted in each ../shared/data-external/*/README.md). Exits 1 on a mismatch in an
exact-match check. Standard library only."""
import json
import os
import sys

work = sys.argv[1]


def load(name):
    with open(os.path.join(work, name)) as f:
        return json.load(f)


def source(report, name):
    for s in report["sources"]:
        if s["source"] == name:
            return s
    raise SystemExit(f"error: source {name!r} missing from the report")


failures = []
rows = []  # (data set, figure, published, reproduced, verdict)

# niplav: Brier per platform, published to 17 significant digits.
niplav = load("niplav.json")
for name, published, n_kept in [("PredictionBook", 0.16073690328405374, 44305), ("Metaculus", 0.17085016230074224, 48367)]:
    s = source(niplav, name)
    ok = abs(s["brier"] - published) <= 1e-12 and s["scored"] == n_kept
    rows.append((f"niplav {name}", f"Brier over {n_kept} forecasts", repr(published), f"{s['brier']!r} (n={s['scored']})", "exact" if ok else "MISMATCH"))
    if not ok:
        failures.append(f"niplav {name}")

# Zach Jacobi: right/wrong per stated probability.
ZACH = {
    "zach2017.json": {0.50: (7, 6), 0.60: (9, 4), 0.70: (16, 4), 0.80: (20, 6), 0.90: (17, 2)},
    "zach2019.json": {0.51: (5, 10), 0.60: (11, 5), 0.70: (11, 4), 0.80: (21, 3), 0.90: (23, 2)},
}
for fname, published in ZACH.items():
    year = fname[4:8]
    s = source(load(fname), "Zach Jacobi (socratic-form-microscopy.com)")
    got = {round(b["mean_probability"], 2): (b["hits"], b["n"] - b["hits"]) for b in s["calibration"]}
    for p, pub in published.items():
        g = got.get(p)
        ok = g == pub
        rows.append((f"Zach Jacobi {year}", f"{round(p * 100)}% bin right/wrong", f"{pub[0]}/{pub[1]}", f"{g[0]}/{g[1]}" if g else "none", "exact" if ok else "MISMATCH"))
        if not ok:
            failures.append(f"Zach Jacobi {year} {p}")
    extra = set(got) - set(published)
    if extra:
        failures.append(f"Zach Jacobi {year}: unexpected bins {sorted(extra)}")

# Scott Alexander: published tables (folded); known not to match exactly (see the README).
SCOTT = {
    "scott2020.json": {"50%": (2, 7), "60%": (8, 8), "70%": (15, 6), "80%": (14, 8), "90%": (16, 3)},
    "scott2021.json": {"50%": (7, 6), "60%": (11, 11), "70%": (20, 6), "80%": (20, 3), "90%": (10, 1), "95%+99%": (8, 0)},
}
for fname, published in SCOTT.items():
    year = fname[5:9]
    s = source(load(fname), "Scott Alexander (SSC/ACX)")
    got = {}
    for b in s["calibration"]:
        p = round(b["mean_probability"], 2)
        key = f"{round(p * 100)}%"
        if year == "2021" and p >= 0.95:
            key = "95%+99%"
        h, w = got.get(key, (0, 0))
        got[key] = (h + b["hits"], w + b["n"] - b["hits"])
    for key in sorted(set(published) | set(got), key=lambda k: float(k.split("%")[0])):
        pub = published.get(key)
        g = got.get(key)
        verdict = "same" if pub == g else "differs (see README)"
        rows.append((f"Scott Alexander {year}", f"{key} bin right/wrong", f"{pub[0]}/{pub[1]}" if pub else "not printed", f"{g[0]}/{g[1]}" if g else "none", verdict))

widths = [max(len(r[i]) for r in rows + [("data set", "figure", "published", "reproduced", "verdict")]) for i in range(5)]
header = ("data set", "figure", "published", "reproduced", "verdict")
print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for r in rows:
    print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")

if failures:
    print("\nerror: published figures not reproduced: " + ", ".join(failures), file=sys.stderr)
    sys.exit(1)
print("\nall exact-match checks passed (niplav Brier to 1e-12, Zach Jacobi 2017 and 2019 bin for bin)")
