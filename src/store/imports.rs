//! The record of imported files, so importing the same file twice is refused instead of
//! silently doubling every forecast in it; and the check that an import's rows do not
//! repeat forecasts the ledger already holds (the same data reordered, cut or re-exported).

use super::dialect::Dialect;
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

/// The columns that make a forecast's identity: two current forecasts alike in all of
/// them are one forecast logged twice, which `add`, `import` and `extract --save` refuse to
/// count twice. Claims are alike when equal once white space and Unicode form are made
/// what `add` stores (`Dialect::claim_key`); the earliest repeated forecast is named. In the order `articles::same_forecast_sql` binds them; `condition` is
/// compared null-safe.
const IDENTITY: [&str; 7] = [
    "source_id",
    "made_on",
    "deadline",
    "claim",
    "probability",
    "stance",
    "condition",
];

/// The identity's equalities, `left(column)` against `right(i, column)` for the `i`-th
/// column: the one definition of "the same forecast" in SQL.
pub(crate) fn same_identity(
    d: Dialect,
    left: impl Fn(&str) -> String,
    right: impl Fn(usize, &str) -> String,
) -> String {
    // The claim's equality is written last: when its bytes differ, it calls `claim_key`
    // twice, which the cheap equalities before it spare for every pair they already tell
    // apart (one source's many claims made the same day with the same deadline). The
    // placeholders are numbered by column (`right(i, ..)`), so the order binds nothing.
    let claim_last = |&(_, c): &(usize, &&str)| *c == "claim";
    let (claim, rest): (Vec<_>, Vec<_>) = IDENTITY.iter().enumerate().partition(claim_last);
    rest.into_iter()
        .chain(claim)
        .map(|(i, c)| {
            let (l, r) = (left(c), right(i, c));
            if *c == "condition" {
                d.is(&l, &r)
            } else if *c == "claim" {
                // Equal bytes first (the usual case, no function called), else equal once
                // white space and Unicode form are made what `add` stores (audit 15, A9).
                format!("({l} = {r} OR {} = {})", d.claim_key(&l), d.claim_key(&r))
            } else {
                format!("{l} = {r}")
            }
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// The first of an import's new forecasts (ids from `?1` on) that repeats a forecast the
/// ledger held before the import (`same_identity`), with the forecast that corrected it:
/// any version of a corrected forecast counts, since a superseded version logged again
/// would bring back the very numbers `correct` replaced, scored as a forecast of its own
/// (audit 26, item 3). A current forecast is named before a superseded one. The same data imported again in
/// another order, cut, or exported once as CSV and once as JSON Lines, has other bytes than
/// the first file, so the digest check cannot see it; this can. The side named first is the
/// outer loop (SQLite's CROSS JOIN keeps the order): the smaller side is scanned and the
/// other probed through its (source_id, made_on) index.
/// A forecast voided as annulled is named after any other; with `count_annulled` false
/// (`add`), it is no repeat at all (`annulled`).
pub(crate) fn repeated_sql(d: Dialect, old_first: bool, count_annulled: bool) -> String {
    let (outer, inner) = if old_first { ("o", "n") } else { ("n", "o") };
    let gone = annulled("o");
    let skip = if count_annulled {
        String::new()
    } else {
        format!(" AND NOT {gone}")
    };
    format!(
        "SELECT n.id, o.id, o.superseded_by FROM forecasts {outer} CROSS JOIN forecasts {inner}
         WHERE o.id < ?1 AND n.id >= ?1 AND {}{skip}
         ORDER BY n.id, {gone}, o.superseded_by IS NOT NULL, o.id LIMIT 1",
        same_identity(d, |c| format!("n.{c}"), |_, c| format!("o.{c}"))
    )
}

/// Whether forecast `o` (a table name or alias) stands voided with reason `annulled` (its
/// latest resolution says so): the forecast was never made as logged (a wrong question, a
/// wrong source) and is never scored, so logging it again the right way is no repeat for
/// `add` and `extract --save`, the way out their hints name (ad7 F5). `import` still counts
/// it: a file applied again must not bring back a forecast its owner voided. SQL on both
/// backends; never null.
pub(crate) fn annulled(o: &str) -> String {
    format!(
        "COALESCE({o}.outcome = 'void' AND (SELECT r.reason FROM resolutions r WHERE r.forecast_id = {o}.id ORDER BY r.id DESC LIMIT 1) = 'annulled', FALSE)"
    )
}

/// A resolved row of an import that says the event of its market (its question and
/// deadline, as `compare` groups them) the other way from the import's first resolved row
/// of that market, the stance taken into account (`against` flips the outcome)
/// (`CONTRADICTING_SQL`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contradiction {
    /// The row, and the market's first row in the import.
    pub id: i64,
    pub first: i64,
    pub key: String,
    pub deadline: String,
    /// Whether the first row says the event happened (this row says the other).
    pub first_happened: bool,
}

/// An import's rows (ids from `?1` on) that contradict the first of their market
/// (`Contradiction`), in id order, the first `?2` of them, each with how many there are in
/// all. Void outcomes say nothing of the event; a question whose outcome the ledger records
/// decides its markets whatever the rows say (`recorded_conflicts` reports those rows). One
/// pass over the rows the import stored, sorted by the database (on disk past its cache),
/// so the import keeps nothing in memory for it (issue 17; it kept 16 bytes a resolved
/// market before). Both backends.
pub(crate) const CONTRADICTING_SQL: &str = "WITH m AS (
    SELECT f.id, f.question_id, f.deadline,
           (f.outcome = 'true') = (f.stance = 'for') AS happened,
           first_value(f.id) OVER w AS first_id,
           first_value((f.outcome = 'true') = (f.stance = 'for')) OVER w AS first_happened
      FROM forecasts f
     WHERE f.id >= ?1 AND f.outcome IN ('true', 'false')
       AND NOT EXISTS (SELECT 1 FROM question_outcomes qo WHERE qo.question_id = f.question_id)
    WINDOW w AS (PARTITION BY f.question_id, f.deadline ORDER BY f.id)
), c AS (
    SELECT id, question_id, deadline, first_id, first_happened, count(*) OVER () AS n
      FROM m WHERE happened <> first_happened
)
SELECT c.id, c.first_id, q.key, c.deadline, c.first_happened, c.n
  FROM c JOIN questions q ON q.id = c.question_id
 ORDER BY c.id LIMIT ?2";

impl SqliteWriter<'_> {
    /// `CONTRADICTING_SQL`: how many of the import's rows from `first_new` on contradict
    /// the first row of their market, and the first `keep` of them. It runs in the import's
    /// small page cache (`IMPORT_CACHE`): it reads each of the import's pages once, and the
    /// writer's 64 MiB would keep them all.
    pub fn contradicting_rows(
        &mut self,
        first_new: i64,
        keep: usize,
    ) -> Result<(u64, Vec<Contradiction>)> {
        let cache: i64 = self.tx.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        self.tx
            .pragma_update(None, "cache_size", super::IMPORT_CACHE)?;
        let found = (|| -> Result<(u64, Vec<Contradiction>)> {
            let mut stmt = self.tx.prepare(CONTRADICTING_SQL)?;
            let mut rows = stmt.query(params![first_new, keep as i64])?;
            let (mut n, mut kept) = (0, Vec::new());
            while let Some(r) = rows.next()? {
                n = r.get::<_, i64>(5)?.unsigned_abs();
                kept.push(Contradiction {
                    id: r.get(0)?,
                    first: r.get(1)?,
                    key: r.get(2)?,
                    deadline: r.get(3)?,
                    first_happened: r.get(4)?,
                });
            }
            Ok((n, kept))
        })();
        self.tx.pragma_update(None, "cache_size", cache)?;
        found
    }
}

impl SqliteWriter<'_> {
    /// The first forecast from `first_new` on (an import of `new_rows` rows) that repeats a
    /// forecast logged before it (`repeated_sql`).
    pub fn repeated_forecast(
        &mut self,
        first_new: i64,
        new_rows: u64,
        count_annulled: bool,
    ) -> Result<Option<Repeated>> {
        if first_new <= 1 {
            return Ok(None);
        }
        let sql = repeated_sql(
            Dialect::Sqlite,
            first_new.unsigned_abs() - 1 <= new_rows,
            count_annulled,
        );
        Ok(self
            .tx
            .query_row(&sql, [first_new], |r| {
                Ok(Repeated {
                    new: r.get(0)?,
                    old: r.get(1)?,
                    corrected_by: r.get(2)?,
                })
            })
            .optional()?)
    }
}

/// A forecast just logged (`new`) that repeats an earlier one (`old`), and the forecast that
/// corrected `old` when `old` is a superseded version (`repeated_sql`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repeated {
    pub new: i64,
    pub old: i64,
    pub corrected_by: Option<i64>,
}

impl Repeated {
    /// The forecast repeated, as a message names it: "forecast 1", or "forecast 1,
    /// corrected by forecast 2" for a superseded version.
    pub fn named(&self) -> String {
        match self.corrected_by {
            Some(by) => format!("forecast {}, corrected by forecast {by}", self.old),
            None => format!("forecast {}", self.old),
        }
    }
}

/// Why an import that repeats a forecast of the ledger (`old`, as `Repeated::named` names
/// it) is refused.
pub(crate) fn repeats(old: &str) -> String {
    format!(
        "this row repeats {old}, already in the ledger (same source, claim, probability, made_on, deadline, stance and condition); the same data imported again (reordered, cut, grown or in another format) would count twice, so nothing was written: `import --new-only` imports only the rows not yet in the ledger"
    )
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
