//! `verify`: recomputes the journal's hash chain, then checks every row of the ledger
//! against the entry that recorded it (rebuilding the entry's body from the row, see
//! `bodies.rs`), that no row exists without an entry, and that the derived columns (current
//! outcome, superseded-by, the kept report sums) agree with the rows they derive from, and
//! runs SQLite's quick_check. Reports the first thing that does not match. Reads only.
//!
//! The checks are one function, `verify_rows`, over `LedgerRows`: each backend only loads
//! rows (SQLite's answers are `Lite` here, PostgreSQL's in `pg/verify.rs`), so a ledger
//! copied between backends verifies the same way and names the same finding.

use super::batch::{self, BlockEvent, Bodies};
use super::bodies::load_body;
use super::cols::Cols;
use super::derived::{Checks, ForecastRow};
use super::dialect::Dialect;
use super::entry_rules::{late_unmarked_sql, time_differs_sql, BatchRows, EntryRules};
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
    /// On a ledger in a file the work runs on three connections at once, each inside one
    /// read transaction, all three begun on the same snapshot (the same journal head; every
    /// write adds an entry): SQLite's page check (`quick_check`) on one, the derived-column
    /// checks and the recomputed kept sums on a second, the chain and every row against its
    /// entry on this one. On two cores the wall time is about the longest of the three
    /// instead of their sum. Findings are reported in the order of the checks run one after
    /// the other, `quick_check`'s after all the others.
    pub fn verify(&self) -> Result<std::result::Result<Verified, Finding>> {
        let file = self
            .conn()
            .path()
            .filter(|p| !p.is_empty())
            .map(std::path::PathBuf::from);
        let Some(path) = file else {
            let rows = verify_rows(&mut Lite::here(self))?;
            let check = quick_check(self.conn())?;
            return Ok(rows.and_then(|v| pages_finding(check).map(|()| v)));
        };
        let (pages, side) = self.snapshot(&path)?;
        let outcome = std::thread::scope(|scope| {
            // The tables whose CHECK constraints the row passes found kept, from the
            // threads that read them; the page check scans the others itself.
            let (vouch, vouched) = std::sync::mpsc::channel();
            let pages = scope.spawn(move || -> Result<String> {
                let check = page_check_with(&pages, || vouched.iter().collect())?;
                pages.execute_batch("COMMIT")?;
                Ok(check)
            });
            let (send, blocks) = std::sync::mpsc::channel();
            let (feed, fed) = std::sync::mpsc::sync_channel(FEED_QUEUE);
            let side_vouch = vouch.clone();
            let side = scope.spawn(move || -> Result<SideAnswers> {
                // The resolutions' block digests first: this thread reaches them well
                // before the chain check asks for them, and so the two threads share the
                // rebuilding of the rows (a million-row import's resolutions alone were a
                // fifth of this thread's work, run after its two passes on the other).
                let (blocks, checks) = resolution_blocks(&side, &side_vouch);
                drop(side_vouch);
                let _ = send.send(blocks);
                let answers = SideAnswers::fed(&side, checks, &fed);
                side.execute_batch("COMMIT")?;
                Ok(answers)
            });
            let rows = verify_rows(&mut Lite {
                store: self,
                side: Side::Running(side),
                blocks: Blocks::Coming(blocks),
                forecasts: Forecasts::Unread(feed),
                vouch: Some(vouch),
            });
            let check = pages
                .join()
                .map_err(|_| Error::Other("the page check stopped unexpectedly".into()));
            (rows, check)
        });
        // This connection's read transaction ends whatever the checks found.
        self.conn().execute_batch("COMMIT")?;
        let (rows, check) = outcome;
        let rows = rows?;
        let check = check??;
        let verified = match rows {
            Ok(v) => v,
            Err(finding) => return Ok(Err(finding)),
        };
        Ok(pages_finding(check).map(|()| verified))
    }

    /// Two more read-only connections to the ledger in `path`, each inside a read
    /// transaction on the same snapshot as one begun on this connection (the same journal
    /// head; all three begun again when a writer committed in between).
    fn snapshot(
        &self,
        path: &std::path::Path,
    ) -> Result<(rusqlite::Connection, rusqlite::Connection)> {
        let begin = |conn: &rusqlite::Connection| -> Result<(i64, String)> {
            conn.execute_batch("BEGIN")?;
            let head = super::journal::head(conn)?;
            Ok((head.seq, head.hash))
        };
        let (pages, side) = (super::open_read_only(path)?, super::open_read_only(path)?);
        // More page cache than SQLite's 2 MiB for the two connections that look rows up
        // all over the file (a forecast's question, its latest resolution): without it
        // most of their time went to reading the same pages from the OS again.
        for conn in [self.conn(), &side] {
            conn.pragma_update(None, "cache_size", -32768)?;
        }
        // The three read the file through one memory map (up to `VERIFY_MMAP` bytes of it)
        // instead of each copying pages from the OS: the copies were a fifth of verify's CPU.
        for conn in [self.conn(), &pages, &side] {
            conn.query_row(&format!("PRAGMA mmap_size = {VERIFY_MMAP}"), [], |_| Ok(()))?;
        }
        let mut tries = 0;
        loop {
            let here = begin(self.conn())?;
            if begin(&pages)? == here && begin(&side)? == here {
                return Ok((pages, side));
            }
            for conn in [self.conn(), &pages, &side] {
                if !conn.is_autocommit() {
                    conn.execute_batch("COMMIT")?;
                }
            }
            tries += 1;
            if tries == 100 {
                return Err(Error::Other(
                    "the ledger kept changing while verify began; try again".into(),
                ));
            }
        }
    }

    /// The schema: the guards (triggers that refuse edits) and every table, index and view
    /// must be exactly what the migrations made, with the same SQL text. A dropped, replaced
    /// (say, by a no-op) or added trigger is named; so is a table whose definition was
    /// rewritten by hand (`PRAGMA writable_schema`), e.g. a CHECK constraint loosened so that
    /// rows which break the real one pass unnoticed. The expected schema comes from migrating
    /// a fresh in-memory ledger; SQLite's own bookkeeping (the tables `sqlite_stat1` to
    /// `sqlite_stat4` from ANALYZE) is left out, and only those: any other object, a trigger
    /// named `sqlite_stat_x` made with `PRAGMA writable_schema` included, is compared (ad5 F3:
    /// such a trigger, left out by a name pattern, could silently block recording outcomes).
    fn check_schema(&self) -> Result<Option<Finding>> {
        type Object = (String, String, Option<String>);
        let objects = |conn: &rusqlite::Connection| -> Result<Vec<Object>> {
            let mut stmt = conn.prepare(
                "SELECT type, name, sql FROM sqlite_master \
                 WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat2', \
                 'sqlite_stat3', 'sqlite_stat4')) ORDER BY type, name",
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

    /// The hash of entry `seq`, if the chain has it.
    pub fn entry_hash(&self, seq: i64) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT hash FROM journal WHERE seq = ?1", [seq], |r| {
                r.get(0)
            })
            .optional()?)
    }
}

/// What `verify` reads, which each backend loads in its own SQL; the checks, their order
/// and their findings are `verify_rows`, written once.
pub(crate) trait LedgerRows: Bodies + BatchRows {
    /// Up to `limit` journal entries numbered after `seq`, in order.
    fn entries_after(&mut self, seq: i64, limit: usize) -> Result<Vec<JournalEntry>>;
    /// The body of the row an entry of `kind` records, as it stands now.
    fn load_body(&mut self, kind: &str, id: i64) -> Result<Option<Value>>;
    /// The first of `table`'s rows with an id in `first..=last` that no `kind` entry
    /// records.
    fn unjournaled(
        &mut self,
        kind: &str,
        table: &str,
        first: i64,
        last: i64,
    ) -> Result<Option<i64>>;
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
    fn check_batch(&mut self, batch: &Value, recorder: &str) -> Result<Option<String>>;
    fn judge_batch(
        &mut self,
        ranges: &[(&str, i64, i64)],
        logged_at: Option<&str>,
    ) -> Result<Option<String>>;
}

impl<T: LedgerRows> LedgerRowsDyn for T {
    fn judge_batch(
        &mut self,
        ranges: &[(&str, i64, i64)],
        logged_at: Option<&str>,
    ) -> Result<Option<String>> {
        super::entry_rules::judge_batch(self, ranges, logged_at)
    }
    fn load_body(&mut self, kind: &str, id: i64) -> Result<Option<Value>> {
        LedgerRows::load_body(self, kind, id)
    }
    fn check_batch(&mut self, batch: &Value, recorder: &str) -> Result<Option<String>> {
        batch::check(self, batch, recorder)
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
    let mut rules = EntryRules::default();
    each_entry(l, |l, e| {
        let (seq, kind, id) = (e.seq, e.kind, e.entity_id);
        let what = format!("{} {id}", kind.replace('_', " "));
        let mut recorded: Value = serde_json::from_str(&e.body).unwrap_or(Value::Null);
        // A batch (an import's, or the resolutions a question outcome made): its rows
        // against the digests, then the entry's own row.
        if let Some(batch) = recorded.as_object_mut().and_then(|o| o.remove("batch")) {
            if let Some(why) = l.check_batch(&batch, &kind.replace('_', " "))? {
                mismatch = Some(Finding {
                    seq: Some(seq),
                    what,
                    why,
                });
                return Ok(false);
            }
            let ranges = batch::ranges(&batch);
            if let Some(why) = l.judge_batch(&ranges, e.logged_at.as_deref())? {
                mismatch = Some(Finding {
                    seq: Some(seq),
                    what,
                    why,
                });
                return Ok(false);
            }
            batched.extend(ranges);
        }
        let why = match l.load_body(&kind, id)? {
            None => Some("the row it records is missing".to_string()),
            Some(now) if now != recorded => Some(describe_difference(&recorded, &now)),
            // What the entry says against the trust rules (`entry_rules.rs`).
            Some(_) => {
                let mut earlier = |id| l.load_body("forecast", id);
                rules.judge(&kind, e.logged_at.as_deref(), &recorded, &mut earlier)?
            }
        };
        mismatch = why.map(|why| Finding {
            seq: Some(seq),
            what,
            why,
        });
        Ok(mismatch.is_none())
    })?;
    if let Some(f) = mismatch {
        return Ok(Err(f));
    }
    // 3. No row without an entry (its own, or an import batch's). The rows a batch covers
    // were each matched in step 2 (a missing one is named there), so only the ids between
    // batches are looked up: on a ledger filled by imports that is almost nothing.
    batched.sort_unstable();
    for (kind, table) in KINDS {
        let covered: Vec<(i64, i64)> = batched
            .iter()
            .filter(|(k, _, _)| *k == kind)
            .map(|&(_, first, last)| (first, last))
            .collect();
        for (first, last) in gaps(&covered) {
            if let Some(id) = l.unjournaled(kind, table, first, last)? {
                return Ok(Err(Finding {
                    seq: None,
                    what: format!("{} {id}", kind.replace('_', " ")),
                    why: "the row was added outside the journal".into(),
                }));
            }
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

/// The first row of the ledger with an id in `?2..=?3` and no journal entry of `kind` (`?1`).
pub(super) fn unjournaled_sql(d: Dialect, table: &str) -> String {
    d.sql(&format!(
        "SELECT t.id FROM {table} t WHERE t.id BETWEEN ?2 AND ?3
           AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.kind = ?1 AND j.entity_id = t.id)
         ORDER BY t.id LIMIT 1"
    ))
}

/// The id ranges, in order, that none of `covered` (inclusive ranges, in any order)
/// includes, from the smallest id to the largest.
fn gaps(covered: &[(i64, i64)]) -> Vec<(i64, i64)> {
    let mut sorted = covered.to_vec();
    sorted.sort_unstable();
    let mut out = Vec::new();
    let mut from = i64::MIN;
    for (first, last) in sorted {
        if first > from {
            out.push((from, first - 1));
        }
        if last == i64::MAX {
            return out;
        }
        from = from.max(last + 1);
    }
    out.push((from, i64::MAX));
    out
}

/// The first forecast whose current outcome, resolution or date is not its latest
/// recorded resolution's. On PostgreSQL the newest id is `max(x.id + 0)`: a plain `max(id)`
/// is planned as a backwards read of `resolutions` by id until the forecast's row turns
/// up, which on statistics from before many new resolutions (a writer role may not
/// `ANALYZE`) read past all of them for every forecast: over 20 s against 0.26 s at
/// 100,000, measured in psql right after such a resolve. The sum keeps it on
/// `resolutions_forecast`; SQLite finds the newest through that index either way.
pub(super) fn bad_current_sql(d: Dialect) -> String {
    let newest = match d {
        Dialect::Sqlite => "max(id)",
        Dialect::Postgres => "max(x.id + 0)",
    };
    format!(
        "SELECT f.id FROM forecasts f
         LEFT JOIN resolutions r ON r.id = (SELECT {newest} FROM resolutions x WHERE x.forecast_id = f.id)
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

/// How much of the ledger file `verify`'s connections map into memory (SQLite's mmap).
const VERIFY_MMAP: i64 = 256 << 20;

/// SQLite's answers to `LedgerRows`: on this connection, except the derived columns and
/// the kept sums, which another thread checks on its own connection (`Side`).
struct Lite<'a, 's> {
    store: &'a SqliteStore,
    side: Side<'s>,
    blocks: Blocks,
    forecasts: Forecasts,
    /// Where the read of every forecast says that each kept its CHECK constraints (to the
    /// page check, which then need not scan `forecasts` for them); dropped unsaid otherwise.
    vouch: Option<Vouch>,
}

/// Says to the page check that every row of a table was read and kept its CHECK
/// constraints (`page_check_with`).
type Vouch = std::sync::mpsc::Sender<&'static str>;

/// Where the imported forecasts' block digests, and the rows of the derived-column checks'
/// second pass, come from.
enum Forecasts {
    /// Each range rebuilt when asked; the derived checks read their own rows.
    Here,
    /// Not read yet: the first forecast range asked for reads every forecast once, for
    /// the digests of every range and for the side thread's second pass (`Feed`).
    Unread(std::sync::mpsc::SyncSender<Feed>),
    /// Read: the digests of the ranges the one read covered.
    Read(batch::RangeDigests),
}

/// What the side thread's second pass is fed from the read of the forecasts on this one.
enum Feed {
    /// The next forecasts, in id order.
    Rows(Vec<ForecastRow>),
    /// Every forecast was sent.
    End,
    /// A value no writer stores was met: the queries answer.
    Odd,
    /// The forecasts were not read here: the side thread reads them itself.
    Unread,
}

/// Forecasts a `Feed::Rows` holds, and how many of those may wait in the channel (about
/// 12 MiB).
const FEED_ROWS: usize = 4096;
const FEED_QUEUE: usize = 32;

/// The forecast ranges every batch in the journal records, read on `conn`; an entry that
/// cannot be read is left to the checks.
fn forecast_ranges(conn: &rusqlite::Connection) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    let Ok(mut stmt) = conn.prepare(
        "SELECT body FROM journal WHERE kind IN ('import', 'question_outcome') ORDER BY seq",
    ) else {
        return out;
    };
    let Ok(bodies) = stmt.query_map([], |r| r.get::<_, String>(0)) else {
        return out;
    };
    for body in bodies.map_while(std::result::Result::ok) {
        let Ok(recorded) = serde_json::from_str::<Value>(&body) else {
            continue;
        };
        if let Some(batch) = recorded.get("batch") {
            out.extend(
                batch::ranges(batch)
                    .into_iter()
                    .filter(|(kind, _, _)| *kind == "forecast")
                    .map(|(_, first, last)| (first, last)),
            );
        }
    }
    out
}

/// The block digests of batched resolutions worked out on the side connection, by range.
type ResolutionBlocks = rustc_hash::FxHashMap<(i64, i64), Result<Vec<BlockEvent>>>;

/// Where the batched resolutions' block digests come from.
enum Blocks {
    /// Worked out here when asked.
    Here,
    /// From the side thread, once it sends them.
    Coming(std::sync::mpsc::Receiver<ResolutionBlocks>),
    Ready(ResolutionBlocks),
}

/// The block digests of the resolutions every batch in the journal records (an import's
/// and a large question outcome's), rebuilt from the rows on `conn`, by range: what
/// `batch::check` rebuilds when it meets the batch, read on another connection to the same
/// snapshot. With them, from the same read of the resolutions, the first pass of the
/// derived-column checks (`None`: the queries answer). A batch whose entry cannot be read
/// here, or whose rows do not read as they should, is left to the check.
fn resolution_blocks(
    conn: &rusqlite::Connection,
    vouch: &Vouch,
) -> (ResolutionBlocks, Option<Checks>) {
    let mut ranges = Vec::new();
    if let Ok(mut stmt) = conn.prepare(
        "SELECT body FROM journal WHERE kind IN ('import', 'question_outcome') ORDER BY seq",
    ) {
        if let Ok(bodies) = stmt.query_map([], |r| r.get::<_, String>(0)) {
            for body in bodies.map_while(std::result::Result::ok) {
                let Ok(recorded) = serde_json::from_str::<Value>(&body) else {
                    continue;
                };
                let Some(batch) = recorded.get("batch") else {
                    continue;
                };
                ranges.extend(
                    batch::ranges(batch)
                        .into_iter()
                        .filter(|(kind, _, _)| *kind == "resolution")
                        .map(|(_, first, last)| (first, last)),
                );
            }
        }
    }
    let mut checks = Checks::sized(conn).ok().flatten();
    let mut kept_checks = true;
    let pass = super::bodies::resolution_pass(conn, &ranges, &mut |r| {
        kept_checks = kept_checks && resolution_keeps_checks(r);
        if let Some(c) = &mut checks {
            if !matches!(c.resolution(r), Ok(true)) {
                checks = None;
            }
        }
    });
    // Every row was read only when the pass ran to its end.
    if pass.is_ok() && kept_checks {
        let _ = vouch.send("resolutions");
    }
    match pass {
        Ok(blocks) => (
            blocks.into_iter().map(|(k, v)| (k, Ok(v))).collect(),
            checks,
        ),
        // Each range is rebuilt when asked, and the first pass read again on its own.
        Err(_) => (
            ResolutionBlocks::default(),
            Checks::after_resolutions(conn).ok().flatten(),
        ),
    }
}

impl<'a> Lite<'a, '_> {
    /// Everything on this connection (a ledger in memory).
    fn here(store: &'a SqliteStore) -> Self {
        Lite {
            store,
            side: Side::Here,
            blocks: Blocks::Here,
            forecasts: Forecasts::Here,
            vouch: None,
        }
    }

    /// Reads every forecast once, if that is still to do: the digests of every forecast
    /// range the journal records, and each row for the side thread's second pass.
    fn read_forecasts(&mut self) {
        let Forecasts::Unread(feed) = std::mem::replace(&mut self.forecasts, Forecasts::Here)
        else {
            return;
        };
        let conn = self.store.conn();
        let ranges = forecast_ranges(conn);
        let mut chunk = Vec::with_capacity(FEED_ROWS);
        let mut odd = false;
        let mut kept_checks = true;
        let pass = super::bodies::forecast_pass(conn, &ranges, &mut |r| {
            kept_checks = kept_checks && forecast_keeps_checks(r);
            if odd {
                return Ok(());
            }
            match ForecastRow::read(r, &super::bodies::PASS_COLS) {
                Ok(Some(f)) => {
                    chunk.push(f);
                    if chunk.len() == FEED_ROWS {
                        let full = std::mem::replace(&mut chunk, Vec::with_capacity(FEED_ROWS));
                        // A side thread that stopped takes nothing; its error is reported
                        // when its answers are asked for.
                        let _ = feed.send(Feed::Rows(full));
                    }
                }
                _ => odd = true,
            }
            Ok(())
        });
        // Every row was read only when the pass ran to its end.
        let vouch = self.vouch.take();
        if let (Ok(Some(_)), Some(vouch), true) = (&pass, vouch, kept_checks) {
            let _ = vouch.send("forecasts");
        }
        match pass {
            Ok(Some(blocks)) => {
                if !odd && !chunk.is_empty() {
                    let _ = feed.send(Feed::Rows(chunk));
                }
                let _ = feed.send(if odd { Feed::Odd } else { Feed::End });
                self.forecasts = Forecasts::Read(blocks);
            }
            _ => {
                let _ = feed.send(Feed::Unread);
                self.forecasts = Forecasts::Read(Default::default());
            }
        }
    }

    /// The side checks' answers, waiting for them; `None` when they run here.
    fn side(&mut self) -> Result<Option<&mut SideAnswers>> {
        if let Forecasts::Unread(feed) = &self.forecasts {
            // No forecast range was checked: the side thread reads the forecasts itself.
            let _ = feed.send(Feed::Unread);
            self.forecasts = Forecasts::Read(Default::default());
        }
        if let Side::Running(_) = self.side {
            if let Side::Running(handle) = std::mem::replace(&mut self.side, Side::Here) {
                let answers = handle.join().map_err(|_| {
                    Error::Other("the derived-column check stopped unexpectedly".into())
                })??;
                self.side = Side::Done(Box::new(answers));
            }
        }
        Ok(match &mut self.side {
            Side::Done(answers) => Some(answers),
            _ => None,
        })
    }
}

/// Where the derived-column and kept-sum checks run.
enum Side<'s> {
    /// On the main connection, when asked.
    Here,
    /// On another connection, in a thread of its own.
    Running(std::thread::ScopedJoinHandle<'s, Result<SideAnswers>>),
    Done(Box<SideAnswers>),
}

/// The side checks' answers, each taken once, in the order `verify_rows` asks for them
/// (an error too waits for its turn, so what is reported does not change).
struct SideAnswers {
    current: Option<Result<Option<i64>>>,
    chain: Option<Result<Option<i64>>>,
    kept: Option<Result<Option<i64>>>,
}

impl SideAnswers {
    /// The answers from the first pass here and the second fed from the main thread's read
    /// of the forecasts, as `of` gives them. When the main thread stops before asking (a
    /// finding before the derived columns), nothing is worked out.
    fn fed(
        conn: &rusqlite::Connection,
        mut checks: Option<Checks>,
        feed: &std::sync::mpsc::Receiver<Feed>,
    ) -> SideAnswers {
        loop {
            match feed.recv() {
                Ok(Feed::Rows(rows)) => {
                    if let Some(c) = &mut checks {
                        if !rows.iter().all(|f| c.forecast(f)) {
                            checks = None;
                        }
                    }
                }
                Ok(Feed::End) => {
                    return match checks.map(|c| c.answers(conn)) {
                        Some(Ok((current, chain, kept))) => SideAnswers {
                            current: Some(Ok(current)),
                            chain: Some(Ok(chain)),
                            kept: Some(Ok(kept)),
                        },
                        _ => SideAnswers::queries(conn),
                    }
                }
                Ok(Feed::Odd) => return SideAnswers::queries(conn),
                Ok(Feed::Unread) => return SideAnswers::of(conn),
                Err(_) => {
                    let unasked = || Some(Err(Error::Other("not checked".into())));
                    return SideAnswers {
                        current: unasked(),
                        chain: unasked(),
                        kept: unasked(),
                    };
                }
            }
        }
    }

    /// The answers of the queries, one by one.
    fn queries(conn: &rusqlite::Connection) -> SideAnswers {
        SideAnswers {
            current: Some(bad_current_in(conn)),
            chain: Some(bad_chain_in(conn)),
            kept: Some(super::kept::kept_sums_differ_in(conn)),
        }
    }

    fn of(conn: &rusqlite::Connection) -> SideAnswers {
        // One pass over the resolutions and one over the forecasts give all three answers,
        // unless a value no writer stores sends them to the queries (`derived`).
        if let Ok(Some((current, chain, kept))) = super::derived::two_passes(conn) {
            return SideAnswers {
                current: Some(Ok(current)),
                chain: Some(Ok(chain)),
                kept: Some(Ok(kept)),
            };
        }
        SideAnswers::queries(conn)
    }
}

/// `PRAGMA quick_check`'s answer: `ok`, or its first complaint.
fn quick_check(conn: &rusqlite::Connection) -> Result<String> {
    Ok(conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?)
}

/// Every CHECK constraint of the schema the migrations make, by table, as the migrations
/// write it (`checks_are_the_schemas` compares the two).
const CHECKS: [(&str, &[&str]); 4] = [
    (
        "question_outcomes",
        &["event IN ('happened-on', 'not-by', 'annul')"],
    ),
    (
        "forecasts",
        &[
            "probability >= 0 AND probability <= 1",
            "deadline >= made_on",
            "stance IN ('for', 'against')",
            "outcome IN ('true', 'false', 'void')",
            "logged_late IN (0, 1)",
        ],
    ),
    (
        "resolutions",
        &[
            "outcome IN ('true', 'false', 'void')",
            "reason IS NULL OR reason IN ('ambiguous', 'annulled', 'condition-false')",
        ],
    ),
    (
        "extraction_reviews",
        &[
            "candidate >= 1",
            "probability >= 0 AND probability <= 1",
            "decision IN ('kept', 'rejected')",
            "decided_probability >= 0 AND decided_probability <= 1",
            "stance IN ('for', 'against')",
            "decided_stance IN ('for', 'against')",
        ],
    ),
];

/// `quick_check`'s answer, worked out with less work: `quick_check` with the CHECK
/// constraints left out (`ignore_check_constraints`), then one scan of each table that has
/// them, a row failing when one of its constraints is false (as `quick_check` tests them:
/// NULL passes). Inside `quick_check` SQLite builds a temporary table for every `IN` list
/// of every row, which was two thirds of its time (1M ledger, `sqlite3` shell: 2.3 s of CPU
/// with the constraints, 0.6 s without, 0.55 s for the scans). When that answer is `ok` and
/// no row fails a constraint, the whole `quick_check` is `ok` too; anything else (a
/// complaint, a row that fails, an error) runs the whole `quick_check` for its own answer,
/// so what is reported does not change. The constraints are the migrations': a ledger
/// whose schema differs is named by the schema check, which `verify` reports first.
#[cfg(test)]
fn page_check(conn: &rusqlite::Connection) -> Result<String> {
    page_check_with(conn, Vec::new)
}

/// `page_check`, its scans left out for the tables `vouched` names once `quick_check`'s
/// part is `ok`: tables whose every row another pass of `verify` read on the same snapshot
/// and found keeping their constraints (`forecast_keeps_checks`, `resolution_keeps_checks`).
/// The forecasts' and the resolutions' scans were 0.47 s of CPU of this check's 1.07 s at
/// 1M forecasts, reading rows the row rebuild reads anyway. `vouched` may wait for those
/// passes; a pass that did not run to its end vouches for nothing, and its table is
/// scanned here as before.
fn page_check_with(
    conn: &rusqlite::Connection,
    vouched: impl FnOnce() -> Vec<&'static str>,
) -> Result<String> {
    conn.pragma_update(None, "ignore_check_constraints", true)?;
    let pages = quick_check(conn);
    conn.pragma_update(None, "ignore_check_constraints", false)?;
    if matches!(&pages, Ok(answer) if answer == "ok") && checks_hold(conn, vouched) {
        return pages;
    }
    quick_check(conn)
}

/// Whether every row of every table keeps every CHECK constraint of `CHECKS`; `false` when
/// one does not or a table cannot be read. The table itself is read (`NOT INDEXED`), every
/// row, as `quick_check` reads it, unless `vouched` (asked once the tables it cannot name
/// are scanned) names it.
fn checks_hold(conn: &rusqlite::Connection, vouched: impl FnOnce() -> Vec<&'static str>) -> bool {
    let (passed, own): (Vec<_>, Vec<_>) = CHECKS
        .iter()
        .partition(|(table, _)| ["forecasts", "resolutions"].contains(table));
    if !own.into_iter().all(|t| table_keeps_checks(conn, t)) {
        return false;
    }
    let vouched = vouched();
    passed
        .into_iter()
        .filter(|(table, _)| !vouched.contains(table))
        .all(|t| table_keeps_checks(conn, t))
}

/// Whether every row of `table` keeps `checks`, read in one scan of the table.
fn table_keeps_checks(conn: &rusqlite::Connection, (table, checks): &(&str, &[&str])) -> bool {
    {
        let fails = checks
            .iter()
            .map(|c| format!("NOT ({c})"))
            .collect::<Vec<_>>()
            .join(" OR ");
        let sql = format!("SELECT 1 FROM {table} NOT INDEXED WHERE {fails} LIMIT 1");
        matches!(conn.query_row(&sql, [], |_| Ok(())).optional(), Ok(None))
    }
}

/// Whether a row of `bodies::forecast_pass` certainly keeps the CHECK constraints `CHECKS`
/// gives `forecasts`, as SQLite tests them (a constraint that is NULL passes): the values
/// a writer stores (a REAL probability, TEXT days, stance and outcome, an INTEGER flag, or
/// NULL) tested here; any other type answers `false`, so the table is scanned as before.
fn forecast_keeps_checks(r: &rusqlite::Row<'_>) -> bool {
    use rusqlite::types::ValueRef::{Integer, Null, Real, Text};
    let c = &super::bodies::PASS_COLS;
    let get = |i: usize| r.get_ref(i).ok();
    // probability >= 0 AND probability <= 1 (REAL affinity: a number compares as one)
    let probability = match get(c.probability) {
        Some(Real(p)) => (0.0..=1.0).contains(&p),
        Some(Integer(p)) => (0..=1).contains(&p),
        Some(Null) => true,
        _ => false,
    };
    // deadline >= made_on (two TEXT columns, BINARY collation: bytes, then length)
    let days = match (get(c.deadline), get(c.made_on)) {
        (Some(Text(deadline)), Some(Text(made_on))) => deadline >= made_on,
        (Some(Null), Some(Null | Text(_))) | (Some(Text(_)), Some(Null)) => true,
        _ => false,
    };
    let one_of = |v: Option<rusqlite::types::ValueRef<'_>>, set: &[&[u8]]| match v {
        Some(Text(t)) => set.contains(&t),
        Some(Null) => true,
        _ => false,
    };
    let late = matches!(get(c.logged_late), Some(Integer(0 | 1) | Null));
    probability
        && days
        && late
        && one_of(get(super::bodies::PASS_STANCE), &[b"for", b"against"])
        && one_of(get(c.outcome), &[b"true", b"false", b"void"])
}

/// `forecast_keeps_checks` for a row of `bodies::resolution_pass` and the constraints of
/// `resolutions` (outcome in column 2, void reason in column 5).
fn resolution_keeps_checks(r: &rusqlite::Row<'_>) -> bool {
    use rusqlite::types::ValueRef::{Null, Text};
    let one_of = |i: usize, set: &[&[u8]]| match r.get_ref(i) {
        Ok(Text(t)) => set.contains(&t),
        Ok(Null) => true,
        _ => false,
    };
    one_of(2, &[b"true", b"false", b"void"])
        && one_of(5, &[b"ambiguous", b"annulled", b"condition-false"])
}

/// 7. SQLite's own check of the file: pages, NOT NULL and CHECK constraints.
fn pages_finding(check: String) -> std::result::Result<(), Finding> {
    if check == "ok" {
        return Ok(());
    }
    Err(Finding {
        seq: None,
        what: "the database file".into(),
        why: check,
    })
}

/// `bad_current_sql`'s answer in two passes in table order: the resolutions by id give
/// each forecast its latest resolution (the last one met), kept in a flat table by forecast
/// id (4 bytes a forecast); then each forecast is compared with it, joined to the
/// resolution it names. The query's look-up of the latest resolution in the forecast index,
/// forecast by forecast, was most of its time. Ids a flat table cannot hold (only a hand
/// edit makes them) go through the query.
pub(super) fn bad_current_in(conn: &rusqlite::Connection) -> Result<Option<i64>> {
    let query = || -> Result<Option<i64>> {
        Ok(conn
            .query_row(&bad_current_sql(Dialect::Sqlite), [], |r| r.get(0))
            .optional()?)
    };
    let max: i64 = conn.query_row("SELECT coalesce(max(id), 0) FROM forecasts", [], |r| {
        r.get(0)
    })?;
    let Some(len) = usize::try_from(max.saturating_add(1))
        .ok()
        .filter(|&n| n <= 1 << 28)
    else {
        return query();
    };
    let mut latest = vec![0u32; len];
    let mut stmt = conn.prepare("SELECT id, forecast_id FROM resolutions ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (id, forecast): (i64, i64) = (r.get(0)?, r.get(1)?);
        let slot = usize::try_from(forecast)
            .ok()
            .and_then(|f| latest.get_mut(f));
        match (slot, u32::try_from(id)) {
            (Some(slot), Ok(id)) if id > 0 => *slot = id,
            _ => return query(),
        }
    }
    let mut stmt = conn.prepare(
        "SELECT f.id, f.resolution_id, f.outcome IS NOT r.outcome OR f.resolved_on IS NOT r.resolved_on
         FROM forecasts f LEFT JOIN resolutions r ON r.id = f.resolution_id ORDER BY f.id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (id, named, differs): (i64, Option<i64>, bool) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let latest = usize::try_from(id)
            .ok()
            .and_then(|i| latest.get(i))
            .map(|&l| (l > 0).then_some(i64::from(l)));
        match latest {
            Some(latest) if latest == named && !differs => {}
            Some(_) => return Ok(Some(id)),
            None => return query(),
        }
    }
    Ok(None)
}

pub(super) fn bad_chain_in(conn: &rusqlite::Connection) -> Result<Option<i64>> {
    Ok(conn
        .query_row(&bad_chain_sql(Dialect::Sqlite), [], |r| r.get(0))
        .optional()?)
}

impl Bodies for Lite<'_, '_> {
    fn for_each_body(
        &mut self,
        kind: &str,
        first: i64,
        last: i64,
        f: &mut dyn FnMut(i64, Option<&str>) -> Result<()>,
    ) -> Result<()> {
        super::bodies::for_each_body(self.store.conn(), kind, first, last, f)
    }

    fn block_events(&mut self, kind: &str, first: i64, last: i64) -> Result<Vec<BlockEvent>> {
        if kind == "forecast" {
            self.read_forecasts();
            if let Forecasts::Read(ready) = &mut self.forecasts {
                if let Some(events) = ready.remove(&(first, last)) {
                    return Ok(events);
                }
            }
        }
        if kind == "resolution" {
            if let Blocks::Coming(receive) = &self.blocks {
                // A side thread that stopped sends nothing: everything is rebuilt here.
                self.blocks = Blocks::Ready(receive.recv().unwrap_or_default());
            }
            if let Blocks::Ready(ready) = &mut self.blocks {
                if let Some(events) = ready.remove(&(first, last)) {
                    return events;
                }
            }
        }
        batch::block_events(self, kind, first, last)
    }
}

impl BatchRows for Lite<'_, '_> {
    fn time_differs(
        &mut self,
        kind: &str,
        first: i64,
        last: i64,
        at: &str,
    ) -> Result<Option<(i64, String)>> {
        let Some(sql) = time_differs_sql(Dialect::Sqlite, kind) else {
            return Ok(None);
        };
        Ok(self
            .store
            .conn()
            .prepare_cached(&sql)?
            .query_row(rusqlite::params![first, last, at], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?)
    }

    fn late_unmarked(
        &mut self,
        forecasts: (i64, i64),
        cutoff: &str,
        resolutions: (i64, i64),
        at: &str,
    ) -> Result<Option<(i64, String, String)>> {
        Ok(self
            .store
            .conn()
            .prepare_cached(&late_unmarked_sql(Dialect::Sqlite))?
            .query_row(
                rusqlite::params![
                    forecasts.0,
                    forecasts.1,
                    cutoff,
                    resolutions.0,
                    resolutions.1,
                    at
                ],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?)
    }
}

impl LedgerRows for Lite<'_, '_> {
    fn entries_after(&mut self, seq: i64, limit: usize) -> Result<Vec<JournalEntry>> {
        let mut stmt = self.store.conn().prepare_cached(ENTRIES_SQL)?;
        let mut rows = stmt.query(rusqlite::params![seq, limit as i64])?;
        let mut out = Vec::with_capacity(limit);
        while let Some(r) = rows.next()? {
            out.push(entry_row(r)?);
        }
        Ok(out)
    }

    fn load_body(&mut self, kind: &str, id: i64) -> Result<Option<Value>> {
        load_body(self.store.conn(), kind, id)
    }

    fn unjournaled(
        &mut self,
        kind: &str,
        table: &str,
        first: i64,
        last: i64,
    ) -> Result<Option<i64>> {
        Ok(self
            .store
            .conn()
            .prepare_cached(&unjournaled_sql(Dialect::Sqlite, table))?
            .query_row(rusqlite::params![kind, first, last], |r| r.get(0))
            .optional()?)
    }

    fn bad_current(&mut self) -> Result<Option<i64>> {
        match self.side()? {
            Some(answers) => answers.current.take().unwrap_or(Ok(None)),
            None => bad_current_in(self.store.conn()),
        }
    }

    fn bad_chain(&mut self) -> Result<Option<i64>> {
        match self.side()? {
            Some(answers) => answers.chain.take().unwrap_or(Ok(None)),
            None => bad_chain_in(self.store.conn()),
        }
    }

    fn schema_finding(&mut self) -> Result<Option<Finding>> {
        self.store.check_schema()
    }

    fn kept_sums_differ(&mut self) -> Result<Option<i64>> {
        match self.side()? {
            Some(answers) => answers.kept.take().unwrap_or(Ok(None)),
            None => self.store.kept_sums_differ(),
        }
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
                let (was, is) = (shown(a.get(k), y), shown(b.get(k), x));
                return format!("`{k}` is {is} in the ledger but {was} in the journal");
            }
        }
    }
    "the row differs from the journal".to_string()
}

/// A field's value as the row or entry holds it. A flag is written into a body only when it
/// is set (`"logged_late":true`), so a flag missing on one side while the other has it is
/// the stored `false` (0 in the column), not null (audit 19 A11).
fn shown(value: Option<&Value>, other: &Value) -> String {
    match (value, other) {
        (None, Value::Bool(_)) => "false".to_string(),
        (_, _) => value.unwrap_or(&Value::Null).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The CHECK constraints in `sql` (a table's CREATE statement), as written: the text
    /// inside each `CHECK (...)`, parentheses balanced outside quoted strings.
    fn checks_in(sql: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = sql;
        while let Some(at) = rest.find("CHECK (") {
            let body = &rest[at + "CHECK (".len()..];
            let (mut depth, mut quoted, mut end) = (1, false, body.len());
            for (i, c) in body.char_indices() {
                match c {
                    '\'' => quoted = !quoted,
                    '(' if !quoted => depth += 1,
                    ')' if !quoted => {
                        depth -= 1;
                        if depth == 0 {
                            end = i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            out.push(body[..end].to_string());
            rest = &body[end..];
        }
        out
    }

    /// `CHECKS` is every CHECK constraint of every table the migrations make, word for
    /// word: a migration that adds one fails here until `page_check` tests it too.
    #[test]
    fn checks_are_the_schemas() {
        let store = SqliteStore::open_in_memory().unwrap();
        let mut stmt = store
            .conn()
            .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        let tables: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut found: Vec<(String, Vec<String>)> = tables
            .iter()
            .map(|(name, sql)| (name.clone(), checks_in(sql)))
            .filter(|(_, checks)| !checks.is_empty())
            .collect();
        let mut listed: Vec<(String, Vec<String>)> = CHECKS
            .iter()
            .map(|(t, c)| (t.to_string(), c.iter().map(|s| s.to_string()).collect()))
            .collect();
        found.sort();
        listed.sort();
        assert_eq!(found, listed);
        assert_eq!(found.iter().map(|(_, c)| c.len()).sum::<usize>(), 14);
    }

    /// `page_check` answers what `quick_check` answers, word for word, on a ledger with
    /// forecasts and resolutions and after each hand edit below: every CHECK constraint
    /// broken (and made NULL where it may be, which passes), numbers in text columns, and
    /// two constraints broken at once, in two tables.
    #[test]
    fn the_page_check_answers_what_quick_check_answers() {
        use crate::model::{NewForecast, Outcome, Probability, ProbabilityBasis, Stance};
        use crate::store::Resolved;
        let mut store = SqliteStore::open_in_memory().unwrap();
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        store
            .write("2026-01-01T00:00:00Z", |w| {
                for i in 0..20 {
                    let f = NewForecast {
                        source: format!("s{}", i % 3),
                        claim: format!("claim {i}"),
                        probability: Probability::new(0.05 * f64::from(i)).unwrap(),
                        basis: ProbabilityBasis::Stated,
                        made_on: d("2025-01-01"),
                        deadline: d("2025-06-01"),
                        deadline_phrase: None,
                        question: (i % 4 == 0).then(|| format!("q{}", i % 8)),
                        stance: Stance::For,
                        condition: None,
                        article: None,
                        tags: Vec::new(),
                    };
                    let r = Resolved {
                        outcome: [Outcome::True, Outcome::False, Outcome::Void][i as usize % 3],
                        on: d("2025-05-01"),
                        note: None,
                        reason: None,
                    };
                    w.import_forecast(&f, (i % 5 != 4).then_some(&r))?;
                }
                Ok(())
            })
            .unwrap();
        let conn = store.conn();
        let drop_guards: Vec<String> = conn
            .prepare("SELECT 'DROP TRIGGER ' || name FROM sqlite_master WHERE type = 'trigger'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        conn.execute_batch(&format!(
            "PRAGMA foreign_keys = OFF; {};",
            drop_guards.join(";")
        ))
        .unwrap();
        assert_eq!(page_check(conn).unwrap(), "ok");
        let review = "INSERT INTO extraction_reviews (article_id, candidate, sentence_start,
            sentence_end, claim, probability, probability_basis, decision, decided_probability,
            recorded_at) VALUES (1, 1, 0, 5, 'c', 0.5, 'stated', 'kept', 0.5, 'x')";
        let outcome =
            "INSERT INTO question_outcomes (question_id, event, recorded_at) VALUES (1, 'annul', 'x')";
        let edits = [
            "UPDATE forecasts SET probability = 1.5 WHERE id = 3",
            "UPDATE forecasts SET probability = -0.1 WHERE id = 3",
            "UPDATE forecasts SET probability = 'high' WHERE id = 3",
            "UPDATE forecasts SET deadline = '2024-01-01' WHERE id = 4",
            "UPDATE forecasts SET stance = 'maybe' WHERE id = 5",
            "UPDATE forecasts SET outcome = 'maybe' WHERE id = 6",
            "UPDATE forecasts SET outcome = NULL WHERE id = 6",
            "UPDATE forecasts SET logged_late = 2 WHERE id = 7",
            "UPDATE forecasts SET claim = 12 WHERE id = 8",
            "UPDATE forecasts SET deadline_phrase = NULL, condition = 7 WHERE id = 8",
            "UPDATE resolutions SET outcome = 'maybe' WHERE id = 2",
            "UPDATE resolutions SET reason = 'bored' WHERE id = 2",
            "UPDATE resolutions SET reason = 'annulled' WHERE id = 2",
            "UPDATE resolutions SET outcome = 'maybe' WHERE id = 2; UPDATE forecasts SET stance = 'x' WHERE id = 2",
            outcome,
            "INSERT INTO question_outcomes (question_id, event, recorded_at) VALUES (1, 'soon', 'x')",
            review,
            &review.replace("1, 1, 0", "1, 0, 0"),
            &review.replace("0.5, 'stated'", "2, 'stated'"),
            &review.replace("'kept'", "'maybe'"),
            &review.replace("'kept', 0.5", "'kept', -1"),
            &review.replace("'kept', 0.5", "'kept', NULL"),
        ];
        // The tables the row passes vouch for (`forecast_keeps_checks` and
        // `resolution_keeps_checks` over every row, as `verify` runs them).
        let vouched = || {
            let (mut forecasts, mut resolutions) = (true, true);
            let pass = super::super::bodies::forecast_pass(conn, &[], &mut |r| {
                forecasts &= forecast_keeps_checks(r);
                Ok(())
            });
            assert!(matches!(pass, Ok(Some(_))));
            super::super::bodies::resolution_pass(conn, &[], &mut |r| {
                resolutions &= resolution_keeps_checks(r);
            })
            .unwrap();
            [("forecasts", forecasts), ("resolutions", resolutions)]
                .into_iter()
                .filter_map(|(t, held)| held.then_some(t))
                .collect::<Vec<_>>()
        };
        let scanned = |table: &str| {
            let t = CHECKS.iter().find(|(name, _)| *name == table).unwrap();
            table_keeps_checks(conn, t)
        };
        assert_eq!(vouched(), ["forecasts", "resolutions"]);
        // Which edits each pass vouches past (none breaks a constraint) and which it does
        // not (a constraint broken, or a value of a type a writer never stores there).
        let mut vouched_after = Vec::new();
        for edit in edits {
            conn.execute_batch(&format!(
                "PRAGMA ignore_check_constraints = ON; SAVEPOINT e; {edit};"
            ))
            .unwrap();
            // `page_check` first: it sets `ignore_check_constraints` back off.
            let pages = page_check(conn).unwrap();
            let quick = quick_check(conn).unwrap();
            assert_eq!(pages, quick, "{edit}");
            let tables = vouched();
            assert_eq!(
                page_check_with(conn, || tables.clone()).unwrap(),
                quick,
                "{edit}"
            );
            for table in &tables {
                assert!(
                    scanned(table),
                    "{edit}: {table} vouched for, but a row fails"
                );
            }
            vouched_after.push(tables.len());
            conn.execute_batch("ROLLBACK TO e; RELEASE e;").unwrap();
        }
        assert_eq!(
            vouched_after,
            [1, 1, 1, 1, 1, 1, 2, 1, 2, 2, 1, 1, 2, 0, 2, 2, 2, 2, 2, 2, 2, 2]
        );
        // The edits that break a constraint are seen.
        for edit in [edits[0], edits[4], edits[10], edits[15], edits[19]] {
            conn.execute_batch(&format!(
                "PRAGMA ignore_check_constraints = ON; SAVEPOINT e; {edit};"
            ))
            .unwrap();
            let answer = page_check(conn).unwrap();
            assert!(
                answer.starts_with("CHECK constraint failed in "),
                "{edit}: {answer}"
            );
            conn.execute_batch("ROLLBACK TO e; RELEASE e;").unwrap();
        }
    }
}

#[cfg(test)]
mod flag_tests {
    use super::describe_difference;
    use serde_json::json;

    #[test]
    fn a_flag_missing_on_one_side_is_named_false() {
        let late = json!({"id": 1, "logged_late": true});
        let on_time = json!({"id": 1});
        assert_eq!(
            describe_difference(&late, &on_time),
            "`logged_late` is false in the ledger but true in the journal"
        );
        assert_eq!(
            describe_difference(&on_time, &late),
            "`logged_late` is true in the ledger but false in the journal"
        );
        assert_eq!(
            describe_difference(&json!({"condition": "if X"}), &json!({})),
            "`condition` is null in the ledger but \"if X\" in the journal"
        );
    }
}
