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
