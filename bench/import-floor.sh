#!/usr/bin/env bash
# The bare-SQL floor of an import (issue 17): the rows of a bench CSV (the columns
# `examples/synth` writes, one tag a row) loaded by sqlite3 alone into a new file with the
# schema of LEDGER, the way `forecast import` loads a large file: one transaction, WAL,
# synchronous FULL, 2 MiB of page cache (IMPORT_CACHE), the same secondary indexes dropped
# during the load and built again after it (read from LEDGER's sqlite_master, so the list
# follows the schema). No parsing by the tool, no digests, kept sums or journal entry, no statement per
# row: what SQLite itself must do to store these rows with these indexes. Its source and
# question ids come from joins by name (an import keeps them in memory), so it is a little
# above the true floor.
#
# Usage: bench/import-floor.sh LEDGER CSV NEW_FILE
set -euo pipefail
ledger=$1 csv=$2 out=$3
rm -f "$out" "$out-wal" "$out-shm"
# As SqliteWriter::defer_indexes_if_large chooses them (store/mod.rs).
deferred="type = 'index' AND tbl_name IN ('forecasts', 'forecast_tags') AND sql IS NOT NULL
    AND sql NOT LIKE 'CREATE UNIQUE%'
    AND name NOT IN ('forecasts_resolution', 'forecasts_supersedes', 'forecasts_superseded_by')"
now=2026-11-28T00:00:00.000Z
{
    echo "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -2000;"
    sqlite3 "$ledger" .schema | grep -v '^CREATE TABLE sqlite_'
    echo "BEGIN;"
    echo "CREATE TEMP TABLE t(source TEXT, claim TEXT, probability REAL, made_on TEXT, deadline TEXT,
        question TEXT, stance TEXT, outcome TEXT, resolved_on TEXT, tags TEXT);"
    echo ".import --csv --skip 1 $csv t"
    sqlite3 "$ledger" "SELECT 'DROP INDEX \"' || name || '\";' FROM sqlite_master WHERE $deferred"
    cat <<SQL
INSERT INTO sources (name, created_at) SELECT source, '$now' FROM t GROUP BY source ORDER BY min(rowid);
INSERT INTO questions (key, created_at) SELECT question, '$now' FROM t GROUP BY question ORDER BY min(rowid);
INSERT INTO resolutions (id, forecast_id, outcome, resolved_on, recorded_at)
    SELECT rowid, rowid, outcome, resolved_on, '$now' FROM t WHERE outcome <> '' ORDER BY rowid;
INSERT INTO forecasts (id, source_id, question_id, claim, probability, probability_basis, made_on,
        deadline, stance, created_at, outcome, resolved_on, resolution_id, logged_late)
    SELECT t.rowid, s.id, q.id, claim, probability, 'stated', made_on, deadline, stance, '$now',
        nullif(outcome, ''), nullif(resolved_on, ''), CASE WHEN outcome <> '' THEN t.rowid END,
        outcome <> ''
    FROM t JOIN sources s ON s.name = t.source JOIN questions q ON q.key = t.question
    ORDER BY t.rowid;
INSERT INTO forecast_tags (forecast_id, tag) SELECT rowid, tags FROM t WHERE tags <> '' ORDER BY rowid;
PRAGMA threads = 2;
SQL
    sqlite3 "$ledger" "SELECT sql || ';' FROM sqlite_master WHERE $deferred"
    echo "COMMIT;"
} > "$out.sql"
sqlite3 "$out" < "$out.sql" > /dev/null
rm -f "$out.sql"
