#!/usr/bin/env python3
"""A stand-in for the real-news development set (issue 13) built from third-party texts in
../shared/data-external at bench time (never committed): the TempEval-3 platinum articles'
plain text, derived as examples/common/te3.rs derives it (TEXT with tags stripped, XML
entities decoded, trimmed), and Zach Jacobi's six prediction and grading posts, joined with
blank lines and repeated to SIZE bytes.

Usage: bench/standin.py DATA_EXTERNAL_DIR OUT [SIZE]   (SIZE defaults to 20000000)
With --parts DIR instead of OUT's SIZE, also writes each text to DIR (one file a text)."""
import glob, os, re, sys

def te3_text(tml):
    body = tml.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    body = re.sub(r"<[^>]*>", "", body)
    names = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
    def ent(m):
        n = m.group(1)
        if n in names:
            return names[n]
        if n[:2] in ("#x", "#X"):
            return chr(int(n[2:], 16))
        return chr(int(n[1:]))
    return re.sub(r"&([^;]*);", ent, body).strip()

def texts(root):
    out = []
    for f in sorted(glob.glob(os.path.join(root, "te3-platinum", "*.tml"))):
        out.append((os.path.basename(f)[:-4] + ".txt", te3_text(open(f, encoding="utf-8").read())))
    for f in sorted(glob.glob(os.path.join(root, "zach-jacobi-predictions-2017-2019", "original", "*.md"))):
        out.append((os.path.basename(f), open(f, encoding="utf-8", newline="").read()))
    return out

def main():
    args = sys.argv[1:]
    parts = None
    if "--parts" in args:
        i = args.index("--parts")
        parts = args[i + 1]
        del args[i:i + 2]
    root, out = args[0], args[1]
    size = int(args[2]) if len(args) > 2 else 20_000_000
    ts = texts(root)
    if not ts:
        sys.exit(f"error: no TempEval-3 or Zach Jacobi texts under {root}")
    if parts:
        os.makedirs(parts, exist_ok=True)
        for name, t in ts:
            open(os.path.join(parts, name), "w", encoding="utf-8", newline="").write(t)
    t = "".join(t + "\n\n" for _, t in ts).encode()
    data = (t * (size // len(t) + 1))[:size].decode("utf-8", "ignore")
    open(out, "w", encoding="utf-8", newline="").write(data)

main()
