#!/usr/bin/env bash
# Renders the demo ledger's HTML scorecard in headless Chromium (Debian's package) and fails
# if the page cannot load or the screenshot is blank. Installs Chromium when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/debug/forecast}
if ! command -v chromium >/dev/null 2>&1; then
    echo "installing chromium from the distribution's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
render_and_check() { # PAGE (without .html)
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --disable-quic --user-data-dir="$work/profile" \
        --hide-scrollbars --window-size=1000,2200 --screenshot="$work/$1.png" "file://$work/$1.html" \
        >"$work/$1.log" 2>&1 || { cat "$work/$1.log" >&2; echo "error: chromium could not render $1.html" >&2; exit 1; }
    [ -s "$work/$1.png" ] || { echo "error: chromium wrote no screenshot of $1.html" >&2; exit 1; }
    python3 - "$work/$1.png" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height = 8, b"", 0, 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height = struct.unpack(">II", body[:8])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
colour = data[8 + 8 + 9]  # IHDR colour type
bpp = {2: 3, 6: 4, 0: 1, 4: 2}[colour]
stride = width * bpp
prev = bytearray(stride)
ink = 0
for y in range(height):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):  # undo the PNG row filter (RFC 2083, 6.2)
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1:
            line[i] = (line[i] + a) & 255
        elif f == 2:
            line[i] = (line[i] + b) & 255
        elif f == 3:
            line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    if y % 4 == 0:
        ink += sum(1 for v in line[::bpp] if v < 200)
    prev = line
share = ink / (width * ((height + 3) // 4))
print(f"screenshot {width}x{height}: {share:.1%} of sampled pixels are ink")
if share < 0.01:
    sys.exit(f"error: the rendered page {sys.argv[1]} is blank")
PY
}

"$bin" demo --html "$work/scorecard.html" --chart "$work/calibration.svg" >/dev/null
render_and_check scorecard
# The grouped scorecard (report --by) and the CORP one (--bins isotonic), from the demo ledger.
"$bin" demo --keep "$work/demo.sqlite3" >/dev/null
FORECAST_TODAY=2026-11-28 "$bin" --db "$work/demo.sqlite3" report --by horizon --html "$work/by-horizon.html" >/dev/null
FORECAST_TODAY=2026-11-28 "$bin" --db "$work/demo.sqlite3" report --bins isotonic --html "$work/isotonic.html" >/dev/null
render_and_check by-horizon
render_and_check isotonic
echo "the scorecards (plain, --by horizon, --bins isotonic) render in Chromium"
