//! `verify`: recomputes the journal's hash chain, then checks every row of the ledger
//! against the entry that recorded it (rebuilding the entry's body from the row, see
//! `bodies.rs`), that no row exists without an entry, and that the derived columns (current
//! outcome, superseded-by, the kept report sums) agree with the rows they derive from, and
//! runs SQLite's quick_check. Reports the first thing that does not match. Reads only.
//!
//! The checks are one function, `verify_rows`, over `LedgerRows`: each backend only loads
//! rows (SQLite's answers are `Lite` here, PostgreSQL's in `pg/verify.rs`), so a ledger
//! copied between backends verifies the same way and names the same finding.

use super::batch::{self, Bodies};
use super::bodies::load_body;
use super::cols::Cols;
use super::dialect::Dialect;
use super::journal::{entry_hash, JournalEntry, GENESIS};
use super::SqliteStore;
use crate::error::{Error, Result};
use rusqlite::OptionalExtension;
use serde_json::Value;

/// A ledger that verified: how many entries, and the newest entry's hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub entries: i64,
    pub head: String,
}

/// The first thing that does not match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The journal entry's number, when one is involved.
    pub seq: Option<i64>,
    /// What the entry records (`forecast 12`, `resolution 3`).
    pub what: String,
    pub why: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.seq {
            Some(seq) => write!(
                f,
                "entry {seq} ({}) does not match: {}",
                self.what, self.why
            ),
            None => write!(f, "{}: {}", self.what, self.why),
        }
    }
}

const KINDS: [(&str, &str); 8] = [
    ("source", "sources"),
    ("question", "questions"),
    ("article", "articles"),
    ("forecast", "forecasts"),
    ("question_outcome", "question_outcomes"),
    ("resolution", "resolutions"),
    ("import", "imports"),
    ("extraction_review", "extraction_reviews"),
];

impl SqliteStore {
    /// Checks the whole ledger; `Ok(Err(finding))` when something was altered.
    ///
    /// SQLite's page check (`quick_check`) reads the whole file and needs no answer from
    /// the rest, so on a ledger in a file it runs on a second, read-only connection in its
    /// own thread while this one checks the chain, the rows and the kept sums: on two cores
    /// the wall time is about the longer of the two instead of their sum. Its finding is
    /// reported after theirs, as before.
    pub fn verify(&self) -> Result<std::result::Result<Verified, Finding>> {
        let file = self
            .conn()
            .path()
            .filter(|p| !p.is_empty())
            .map(std::path::PathBuf::from);
        std::thread::scope(|scope| {
            let pages = file.clone().map(|path| {
                scope.spawn(move || -> Result<String> {
                    let conn = super::open_read_only(&path)?;
                    Ok(conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?)
                })
            });
            // The kept sums are recomputed from every forecast on a third connection,
            // inside a read transaction, while this one checks the chain and the rows;
            // step 6 takes its answer when the journal head it read is still the head
            // (every write adds an entry, so the rows are the same), and recomputes here
            // otherwise.
            let kept = file.as_ref().map(|path| {
                let path = path.clone();
                scope.spawn(move || -> Result<(i64, Option<i64>)> {
                    let conn = super::open_read_only(&path)?;
                    conn.execute_batch("BEGIN")?;
                    let seq = journal_head_seq(&conn)?;
                    let differ = super::kept::kept_sums_differ_in(&conn)?;
                    conn.execute_batch("COMMIT")?;
                    Ok((seq, differ))
                })
            });
            let rows = verify_rows(&mut Lite(self, kept))?;
            let check = match pages {
                Some(handle) => handle
                    .join()
                    .map_err(|_| Error::Other("the page check stopped unexpectedly".into()))??,
                None => self
                    .conn()
                    .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?,
            };
            let verified = match rows {
                Ok(v) => v,
                Err(finding) => return Ok(Err(finding)),
            };
            // 7. SQLite's own check of the file: pages, NOT NULL and CHECK constraints.
            if check != "ok" {
                return Ok(Err(Finding {
                    seq: None,
                    what: "the database file".into(),
                    why: check,
                }));
            }
            Ok(Ok(verified))
        })
    }

    /// The schema: the guards (triggers that refuse edits) and every table, index and view
    /// must be exactly what the migrations made, with the same SQL text. A dropped, replaced
    /// (say, by a no-op) or added trigger is named; so is a table whose definition was
    /// rewritten by hand (`PRAGMA writable_schema`), e.g. a CHECK constraint loosened so that
    /// rows which break the real one pass unnoticed. The expected schema comes from migrating
    /// a fresh in-memory ledger; SQLite's own bookkeeping (`sqlite_stat*` from ANALYZE) is
    /// left out.
    fn check_schema(&self) -> Result<Option<Finding>> {
        type Object = (String, String, Option<String>);
        let objects = |conn: &rusqlite::Connection| -> Result<Vec<Object>> {
            let mut stmt = conn.prepare(
                "SELECT type, name, sql FROM sqlite_master \
                 WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let expected = objects(SqliteStore::open_in_memory()?.conn())?;
        let found = objects(self.conn())?;
        let what = |kind: &str, name: &str| {
            if kind == "trigger" {
                format!("guard `{name}`")
            } else {
                format!("{kind} `{name}`")
            }
        };
        for (kind, name, sql) in &expected {
            match found.iter().find(|(k, n, _)| k == kind && n == name) {
                None => {
                    return Ok(Some(Finding {
                        seq: None,
                        what: what(kind, name),
                        why: if kind == "trigger" {
                            "the trigger is missing: edits it refused are no longer refused".into()
                        } else {
                            format!("the {kind} is missing from the schema the migrations made")
                        },
                    }))
                }
                Some((_, _, s)) if s != sql => {
                    return Ok(Some(Finding {
                        seq: None,
                        what: what(kind, name),
                        why: format!("the {kind} differs from the one the migrations made"),
                    }))
                }
                Some(_) => {}
            }
        }
        if let Some((kind, name, _)) = found
            .iter()
            .find(|(k, n, _)| !expected.iter().any(|(ek, en, _)| ek == k && en == n))
        {
            return Ok(Some(Finding {
                seq: None,
                what: format!("{kind} `{name}`"),
                why: "no migration made it: the ledger's schema was changed by hand".into(),
            }));
        }
        Ok(None)
    }

    /// The newest entry's hash (the genesis hash for an empty ledger).
    pub fn head(&self) -> Result<(i64, String)> {
        let head = super::journal::head(self.conn())?;
        Ok((head.seq, head.hash))
    }

    /// Whether an entry with this hash is in the chain (a head published earlier).
    pub fn has_hash(&self, hash: &str) -> Result<Option<i64>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT seq FROM journal WHERE hash = ?1",
                [hash.trim().to_ascii_lowercase()],
                |r| r.get(0),
            )
            .optional()?)
    }
}

/// What `verify` reads, which each backend loads in its own SQL; the checks, their order
/// and their findings are `verify_rows`, written once.
pub(crate) trait LedgerRows: Bodies {
    /// Up to `limit` journal entries numbered after `seq`, in order.
    fn entries_after(&mut self, seq: i64, limit: usize) -> Result<Vec<JournalEntry>>;
    /// The body of the row an entry of `kind` records, as it stands now.
    fn load_body(&mut self, kind: &str, id: i64) -> Result<Option<Value>>;
    /// The ids of `table`'s rows that no `kind` entry records, in id order, handed to `f`
    /// until it returns false.
    fn unjournaled(
        &mut self,
        kind: &str,
        table: &str,
        f: &mut dyn FnMut(i64) -> bool,
    ) -> Result<()>;
    /// The first forecast whose current outcome is not its latest resolution.
    fn bad_current(&mut self) -> Result<Option<i64>>;
    /// The first forecast whose superseded-by mark does not match the corrections.
    fn bad_chain(&mut self) -> Result<Option<i64>>;
    /// What differs in the schema and its guards from what the migrations made.
    fn schema_finding(&mut self) -> Result<Option<Finding>>;
    /// The first source whose kept sums differ from a recomputation.
    fn kept_sums_differ(&mut self) -> Result<Option<i64>>;
}

/// Journal entries read at a time.
const ENTRY_PAGE: usize = 2_000;

/// Every journal entry in order, a page at a time.
fn each_entry(
    l: &mut impl LedgerRows,
    mut f: impl FnMut(&mut dyn LedgerRowsDyn, JournalEntry) -> Result<bool>,
) -> Result<()> {
    let mut after = 0;
    loop {
        let page = l.entries_after(after, ENTRY_PAGE)?;
        let full = page.len() == ENTRY_PAGE;
        for e in page {
            after = e.seq;
            if !f(l, e)? {
                return Ok(());
            }
        }
        if !full {
            return Ok(());
        }
    }
}

/// `LedgerRows` as a trait object, for the callbacks of `each_entry`.
trait LedgerRowsDyn {
    fn load_body(&mut self, kind: &str, id: i64) -> Result<Option<Value>>;
    fn check_batch(&mut self, batch: &Value) -> Result<Option<String>>;
}

impl<T: LedgerRows> LedgerRowsDyn for T {
    fn load_body(&mut self, kind: &str, id: i64) -> Result<Option<Value>> {
        LedgerRows::load_body(self, kind, id)
    }
    fn check_batch(&mut self, batch: &Value) -> Result<Option<String>> {
        batch::check(self, batch)
    }
}

/// Steps 1 to 6 of `verify` on either backend: the chain, every entry against its row, no
/// row without an entry, the derived columns, the schema and its guards, the kept sums.
pub(crate) fn verify_rows(
    l: &mut impl LedgerRows,
) -> Result<std::result::Result<Verified, Finding>> {
    // 1. The chain.
    let mut prev = GENESIS.to_string();
    let mut expected_seq = 1;
    let mut broken: Option<Finding> = None;
    let mut last_logged: Option<String> = None;
    each_entry(l, |_, e| {
        if broken.is_some() {
            return Ok(false);
        }
        let what = format!("{} {}", e.kind.replace('_', " "), e.entity_id);
        if e.seq != expected_seq {
            broken = Some(Finding {
                seq: Some(e.seq),
                what,
                why: format!(
                    "expected entry number {expected_seq}: an entry was removed or inserted"
                ),
            });
        } else if e.prev_hash != prev {
            broken = Some(Finding {
                seq: Some(e.seq),
                what,
                why: "its link to the previous entry is broken".into(),
            });
        } else if entry_hash(
            &e.prev_hash,
            e.seq,
            &e.kind,
            e.entity_id,
            &e.body,
            e.logged_at.as_deref(),
            e.author.as_deref(),
        ) != e.hash
        {
            broken = Some(Finding {
                seq: Some(e.seq),
                what,
                why: "its content was changed after it was written (hash mismatch)".into(),
            });
        } else if let Some(why) = clock_goes_back(last_logged.as_deref(), e.logged_at.as_deref()) {
            broken = Some(Finding {
                seq: Some(e.seq),
                what,
                why,
            });
        }
        if e.logged_at.is_some() {
            last_logged = e.logged_at.clone();
        }
        prev = e.hash;
        expected_seq += 1;
        Ok(true)
    })?;
    if let Some(f) = broken {
        return Ok(Err(f));
    }
    let entries = expected_seq - 1;
    // 2. Every entry against the row it recorded.
    let mut batched: Vec<(&str, i64, i64)> = Vec::new();
    let mut mismatch: Option<Finding> = None;
    each_entry(l, |l, e| {
        let (seq, kind, id) = (e.seq, e.kind, e.entity_id);
        let what = format!("{} {id}", kind.replace('_', " "));
        let mut recorded: Value = serde_json::from_str(&e.body).unwrap_or(Value::Null);
        // An import batch: its rows against the digests, then the import row itself.
        if let Some(batch) = recorded.as_object_mut().and_then(|o| o.remove("batch")) {
            if let Some(why) = l.check_batch(&batch)? {
                mismatch = Some(Finding {
                    seq: Some(seq),
                    what,
                    why,
                });
                return Ok(false);
            }
            batched.extend(batch::ranges(&batch));
        }
        mismatch = match l.load_body(&kind, id)? {
            None => Some(Finding {
                seq: Some(seq),
                what,
                why: "the row it records is missing".into(),
            }),
            Some(now) if now != recorded => Some(Finding {
                seq: Some(seq),
                what,
                why: describe_difference(&recorded, &now),
            }),
            Some(_) => None,
        };
        Ok(mismatch.is_none())
    })?;
    if let Some(f) = mismatch {
        return Ok(Err(f));
    }
    // 3. No row without an entry (its own, or an import batch's).
    batched.sort_unstable();
    for (kind, table) in KINDS {
        let mut orphan = None;
        l.unjournaled(kind, table, &mut |id| {
            // The last batch of this kind starting at or before the id.
            let i = batched.partition_point(|&(k, first, _)| (k, first) <= (kind, id));
            let covered = i > 0 && {
                let (k, first, last) = batched[i - 1];
                k == kind && (first..=last).contains(&id)
            };
            if !covered {
                orphan = Some(id);
            }
            covered
        })?;
        if let Some(id) = orphan {
            return Ok(Err(Finding {
                seq: None,
                what: format!("{} {id}", kind.replace('_', " ")),
                why: "the row was added outside the journal".into(),
            }));
        }
    }
    // 4. Derived columns.
    if let Some(id) = l.bad_current()? {
        return Ok(Err(Finding {
            seq: None,
            what: format!("forecast {id}"),
            why: "its current outcome is not its latest recorded resolution".into(),
        }));
    }
    if let Some(id) = l.bad_chain()? {
        return Ok(Err(Finding {
            seq: None,
            what: format!("forecast {id}"),
            why: "its superseded-by mark does not match the recorded corrections".into(),
        }));
    }
    // 5. The schema and its guards (checked after the rows, so an edit made with the guards dropped is
    // named as the edit).
    if let Some(f) = l.schema_finding()? {
        return Ok(Err(f));
    }
    // 6. The kept sums the default report reads.
    if let Some(source) = l.kept_sums_differ()? {
        return Ok(Err(Finding {
            seq: None,
            what: format!("source {source}"),
            why: "its kept report sums differ from a recomputation from the forecasts".into(),
        }));
    }
    Ok(Ok(Verified {
        entries,
        head: prev,
    }))
}

/// Rows of the ledger with no journal entry of `kind` (`?1`), in id order.
pub(super) fn unjournaled_sql(d: Dialect, table: &str) -> String {
    d.sql(&format!(
        "SELECT t.id FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = ?1 AND j.entity_id = t.id)
         ORDER BY t.id"
    ))
}

/// The first forecast whose current outcome, resolution or date is not its latest
/// recorded resolution's.
pub(super) fn bad_current_sql(d: Dialect) -> String {
    format!(
        "SELECT f.id FROM forecasts f
         LEFT JOIN resolutions r ON r.id = (SELECT max(id) FROM resolutions x WHERE x.forecast_id = f.id)
         WHERE {} OR {} OR {}
         ORDER BY f.id LIMIT 1",
        d.is_not("f.resolution_id", "r.id"),
        d.is_not("f.outcome", "r.outcome"),
        d.is_not("f.resolved_on", "r.resolved_on")
    )
}

/// The first forecast whose superseded-by mark is not the forecast that corrects it.
pub(super) fn bad_chain_sql(d: Dialect) -> String {
    format!(
        "SELECT o.id FROM forecasts o WHERE {}
         ORDER BY o.id LIMIT 1",
        d.is_not(
            "o.superseded_by",
            "(SELECT n.id FROM forecasts n WHERE n.supersedes = o.id)"
        )
    )
}

/// Up to `?2` journal entries numbered after `?1`, in order.
pub(super) const ENTRIES_SQL: &str =
    "SELECT seq, kind, entity_id, body, prev_hash, hash, logged_at, author FROM journal
     WHERE seq > ?1 ORDER BY seq LIMIT ?2";

/// A journal entry from a row of `ENTRIES_SQL`.
pub(super) fn entry_row(r: &impl Cols) -> Result<JournalEntry> {
    Ok(JournalEntry {
        seq: r.int(0)?,
        kind: r.text(1)?,
        entity_id: r.int(2)?,
        body: r.text(3)?,
        prev_hash: r.text(4)?,
        hash: r.text(5)?,
        logged_at: r.opt_text(6)?,
        author: r.opt_text(7)?,
    })
}

/// SQLite's answers to `LedgerRows`.
struct Lite<'a, 's>(&'a SqliteStore, Option<KeptCheck<'s>>);

/// The kept-sums check running on its own connection: the journal head it saw, and the
/// first source whose sums differ.
type KeptCheck<'s> = std::thread::ScopedJoinHandle<'s, Result<(i64, Option<i64>)>>;

/// The newest journal entry's number (0 for an empty journal).
fn journal_head_seq(conn: &rusqlite::Connection) -> Result<i64> {
    Ok(
        conn.query_row("SELECT coalesce(max(seq), 0) FROM journal", [], |r| {
            r.get(0)
        })?,
    )
}

impl Bodies for Lite<'_, '_> {
    fn for_each_body(
        &mut self,
        kind: &str,
        first: i64,
        last: i64,
        f: &mut dyn FnMut(i64, Option<String>) -> Result<()>,
    ) -> Result<()> {
        super::bodies::for_each_body(self.0.conn(), kind, first, last, f)
    }
}

impl LedgerRows for Lite<'_, '_> {
    fn entries_after(&mut self, seq: i64, limit: usize) -> Result<Vec<JournalEntry>> {
        let mut stmt = self.0.conn().prepare_cached(ENTRIES_SQL)?;
        let mut rows = stmt.query(rusqlite::params![seq, limit as i64])?;
        let mut out = Vec::with_capacity(limit);
        while let Some(r) = rows.next()? {
            out.push(entry_row(r)?);
        }
        Ok(out)
    }

    fn load_body(&mut self, kind: &str, id: i64) -> Result<Option<Value>> {
        load_body(self.0.conn(), kind, id)
    }

    fn unjournaled(
        &mut self,
        kind: &str,
        table: &str,
        f: &mut dyn FnMut(i64) -> bool,
    ) -> Result<()> {
        let mut stmt = self
            .0
            .conn()
            .prepare(&unjournaled_sql(Dialect::Sqlite, table))?;
        let mut ids = stmt.query([kind])?;
        while let Some(r) = ids.next()? {
            if !f(r.get(0)?) {
                break;
            }
        }
        Ok(())
    }

    fn bad_current(&mut self) -> Result<Option<i64>> {
        Ok(self
            .0
            .conn()
            .query_row(&bad_current_sql(Dialect::Sqlite), [], |r| r.get(0))
            .optional()?)
    }

    fn bad_chain(&mut self) -> Result<Option<i64>> {
        Ok(self
            .0
            .conn()
            .query_row(&bad_chain_sql(Dialect::Sqlite), [], |r| r.get(0))
            .optional()?)
    }

    fn schema_finding(&mut self) -> Result<Option<Finding>> {
        self.0.check_schema()
    }

    fn kept_sums_differ(&mut self) -> Result<Option<i64>> {
        if let Some(handle) = self.1.take() {
            let (seq, differ) = handle
                .join()
                .map_err(|_| Error::Other("the kept-sums check stopped unexpectedly".into()))??;
            if seq == journal_head_seq(self.0.conn())? {
                return Ok(differ);
            }
        }
        self.0.kept_sums_differ()
    }
}

/// Why an entry logged at `at` after one logged at `last` breaks "journal times never go
/// backwards": an entry without a time after one with, a time that is not RFC 3339, or an
/// earlier time. Equal times are one write's entries.
pub(super) fn clock_goes_back(last: Option<&str>, at: Option<&str>) -> Option<String> {
    use crate::time::parse_timestamp;
    match (last, at) {
        (_, None) if last.is_some() => {
            Some("it has no logged_at although an earlier entry has one".into())
        }
        (_, None) => None,
        (_, Some(t)) if parse_timestamp(t).is_none() => {
            Some(format!("its logged_at `{t}` is not an RFC 3339 instant"))
        }
        (Some(l), Some(t)) if parse_timestamp(l) > parse_timestamp(t) => Some(format!(
            "it was logged at {t}, before the entry before it ({l}): journal times went backwards"
        )),
        _ => None,
    }
}

/// Names the first field whose value differs between what was recorded and what is there now.
fn describe_difference(recorded: &Value, now: &Value) -> String {
    if let (Value::Object(a), Value::Object(b)) = (recorded, now) {
        let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            let (x, y) = (
                a.get(k).unwrap_or(&Value::Null),
                b.get(k).unwrap_or(&Value::Null),
            );
            if x != y {
                return format!("`{k}` is {y} in the ledger but {x} in the journal");
            }
        }
    }
    "the row differs from the journal".to_string()
}
