//! Writes to a PostgreSQL ledger: `PgWriter`, one transaction holding the write lock, which
//! appends to the hash-chained journal and does everything `LedgerWriter` asks, as SQLite's
//! writer does: the methods live by subject in `forecasts.rs`, `resolutions.rs`,
//! `corrections.rs`, `articles.rs`, `reviews.rs` and `import.rs`, the kept sums in
//! `kept.rs`, with the same checks, ids (`MAX(id) + 1` under the lock), rows, journal
//! bodies and kept-sum changes as SQLite's, from the same shared functions.

use super::import::Bulk;
use super::typed::p;
use super::{locked, pg, LockWait};
use crate::error::{Error, Result};
use crate::store::batch::Batch;
use crate::store::journal::{entry_hash, GENESIS};
use crate::store::kept::Pending;
use postgres::{Client, Transaction};
use rustc_hash::FxHashMap;

/// One write in progress: a transaction holding the write lock, the journal's head as it
/// was when the lock was taken, and the instant every entry of this write is logged at.
pub struct PgWriter<'c> {
    pub(super) tx: Transaction<'c>,
    seq: i64,
    hash: String,
    /// The head's `logged_at` when the write began (`None` for an empty journal).
    pub(super) head_at: Option<String>,
    pub(super) now: String,
    /// The clock of record as it was read, before `now` was moved past the head.
    pub(super) clock: String,
    /// The database role writing (`current_user`), recorded in each entry.
    author: String,
    /// Ids looked up or created in this write (see SQLite's writer), sources keyed by
    /// `model::names::name_key`.
    pub(super) sources: FxHashMap<String, i64>,
    /// Source ids by the spelling given (see SQLite's writer): the same spelling again, an
    /// import's usual case, skips canonicalizing and folding it.
    pub(super) sources_given: FxHashMap<String, i64>,
    pub(super) questions: FxHashMap<String, i64>,
    /// Question keys stored before keys were put in NFC (SQLite's writer).
    pub(super) legacy_keys: Option<FxHashMap<String, String>>,
    /// Hand-resolved markets looked up in this write (SQLite's `forecasts::Markets`).
    pub(super) markets: crate::store::forecasts::Markets,
    /// Changes to the kept sums, written just before the commit.
    pub(super) kept: Pending,
    /// An import in progress (see `import.rs`).
    pub(super) bulk: Option<Bulk>,
}

/// The server's clock now, as the ledger stores instants (RFC 3339, UTC, milliseconds):
/// `clock_timestamp()`, not `now()`, which is when the transaction began, before the wait
/// for the write lock.
pub(crate) const SERVER_NOW: &str =
    "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

/// Runs `f` as one write on `client`: one transaction under the write lock, the kept sums
/// updated and committed once at the end; an error rolls everything back.
pub fn write<T>(
    client: &mut Client,
    now: &str,
    f: impl FnOnce(&mut PgWriter<'_>) -> Result<T>,
) -> Result<T> {
    let mut w = PgWriter::begin(client, now)?;
    let value = f(&mut w)?;
    w.commit()?;
    Ok(value)
}

impl PgWriter<'_> {
    /// Takes the write lock and reads the head. The write is logged at `now`, or just after
    /// the newest entry if the clock is not past it, so journal times never go backwards.
    pub fn begin<'c>(client: &'c mut Client, now: &str) -> Result<PgWriter<'c>> {
        PgWriter::start(locked(client, &LockWait::default())?, Some(now))
    }

    /// Starts a write in `tx`, which holds the write lock (see `locked`), logged at `now`,
    /// or at the server's clock (read once the lock is held: one clock for every writer)
    /// when `now` is `None`. The role, the head and the clock come in one round trip.
    pub(crate) fn start<'c>(mut tx: Transaction<'c>, now: Option<&str>) -> Result<PgWriter<'c>> {
        let row = tx
            .query_typed_one(
                &format!(
                    "SELECT current_user::text, h.seq, h.hash, h.logged_at, ({SERVER_NOW})
                     FROM (SELECT 1) one LEFT JOIN
                         (SELECT seq, hash, logged_at FROM journal ORDER BY seq DESC LIMIT 1) h
                     ON true"
                ),
                &[],
            )
            .map_err(pg("reading the journal head"))?;
        let author: String = row.get(0);
        let (seq, hash, last_at): (i64, String, Option<String>) = match row.get::<_, Option<i64>>(1)
        {
            Some(seq) => (seq, row.get(2), row.get(3)),
            None => (0, GENESIS.to_string(), None),
        };
        let server_now: String;
        let now = match now {
            Some(now) => now,
            None => {
                server_now = row.get(4);
                &server_now
            }
        };
        let clock = now.to_string();
        let now = crate::time::Clock::after(now, last_at.as_deref());
        Ok(PgWriter {
            tx,
            clock,
            seq,
            hash,
            head_at: last_at,
            now,
            author,
            sources: FxHashMap::default(),
            sources_given: FxHashMap::default(),
            questions: FxHashMap::default(),
            legacy_keys: None,
            markets: Default::default(),
            kept: Pending::default(),
            bulk: None,
        })
    }

    /// The instant this write is logged at.
    pub fn now(&self) -> &str {
        &self.now
    }

    /// Appends one entry, chained to the one before; returns its sequence number and hash.
    /// In an import the kinds it covers go into its digests instead (`batch.rs`).
    pub fn append(&mut self, kind: &str, entity_id: i64, body: &str) -> Result<(i64, String)> {
        if let Some(bulk) = &mut self.bulk {
            if Batch::covers(kind) {
                bulk.batch.add(kind, entity_id, body)?;
                return Ok((self.seq, self.hash.clone()));
            }
        }
        let seq = self.seq + 1;
        let hash = entry_hash(
            &self.hash,
            seq,
            kind,
            entity_id,
            body,
            Some(&self.now),
            Some(&self.author),
        );
        self.tx
            .execute_typed(
                "INSERT INTO journal (seq, kind, entity_id, body, prev_hash, hash, logged_at, author)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                &[
                    p(&seq),
                    p(&kind),
                    p(&entity_id),
                    p(&body),
                    p(&self.hash),
                    p(&hash),
                    p(&self.now),
                    p(&self.author),
                ],
            )
            .map_err(pg("appending to the journal"))?;
        self.seq = seq;
        self.hash = hash.clone();
        Ok((seq, hash))
    }

    /// Writes the pending kept-sum changes, commits the write and releases the lock. An
    /// import batch begun and never recorded is refused (nothing is written).
    pub fn commit(mut self) -> Result<()> {
        if self.bulk.is_some() {
            return Err(Error::Other(
                "an import batch was started and never recorded".into(),
            ));
        }
        self.flush_kept()?;
        self.tx.commit().map_err(pg("committing"))
    }

    /// The next free id of `table` (`MAX(id) + 1`, under the write lock, as on SQLite).
    pub(super) fn next_id(&mut self, table: &str) -> Result<i64> {
        Ok(self
            .tx
            .query_typed_one(
                &format!("SELECT COALESCE(MAX(id), 0) + 1 FROM {table}"),
                &[],
            )
            .map_err(pg("reading the next id"))?
            .get(0))
    }
}
