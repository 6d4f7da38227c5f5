//! Writes to a PostgreSQL ledger: `PgWriter`, one transaction holding the write lock, which
//! appends to the hash-chained journal and does everything `LedgerWriter` asks, as SQLite's
//! writer does: the methods live by subject in `forecasts.rs`, `resolutions.rs`,
//! `corrections.rs`, `articles.rs`, `reviews.rs` and `import.rs`, the kept sums in
//! `kept.rs`, with the same checks, ids (`MAX(id) + 1` under the lock), rows, journal
//! bodies and kept-sum changes as SQLite's, from the same shared functions.

use super::import::Bulk;
use super::typed::p;
use super::{locked, pg, LockWait, Locked};
use crate::error::{Error, Result};
use crate::store::batch::Batch;
use crate::store::journal::{entry_hash, GENESIS};
use crate::store::kept::Pending;
use postgres::Client;
use rustc_hash::FxHashMap;

/// One write in progress: a transaction holding the write lock, the journal's head as it
/// was when the lock was taken, and the instant every entry of this write is logged at.
pub struct PgWriter<'c> {
    pub(super) tx: Locked<'c>,
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
    /// By slug, the first number its claims' own question keys may take (`forecasts::own_key`).
    pub(super) numbered: FxHashMap<String, u64>,
    /// Question keys stored before keys were put in NFC (SQLite's writer).
    pub(super) legacy_keys: Option<FxHashMap<String, String>>,
    /// Hand-resolved markets looked up in this write (SQLite's `forecasts::Markets`).
    pub(super) markets: crate::store::forecasts::Markets,
    /// Changes to the kept sums, written just before the commit.
    pub(super) kept: Pending,
    /// An import in progress (see `import.rs`).
    pub(super) bulk: Option<Bulk>,
    /// What the write's first statement read ahead for the forecast `add` said it would
    /// log (`Expect`), each used once at most; see `Prefetched`.
    pub(super) ahead: Prefetched,
    /// The first journal entry's hash, once known (the ledger's identity, see `anchor`).
    pub(super) first_hash: Option<String>,
}

/// What `add` is about to log, said before its write begins (`Ledger::expect_add`) so the
/// write's first statement, which reads the journal's head, also reads what logging it
/// looks up: the source, the question keys, the next ids and the source's kept sums.
#[derive(Debug, Clone, Default)]
pub struct Expect {
    /// The source's name as `add` gave it.
    pub source: String,
    /// The question keys the write may look up: `--question`'s key as given and as logged,
    /// or the slug of the claim.
    pub keys: Vec<String>,
}

/// What the write's first statement read for an `Expect`, under the write lock, so the
/// answers hold until this write changes them; each is updated or dropped where the write
/// changes what it answers (a question inserted, an outcome recorded, an id taken).
#[derive(Default)]
pub(crate) struct Prefetched {
    /// The next forecast id (`MAX(id) + 1`).
    pub next_forecast: Option<i64>,
    /// The next question id.
    pub next_question: Option<i64>,
    /// The next source id.
    pub next_source: Option<i64>,
    /// The source name looked up, with the rows `source_named`'s NOCASE look-up gives.
    pub source: Option<(String, Vec<(i64, String)>)>,
    /// ASCII question keys looked up: their ids, or `None` for no such question.
    pub keys: FxHashMap<String, Option<i64>>,
    /// Whether a question outcome is recorded for a question (by id).
    pub decided: FxHashMap<i64, bool>,
    /// The question of each forecast this write logged.
    pub question_of: FxHashMap<i64, i64>,
    /// For the forecast this write logged last: its id and the earlier forecast it repeats,
    /// if any, and whether that one stands voided as annulled (`repeated_forecast`'s answer,
    /// asked with its insert; an annulled one is named only when no other is repeated).
    pub repeat: Option<(i64, Option<(crate::store::Repeated, bool)>)>,
    /// The stored kept cells and shapes of one source (`kept::PgKept::load`'s answer).
    pub kept: Option<super::kept::KeptRows>,
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
    pub(crate) fn start<'c>(tx: Locked<'c>, now: Option<&str>) -> Result<PgWriter<'c>> {
        PgWriter::start_expecting(tx, now, None)
    }

    /// `start`, reading also what logging `expect` looks up (see `Prefetched`), in the same
    /// statement.
    pub(crate) fn start_expecting<'c>(
        mut tx: Locked<'c>,
        now: Option<&str>,
        expect: Option<&Expect>,
    ) -> Result<PgWriter<'c>> {
        let head = format!(
            "SELECT current_user::text, h.seq, h.hash, h.logged_at, ({SERVER_NOW}),
                    (SELECT hash FROM journal WHERE seq = 1)"
        );
        let from = "FROM (SELECT 1) one LEFT JOIN
                 (SELECT seq, hash, logged_at FROM journal ORDER BY seq DESC LIMIT 1) h ON true";
        let name = expect.map(|e| crate::model::names::canonical(&e.source).into_owned());
        let keys: Vec<&str> = expect
            .map(|e| e.keys.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let row = match &name {
            None => tx.query_typed_one(&format!("{head} {from}"), &[]),
            Some(name) => tx.query_typed_one(
                &format!(
                    "{head},
                        (SELECT COALESCE(MAX(id), 0) + 1 FROM forecasts),
                        (SELECT COALESCE(MAX(id), 0) + 1 FROM questions),
                        (SELECT COALESCE(MAX(id), 0) + 1 FROM sources),
                        s.ids, s.names, q.ids, q.keys, q.decided,
                        c.bins, c.n, c.hits, c.sum_p, c.sum_brier, c.sum_log,
                        sh.points, sh.horizons
                     {from}
                     LEFT JOIN (SELECT array_agg(id ORDER BY name = $1 DESC, id) AS ids,
                                       array_agg(name ORDER BY name = $1 DESC, id) AS names
                                FROM sources WHERE lower(name) = lower($1)) s ON true
                     LEFT JOIN (SELECT array_agg(q.id) AS ids, array_agg(q.key) AS keys,
                                       array_agg(EXISTS (SELECT 1 FROM question_outcomes o
                                                         WHERE o.question_id = q.id)) AS decided
                                FROM questions q WHERE q.key = ANY($2)) q ON true
                     LEFT JOIN LATERAL (SELECT array_agg(bin) AS bins, array_agg(n) AS n,
                                       array_agg(hits) AS hits, array_agg(sum_p) AS sum_p,
                                       array_agg(sum_brier) AS sum_brier,
                                       array_agg(sum_log) AS sum_log
                                FROM source_bin_sums WHERE source_id = s.ids[1]) c ON true
                     LEFT JOIN LATERAL (SELECT points, horizons FROM source_shapes
                                        WHERE source_id = s.ids[1]) sh ON true"
                ),
                &[p(name), p(&keys)],
            ),
        }
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
        let first_hash: Option<String> = row.get(5);
        let ahead = match name {
            Some(name) => Prefetched::from_row(&row, name, &keys)?,
            None => Prefetched::default(),
        };
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
            numbered: FxHashMap::default(),
            legacy_keys: None,
            markets: Default::default(),
            kept: Pending::default(),
            bulk: None,
            ahead,
            first_hash,
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
        self.with_entry(
            "",
            "",
            &[],
            kind,
            entity_id,
            body,
            "appending to the journal",
        )?;
        Ok((self.seq, self.hash.clone()))
    }

    /// Runs `parts` (`WITH` parts that write, such as `ins AS (INSERT ...)`, whose
    /// parameters are `params`, `$1` on) and appends the journal entry in the same
    /// statement (`WITH parts, entry AS (INSERT INTO journal ...) tail`): one wait for the
    /// server instead of two. With empty `parts`, only the entry. The entry's number and
    /// hash are worked out here, before: the ids in `body` were taken under the write
    /// lock. `tail` is the statement's `SELECT` (it sees the tables as they were before the
    /// statement); its rows are returned.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn with_entry(
        &mut self,
        parts: &str,
        tail: &str,
        params: &[(&(dyn postgres::types::ToSql + Sync), postgres::types::Type)],
        kind: &str,
        entity_id: i64,
        body: &str,
        what: &str,
    ) -> Result<Vec<postgres::Row>> {
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
        let n = params.len();
        let entry = format!(
            "INSERT INTO journal (seq, kind, entity_id, body, prev_hash, hash, logged_at, author)
             VALUES (${}, ${}, ${}, ${}, ${}, ${}, ${}, ${})",
            n + 1,
            n + 2,
            n + 3,
            n + 4,
            n + 5,
            n + 6,
            n + 7,
            n + 8
        );
        let sql = if parts.is_empty() {
            entry
        } else {
            format!("WITH {parts}, entry AS ({entry}) {tail}")
        };
        let mut all = params.to_vec();
        all.extend([
            p(&seq),
            p(&kind),
            p(&entity_id),
            p(&body),
            p(&self.hash),
            p(&hash),
            p(&self.now),
            p(&self.author),
        ]);
        let rows = self.tx.query_typed(&sql, &all).map_err(pg(what))?;
        if seq == 1 {
            self.first_hash = Some(hash.clone());
        }
        self.seq = seq;
        self.hash = hash;
        Ok(rows)
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

    /// `commit`, returning the first journal entry's hash when the write learnt it.
    pub(crate) fn commit_knowing_first(mut self) -> Result<Option<String>> {
        let first = self.first_hash.take();
        self.commit()?;
        Ok(first)
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

impl Prefetched {
    /// What the columns after the head's (from 6 on) of `start_expecting`'s statement say,
    /// for the source `name` and the question `keys` it asked about.
    fn from_row(row: &postgres::Row, name: String, keys: &[&str]) -> Result<Prefetched> {
        let mut ahead = Prefetched {
            next_forecast: Some(row.get(6)),
            next_question: Some(row.get(7)),
            next_source: Some(row.get(8)),
            ..Prefetched::default()
        };
        let ids: Vec<i64> = row.get::<_, Option<Vec<i64>>>(9).unwrap_or_default();
        let names: Vec<String> = row.get::<_, Option<Vec<String>>>(10).unwrap_or_default();
        let kept_for = ids.first().copied();
        ahead.source = Some((name, ids.into_iter().zip(names).collect()));
        // A key not found is known absent only when ASCII: `question_id` looks further for
        // another (its NFC form, a key stored before keys were put in NFC).
        for key in keys.iter().filter(|k| k.is_ascii()) {
            ahead.keys.insert(key.to_string(), None);
        }
        let q_ids: Vec<i64> = row.get::<_, Option<Vec<i64>>>(11).unwrap_or_default();
        let q_keys: Vec<String> = row.get::<_, Option<Vec<String>>>(12).unwrap_or_default();
        let decided: Vec<bool> = row.get::<_, Option<Vec<bool>>>(13).unwrap_or_default();
        for ((id, key), decided) in q_ids.into_iter().zip(q_keys).zip(decided) {
            ahead.keys.insert(key, Some(id));
            ahead.decided.insert(id, decided);
        }
        if let Some(source) = kept_for {
            ahead.kept = Some(super::kept::KeptRows::from_arrays(row, 14, source)?);
        }
        Ok(ahead)
    }
}
