//! `verify`: recomputes the journal's hash chain, then checks every row of the ledger
//! against the entry that recorded it (rebuilding the entry's body from the row, see
//! `bodies.rs`), that no row exists without an entry, and that the derived columns (current
//! outcome, superseded-by, the kept report sums) agree with the rows they derive from, and
//! runs SQLite's quick_check. Reports the first thing that does not match. Reads only.

use super::batch;
use super::bodies::load_body;
use super::journal::{entry_hash, for_each_entry, GENESIS};
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
            let pages = file.map(|path| {
                scope.spawn(move || -> Result<String> {
                    let conn = super::open_read_only(&path)?;
                    Ok(conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?)
                })
            });
            let rows = self.verify_rows()?;
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

    /// Steps 1 to 6 of `verify`: everything but SQLite's page check.
    fn verify_rows(&self) -> Result<std::result::Result<Verified, Finding>> {
        let conn = self.conn();
        // 1. The chain.
        let mut prev = GENESIS.to_string();
        let mut expected_seq = 1;
        let mut broken: Option<Finding> = None;
        let mut last_logged: Option<String> = None;
        for_each_entry(conn, |e| {
            if broken.is_some() {
                return Ok(());
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
            } else if let Some(why) =
                clock_goes_back(last_logged.as_deref(), e.logged_at.as_deref())
            {
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
            Ok(())
        })?;
        if let Some(f) = broken {
            return Ok(Err(f));
        }
        let entries = expected_seq - 1;
        // 2. Every entry against the row it recorded.
        let mut batched: Vec<(&str, i64, i64)> = Vec::new();
        let mut stmt =
            conn.prepare("SELECT seq, kind, entity_id, body FROM journal ORDER BY seq")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (seq, kind, id, body): (i64, String, i64, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            let what = format!("{} {id}", kind.replace('_', " "));
            let mut recorded: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
            // An import batch: its rows against the digests, then the import row itself.
            if let Some(batch) = recorded.as_object_mut().and_then(|o| o.remove("batch")) {
                if let Some(why) = batch::check(conn, &batch)? {
                    return Ok(Err(Finding {
                        seq: Some(seq),
                        what,
                        why,
                    }));
                }
                batched.extend(batch::ranges(&batch));
            }
            match load_body(conn, &kind, id)? {
                None => {
                    return Ok(Err(Finding {
                        seq: Some(seq),
                        what,
                        why: "the row it records is missing".into(),
                    }))
                }
                Some(now) if now != recorded => {
                    return Ok(Err(Finding {
                        seq: Some(seq),
                        what,
                        why: describe_difference(&recorded, &now),
                    }));
                }
                Some(_) => {}
            }
        }
        // 3. No row without an entry (its own, or an import batch's).
        batched.sort_unstable();
        for (kind, table) in KINDS {
            let sql = format!(
                "SELECT t.id FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = ?1 AND j.entity_id = t.id)"
            );
            let mut stmt = conn.prepare(&sql)?;
            let mut ids = stmt.query([kind])?;
            let mut orphan = None;
            while let Some(r) = ids.next()? {
                let id: i64 = r.get(0)?;
                // The last batch of this kind starting at or before the id.
                let i = batched.partition_point(|&(k, first, _)| (k, first) <= (kind, id));
                let covered = i > 0 && {
                    let (k, first, last) = batched[i - 1];
                    k == kind && (first..=last).contains(&id)
                };
                if !covered {
                    orphan = Some(id);
                    break;
                }
            }
            if let Some(id) = orphan {
                return Ok(Err(Finding {
                    seq: None,
                    what: format!("{} {id}", kind.replace('_', " ")),
                    why: "the row was added outside the journal".into(),
                }));
            }
        }
        // 4. Derived columns.
        let bad_current: Option<i64> = conn
            .query_row(
                "SELECT f.id FROM forecasts f
                 LEFT JOIN resolutions r ON r.id = (SELECT max(id) FROM resolutions x WHERE x.forecast_id = f.id)
                 WHERE f.resolution_id IS NOT r.id OR f.outcome IS NOT r.outcome OR f.resolved_on IS NOT r.resolved_on
                 LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = bad_current {
            return Ok(Err(Finding {
                seq: None,
                what: format!("forecast {id}"),
                why: "its current outcome is not its latest recorded resolution".into(),
            }));
        }
        let bad_chain: Option<i64> = conn
            .query_row(
                "SELECT o.id FROM forecasts o WHERE o.superseded_by IS NOT (SELECT n.id FROM forecasts n WHERE n.supersedes = o.id)
                 LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = bad_chain {
            return Ok(Err(Finding {
                seq: None,
                what: format!("forecast {id}"),
                why: "its superseded-by mark does not match the recorded corrections".into(),
            }));
        }
        // 5. The schema and its guards (checked after the rows, so an edit made with the guards dropped is
        // named as the edit).
        if let Some(f) = self.check_schema()? {
            return Ok(Err(f));
        }
        // 6. The kept sums the default report reads.
        if let Some(source) = self.kept_sums_differ()? {
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
