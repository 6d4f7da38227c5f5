//! Writes to a PostgreSQL ledger: `PgWriter`, one transaction holding the write lock, which
//! appends to the hash-chained journal and (filled in by issue 16's write work) does
//! everything `LedgerWriter` asks, as SQLite's writer does. Until a method is built it
//! refuses with `not_yet` (exit 2, nothing written).

use super::{locked, not_yet, pg, LockWait};
use crate::error::Result;
use crate::model::{NewForecast, Outcome, QuestionEvent, VoidReason};
use crate::store::articles::{Extracted, NewArticle};
use crate::store::corrections::Correction;
use crate::store::forecasts::Resolved;
use crate::store::journal::{entry_hash, GENESIS};
use crate::store::resolutions::QuestionResolution;
use crate::store::reviews::NewReview;
use chrono::NaiveDate;
use postgres::{Client, Transaction};

/// One write in progress: a transaction holding the write lock, the journal's head as it
/// was when the lock was taken, and the instant every entry of this write is logged at.
pub struct PgWriter<'c> {
    tx: Transaction<'c>,
    seq: i64,
    hash: String,
    now: String,
    /// The database role writing (`current_user`), recorded in each entry.
    author: String,
}

impl PgWriter<'_> {
    /// Takes the write lock and reads the head. The write is logged at `now`, or just after
    /// the newest entry if the clock is not past it, so journal times never go backwards.
    pub fn begin<'c>(client: &'c mut Client, now: &str) -> Result<PgWriter<'c>> {
        PgWriter::start(locked(client, &LockWait::default())?, now)
    }

    /// Starts a write in `tx`, which holds the write lock (see `locked`).
    pub(crate) fn start<'c>(mut tx: Transaction<'c>, now: &str) -> Result<PgWriter<'c>> {
        let author: String = tx
            .query_one("SELECT current_user::text", &[])
            .map_err(pg("reading the role"))?
            .get(0);
        let row = tx
            .query_opt(
                "SELECT seq, hash, logged_at FROM journal ORDER BY seq DESC LIMIT 1",
                &[],
            )
            .map_err(pg("reading the journal head"))?;
        let (seq, hash, last_at): (i64, String, Option<String>) = match row {
            Some(r) => (r.get(0), r.get(1), r.get(2)),
            None => (0, GENESIS.to_string(), None),
        };
        let now = crate::time::Clock::after(now, last_at.as_deref());
        Ok(PgWriter {
            tx,
            seq,
            hash,
            now,
            author,
        })
    }

    /// Appends one entry, chained to the one before; returns its sequence number and hash.
    pub fn append(&mut self, kind: &str, entity_id: i64, body: &str) -> Result<(i64, String)> {
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
            .execute(
                "INSERT INTO journal (seq, kind, entity_id, body, prev_hash, hash, logged_at, author)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                &[
                    &seq,
                    &kind,
                    &entity_id,
                    &body,
                    &self.hash,
                    &hash,
                    &self.now,
                    &self.author,
                ],
            )
            .map_err(pg("appending to the journal"))?;
        self.seq = seq;
        self.hash = hash.clone();
        Ok((seq, hash))
    }

    /// Commits the write and releases the lock.
    pub fn commit(self) -> Result<()> {
        self.tx.commit().map_err(pg("committing"))
    }
}

/// The write operations, with the signatures of `LedgerWriter` (store.rs hands each call
/// here).
impl PgWriter<'_> {
    pub(crate) fn extracted_so_far(&mut self, _id: i64) -> Result<Extracted> {
        not_yet("extract --save")
    }

    pub(crate) fn find_article(
        &mut self,
        _source: &str,
        _sha256: &str,
    ) -> Result<Option<(i64, String)>> {
        not_yet("extract --save")
    }

    pub(crate) fn insert_article(&mut self, _a: &NewArticle) -> Result<i64> {
        not_yet("extract --save")
    }

    pub(crate) fn correct(&mut self, _id: i64, _c: &Correction, _today: NaiveDate) -> Result<i64> {
        not_yet("correct")
    }

    pub(crate) fn ensure_source(&mut self, _name: &str) -> Result<i64> {
        not_yet("add")
    }

    pub(crate) fn ensure_question(&mut self, _key: &str) -> Result<i64> {
        not_yet("add")
    }

    pub(crate) fn insert_forecast(&mut self, _f: &NewForecast) -> Result<i64> {
        not_yet("add")
    }

    pub(crate) fn import_forecast(
        &mut self,
        _f: &NewForecast,
        _resolved: Option<&Resolved<'_>>,
    ) -> Result<i64> {
        not_yet("import")
    }

    pub(crate) fn record_import(&mut self, _sha256: &str, _name: &str, _rows: u64) -> Result<()> {
        not_yet("import")
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn resolve_forecast(
        &mut self,
        _id: i64,
        _outcome: Outcome,
        _on: NaiveDate,
        _note: Option<&str>,
        _reason: Option<VoidReason>,
        _amend: bool,
        _today: NaiveDate,
    ) -> Result<()> {
        not_yet("resolve")
    }

    pub(crate) fn resolve_question(
        &mut self,
        _key: &str,
        _event: QuestionEvent,
        _note: Option<&str>,
        _today: NaiveDate,
    ) -> Result<QuestionResolution> {
        not_yet("resolve --question")
    }

    pub(crate) fn apply_known_outcomes(
        &mut self,
        _today: NaiveDate,
    ) -> Result<Vec<QuestionResolution>> {
        not_yet("resolve")
    }

    pub(crate) fn apply_known_outcomes_to(
        &mut self,
        _id: i64,
        _today: NaiveDate,
    ) -> Result<Option<QuestionResolution>> {
        not_yet("add")
    }

    pub(crate) fn insert_review(
        &mut self,
        _article: i64,
        _r: &NewReview,
        _forecast: Option<i64>,
    ) -> Result<i64> {
        not_yet("extract --save")
    }

    pub(crate) fn trim_caches(&mut self) -> Result<()> {
        Ok(())
    }

    pub(crate) fn begin_import_batch(&mut self) -> Result<()> {
        not_yet("import")
    }
}

/// Counts the kept sums again from the rows (a ledger migrated across a version that
/// changed what they hold), in `tx`.
pub(crate) fn rebuild_kept_sums(_tx: &mut Transaction<'_>) -> Result<()> {
    not_yet("migrating a PostgreSQL ledger that holds forecasts")
}
