//! The record of imported files, so importing the same file twice is refused instead of
//! silently doubling every forecast in it.

use super::SqliteWriter;
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension};
use serde_json::json;

impl SqliteWriter<'_> {
    /// Records an import of `rows` rows from a file with this digest; refuses a digest seen before.
    pub fn record_import(&mut self, sha256: &str, name: &str, rows: u64) -> Result<()> {
        let before: Option<(String, String)> = self
            .tx
            .query_row(
                "SELECT name, imported_at FROM imports WHERE sha256 = ?1",
                [sha256],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((earlier, at)) = before {
            return Err(already_imported(name, &earlier, &at));
        }
        self.tx.execute(
            "INSERT INTO imports (sha256, name, rows, imported_at) VALUES (?1, ?2, ?3, ?4)",
            params![sha256, name, rows as i64, self.now],
        )?;
        let id = self.tx.last_insert_rowid();
        let batch = self.end_import_batch()?.map(|bulk| bulk.batch);
        let body = import_body(id, sha256, name, rows, &self.now, batch);
        self.journal("import", id, &body)
    }
}

/// Why an import whose data was imported before (as `earlier`, at `at`) is refused.
pub(crate) fn already_imported(name: &str, earlier: &str, at: &str) -> Error {
    Error::invalid(
        format!("import `{name}`"),
        format!(
            "the same data was already imported (as `{earlier}`, at {at}); nothing was written"
        ),
    )
}

/// An import's journal body, with the digests of its batch when it had one.
pub(crate) fn import_body(
    id: i64,
    sha256: &str,
    name: &str,
    rows: u64,
    now: &str,
    batch: Option<super::batch::Batch>,
) -> serde_json::Value {
    let mut body =
        json!({"id": id, "sha256": sha256, "name": name, "rows": rows, "imported_at": now});
    if let Some(batch) = batch {
        body["batch"] = batch.finish();
    }
    body
}

/// Every reference the rows an import writes hold: (table, column, the table it names by
/// id), and which of the table's rows an import adds (`?1`: its first forecast id, `?2`:
/// its first resolution id; the kept sums are rewritten whole). A test holds this to the
/// schema's foreign keys of those tables.
pub(crate) const IMPORT_REFERENCES: [(&str, &str, &str, &str); 12] = [
    ("forecasts", "source_id", "sources", "id >= ?1"),
    ("forecasts", "question_id", "questions", "id >= ?1"),
    ("forecasts", "article_id", "articles", "id >= ?1"),
    ("forecasts", "resolution_id", "resolutions", "id >= ?1"),
    ("forecasts", "supersedes", "forecasts", "id >= ?1"),
    ("forecasts", "superseded_by", "forecasts", "id >= ?1"),
    ("resolutions", "forecast_id", "forecasts", "id >= ?2"),
    (
        "resolutions",
        "question_outcome_id",
        "question_outcomes",
        "id >= ?2",
    ),
    (
        "forecast_tags",
        "forecast_id",
        "forecasts",
        "forecast_id >= ?1",
    ),
    ("source_totals", "source_id", "sources", "1"),
    ("source_bin_sums", "source_id", "sources", "1"),
    ("source_shapes", "source_id", "sources", "1"),
];

/// The ids the next forecast and resolution get: an import's rows are the ones from these.
pub(super) fn first_ids(conn: &rusqlite::Connection) -> Result<(i64, i64)> {
    Ok(conn.query_row(
        "SELECT (SELECT COALESCE(MAX(id), 0) + 1 FROM forecasts),
                (SELECT COALESCE(MAX(id), 0) + 1 FROM resolutions)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// The first row an import added (its forecasts and resolutions from `firsts`, and the
/// kept sums) that refers to a row that does not exist, described; one pass over each
/// table's new rows. `added` holds, per table, the ids the import itself inserted (first
/// and last, every id between them: its batch refuses a gap): a reference into that range
/// is known to hold without a look-up, and any other is looked up by id. (Looking up every
/// forecast's resolution and every resolution's and tag's forecast read the forecasts
/// table twice more at the end of a large import, a sixth of its CPU.)
pub(super) fn dangling(
    conn: &rusqlite::Connection,
    firsts: (i64, i64),
    added: &[(&str, i64, i64)],
) -> Result<Option<String>> {
    let mut parts = Vec::new();
    let mut i = 0;
    while i < IMPORT_REFERENCES.len() {
        let (table, _, _, rows) = IMPORT_REFERENCES[i];
        let same: Vec<_> = IMPORT_REFERENCES[i..]
            .iter()
            .take_while(|r| r.0 == table)
            .collect();
        i += same.len();
        let missing = |column: &str, parent: &str| {
            let inserted = added
                .iter()
                .find(|(table, _, _)| *table == parent)
                .map(|(_, lo, hi)| format!(" AND c.{column} NOT BETWEEN {lo} AND {hi}"))
                .unwrap_or_default();
            format!("(c.{column} IS NOT NULL{inserted} AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.id = c.{column}))")
        };
        let what: Vec<String> = same
            .iter()
            .map(|(_, column, parent, _)| {
                format!(
                    "WHEN {} THEN '`{column}` ' || c.{column} || ', which no row of `{parent}` has'",
                    missing(column, parent)
                )
            })
            .collect();
        let any: Vec<String> = same.iter().map(|(_, c, p, _)| missing(c, p)).collect();
        // What names a row: its id, or (tags, kept sums) what it belongs to.
        let key = match table {
            "forecasts" | "resolutions" => "c.id",
            "forecast_tags" => "c.forecast_id",
            _ => "c.source_id",
        };
        parts.push(format!(
            "SELECT * FROM (SELECT '{table}', {key}, CASE {} END FROM {table} c WHERE {rows} AND ({}) LIMIT 1)",
            what.join(" "),
            any.join(" OR ")
        ));
    }
    let sql = format!("{} LIMIT 1", parts.join(" UNION ALL "));
    let found: Option<(String, i64, String)> = conn
        .query_row(&sql, params![firsts.0, firsts.1], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    Ok(found.map(|(table, id, what)| format!("the import's row {id} of `{table}` has {what}")))
}
