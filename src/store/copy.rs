//! Copying a whole ledger between backends (`forecast copy --to`): the tables in the order
//! their references need, each row as it is stored (ids, journal hashes, times, authors,
//! kept sums), and the SQLite side of reading and writing them. The PostgreSQL side is in
//! `pg/copy.rs`; the seam carries rows as `Value`s.
//!
//! Decisions:
//! - Verbatim, not replayed: the journal's hashes cover each entry's time and author, so
//!   only a row-for-row copy keeps the head hash (and so `verify --published HEAD`).
//! - The source is read in one snapshot (one read transaction), the target written in one
//!   transaction under its write lock, which first checks that the target holds nothing.
//!   Foreign keys that point forward (a forecast's current resolution, a superseded
//!   forecast's successor) are checked at commit: SQLite defers them for the transaction;
//!   on PostgreSQL the resolution link is deferrable and a table arrives in one `COPY`,
//!   whose references are checked when it ends.
//! - The kept sums are copied too, and the copy is then checked by `verify` (which counts
//!   them again from the rows) before the command reports success.

use super::SqliteStore;
use crate::error::{Error, Result};
use rusqlite::types::Value as SqlValue;

/// One ledger table: its name, its columns, and the order its rows are copied in.
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub order: &'static str,
}

/// Every table of the schema (version 7), in an order that inserts what a row refers to
/// before the row, except the forward references the target checks at commit.
pub const TABLES: &[Table] = &[
    Table {
        name: "sources",
        columns: &["id", "name", "created_at"],
        order: "id",
    },
    Table {
        name: "questions",
        columns: &["id", "key", "created_at"],
        order: "id",
    },
    Table {
        name: "articles",
        columns: &[
            "id",
            "source_id",
            "published",
            "title",
            "url",
            "sha256",
            "created_at",
        ],
        order: "id",
    },
    Table {
        name: "question_outcomes",
        columns: &[
            "id",
            "question_id",
            "event",
            "date",
            "note",
            "recorded_at",
            "amends",
        ],
        order: "id",
    },
    Table {
        name: "forecasts",
        columns: &[
            "id",
            "source_id",
            "question_id",
            "article_id",
            "claim",
            "probability",
            "probability_basis",
            "probability_low",
            "probability_high",
            "made_on",
            "deadline",
            "deadline_phrase",
            "condition",
            "stance",
            "created_at",
            "outcome",
            "resolved_on",
            "resolution_id",
            "supersedes",
            "superseded_by",
            "correction_why",
            "logged_late",
        ],
        order: "id",
    },
    Table {
        name: "forecast_tags",
        columns: &["forecast_id", "tag"],
        order: "forecast_id, tag",
    },
    Table {
        name: "resolutions",
        columns: &[
            "id",
            "forecast_id",
            "outcome",
            "resolved_on",
            "note",
            "reason",
            "question_outcome_id",
            "recorded_at",
        ],
        order: "id",
    },
    Table {
        name: "journal",
        columns: &[
            "seq",
            "kind",
            "entity_id",
            "body",
            "prev_hash",
            "hash",
            "logged_at",
            "author",
        ],
        order: "seq",
    },
    Table {
        name: "imports",
        columns: &["id", "sha256", "name", "rows", "imported_at"],
        order: "id",
    },
    Table {
        name: "extraction_reviews",
        columns: &[
            "id",
            "article_id",
            "candidate",
            "sentence_start",
            "sentence_end",
            "claim",
            "probability",
            "probability_basis",
            "deadline",
            "deadline_phrase",
            "decision",
            "decided_probability",
            "decided_deadline",
            "forecast_id",
            "recorded_at",
            "attributed_to",
            "stance",
            "condition",
            "decided_claim",
            "decided_attributed_to",
            "decided_stance",
            "decided_condition",
        ],
        order: "id",
    },
    Table {
        name: "source_totals",
        columns: &[
            "source_id",
            "forecasts",
            "void",
            "corrections",
            "amended",
            "late",
        ],
        order: "source_id",
    },
    Table {
        name: "source_bin_sums",
        columns: &[
            "source_id",
            "bin",
            "n",
            "hits",
            "sum_p",
            "sum_brier",
            "sum_log",
        ],
        order: "source_id, bin",
    },
    Table {
        name: "source_shapes",
        columns: &["source_id", "points", "horizons"],
        order: "source_id",
    },
];

impl Table {
    /// `SELECT` of every column, in copy order.
    pub fn select(&self) -> String {
        format!(
            "SELECT {} FROM {} ORDER BY {}",
            self.columns.join(", "),
            self.name,
            self.order
        )
    }
}

/// One stored value, as both backends can hold it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// A table's rows as the source reads them, one at a time.
pub type Rows<'a> = dyn Iterator<Item = Result<Vec<Value>>> + 'a;

/// Where a copy writes: one table's rows at a time, in `TABLES` order; returns how many.
pub trait CopyTarget {
    fn table(&mut self, table: &'static Table, rows: &mut Rows<'_>) -> Result<u64>;
}

/// What a copy into a ledger that holds something says (exit 2, nothing written).
pub(crate) fn not_empty(location: &str) -> Error {
    Error::invalid(
        format!("copy --to `{location}`"),
        "that ledger is not empty; copy into a new SQLite file or an empty PostgreSQL database",
    )
}

fn from_sqlite(v: SqlValue) -> Value {
    match v {
        SqlValue::Null => Value::Null,
        SqlValue::Integer(i) => Value::Int(i),
        SqlValue::Real(f) => Value::Real(f),
        SqlValue::Text(t) => Value::Text(t),
        SqlValue::Blob(b) => Value::Blob(b),
    }
}

fn to_sqlite(v: &Value) -> SqlValue {
    match v {
        Value::Null => SqlValue::Null,
        Value::Int(i) => SqlValue::Integer(*i),
        Value::Real(f) => SqlValue::Real(*f),
        Value::Text(t) => SqlValue::Text(t.clone()),
        Value::Blob(b) => SqlValue::Blob(b.clone()),
    }
}

impl SqliteStore {
    /// Hands every table's rows to `each`, in `TABLES` order, from one read snapshot.
    pub(crate) fn dump(
        &self,
        each: &mut dyn FnMut(&'static Table, &mut Rows<'_>) -> Result<()>,
    ) -> Result<()> {
        let tx = self.conn().unchecked_transaction()?;
        for table in TABLES {
            let mut stmt = tx.prepare(&table.select())?;
            let width = table.columns.len();
            let mut rows = stmt.query([])?;
            let mut iter = std::iter::from_fn(|| match rows.next() {
                Ok(Some(r)) => Some(
                    (0..width)
                        .map(|i| r.get::<_, SqlValue>(i).map(from_sqlite))
                        .collect::<rusqlite::Result<Vec<_>>>()
                        .map_err(Error::from),
                ),
                Ok(None) => None,
                Err(e) => Some(Err(e.into())),
            });
            each(table, &mut iter)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Runs `fill` with a writer into this ledger in one transaction under the write lock,
    /// after checking that the ledger holds nothing; commits when `fill` succeeds.
    pub(crate) fn load(
        &mut self,
        fill: &mut dyn FnMut(&mut dyn CopyTarget) -> Result<()>,
    ) -> Result<()> {
        let tx = self.begin()?;
        for table in TABLES {
            let any: bool = tx.query_row(
                &format!("SELECT EXISTS (SELECT 1 FROM {})", table.name),
                [],
                |r| r.get(0),
            )?;
            if any {
                return Err(not_empty(&self.path().display().to_string()));
            }
        }
        // Forward references (a forecast's resolution and successor) are checked at commit.
        tx.pragma_update(None, "defer_foreign_keys", true)?;
        let mut target = SqliteTarget { tx: &tx };
        fill(&mut target)?;
        tx.commit()?;
        Ok(())
    }
}

struct SqliteTarget<'a> {
    tx: &'a rusqlite::Transaction<'a>,
}

impl CopyTarget for SqliteTarget<'_> {
    fn table(&mut self, table: &'static Table, rows: &mut Rows<'_>) -> Result<u64> {
        let marks: Vec<String> = (1..=table.columns.len()).map(|i| format!("?{i}")).collect();
        let mut stmt = self.tx.prepare(&format!(
            "INSERT INTO {} ({}) VALUES ({})",
            table.name,
            table.columns.join(", "),
            marks.join(", ")
        ))?;
        let mut n = 0;
        for row in rows {
            let row = row?;
            stmt.execute(rusqlite::params_from_iter(row.iter().map(to_sqlite)))?;
            n += 1;
        }
        Ok(n)
    }
}

/// Writes a copy of `source` into `path`, a new (absent or empty) SQLite file, left in
/// rollback-journal mode as SQLite's own backup leaves it (`backup` of a PostgreSQL ledger).
pub(crate) fn into_new_sqlite_file(
    source: &dyn super::Ledger,
    path: &std::path::Path,
) -> Result<()> {
    let mut copy =
        SqliteStore::open_with(path, super::Access::Write, super::OpenOptions::default())?;
    copy.load(&mut |sink| source.dump_dyn(&mut |table, rows| sink.table(table, rows).map(|_| ())))?;
    copy.conn()
        .query_row("PRAGMA journal_mode=DELETE", [], |_| Ok(()))?;
    Ok(())
}
