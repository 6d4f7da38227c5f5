#!/usr/bin/env bash
# `forecast due --ics` read back by an independent RFC 5545 parser (Python's `icalendar`,
# installed from PyPI if missing): every open deadline is one all-day event on its day, with
# the claim (commas, semicolons, backslashes, accents, a line over 75 octets) unescaped back
# to what was logged, a stable UID per forecast, and a DTSTAMP.
#
# Usage: scripts/ics-check.sh [PATH-TO-FORECAST-BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/debug/forecast}
[ -x "$bin" ] || { echo "error: no forecast binary at $bin (run cargo build)" >&2; exit 1; }
if ! python3 -c 'import icalendar' 2>/dev/null; then
    python3 -m pip install --quiet icalendar
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FORECAST_TODAY=2026-11-28
unset FORECAST_DB
db="$work/ledger.sqlite3"
long="Élection anticipée au Royaume-Uni, selon l'éditorial; le parti \\ majoritaire perd plus de 40 sièges, dit-il"
"$bin" --db "$db" add --source "Daily Planet" --claim "$long" --probability 30% --deadline 2027-05-06 >/dev/null
"$bin" --db "$db" add --source "Nate, Analyst" --claim "Rates fall; then rise" --probability 0.6 --deadline EOY --against >/dev/null
"$bin" --db "$db" add --source "Old" --claim "Already due" --probability 0.5 --made-on 2026-01-01 --deadline 2026-02-01 >/dev/null
"$bin" --db "$db" due --ics "$work/due.ics" >/dev/null
python3 - "$work/due.ics" "$long" <<'PY'
import sys, datetime, icalendar
path, long_claim = sys.argv[1], sys.argv[2]
raw = open(path, "rb").read()
assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF"
assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "a line over 75 octets"
cal = icalendar.Calendar.from_ical(raw)
assert str(cal["VERSION"]) == "2.0" and "forecast-ledger" in str(cal["PRODID"])
events = cal.walk("VEVENT")
got = {str(e["UID"]): e for e in events}
assert len(events) == 2 == len(got), f"{len(events)} events"
by_day = {e.decoded("DTSTART"): e for e in events}
first = by_day[datetime.date(2027, 5, 6)]
assert first.decoded("DTEND") == datetime.date(2027, 5, 7)
assert str(first["SUMMARY"]) == f"Deadline: {long_claim} (Daily Planet, 30%)", str(first["SUMMARY"])
second = by_day[datetime.date(2026, 12, 31)]
assert str(second["SUMMARY"]) == "Deadline: Rates fall; then rise (Nate, Analyst, 60% against)", str(second["SUMMARY"])
assert "forecast resolve 2" in str(second["DESCRIPTION"])
for e in events:
    assert isinstance(e.decoded("DTSTAMP"), datetime.datetime)
    assert str(e["UID"]).startswith("forecast-") and str(e["UID"]).endswith("@forecast-ledger")
print(f"ok: {len(events)} events read back by icalendar {icalendar.__version__}")
PY
