//! The storage seam: what commands read from a ledger (`Ledger`) and what one write
//! transaction does (`LedgerWriter`), in the ledger's terms, with one implementation per
//! backend (SQLite: `SqliteStore`/`SqliteWriter` in this module's siblings; PostgreSQL:
//! `pg::PgStore`/`pg::PgWriter`). Commands hold a `Store`, which opens either backend from
//! a `Target` and hands every call to it, so no command knows which backend it talks to
//! (taskchampion's `Storage`/`StorageTxn` split, for the same reason).
//!
//! Decisions:
//! - The methods keep the signatures the SQLite store has always had; only the receiver
//!   changed. A method generic over a closure or a result type cannot sit in a trait object,
//!   so each has an object-safe form here (`list_each_dyn`, `scan_score_rows_dyn`,
//!   `write_dyn`) and `Store` keeps the generic method commands call.
//! - A parallel report scan is the backend's business (SQLite opens one read connection per
//!   slice); the seam passes the per-slice accumulators as `Box<dyn Any + Send>` and
//!   `Store::scan_score_rows_parallel` gives them back typed.
//! - `Store` dereferences to `dyn Ledger`, so `store.list(..)` reads as it always did.

use super::articles::{Extracted, NewArticle};
use super::copy::{CopyTarget, Rows, Table};
use super::corrections::Correction;
use super::forecasts::{ArticleInfo, ListFilter, Resolved};
use super::questions::QuestionSummary;
use super::resolutions::{Conflict, OutcomeRow, QuestionAmendment, QuestionResolution};
use super::reviews::{AuditRow, NewReview, ReviewOf};
use super::rows::{Scan, Slices};
use super::target::Target;
use super::verify::{Finding, Verified};
use super::{Access, ClockAhead, OpenOptions, SqliteStore};
use crate::error::Result;
use crate::model::{
    Forecast, ForecastRef, NewForecast, Outcome, QuestionEvent, Resolution, VoidReason,
};
use crate::report::rows::{KeptSums, MarketRow, ReportFilter, ScoreRow};
use chrono::NaiveDate;
use std::any::Any;
use std::path::Path;

/// One slice's accumulator in a parallel scan (see `Store::scan_score_rows_parallel`).
pub type Partial = Box<dyn Any + Send>;

/// What commands read from a ledger, and the operations on the ledger as a whole.
pub trait Ledger: Send {
    /// The file the ledger lives in, for a file-based backend (commands refuse to write an
    /// output file over it); `None` for a server.
    fn path(&self) -> Option<&Path>;

    /// Where the ledger lives, as messages name it (a file path, or a server URL without
    /// its password).
    fn location(&self) -> String;

    /// Runs `f` in one write transaction and commits once; an error rolls everything back.
    /// Commands call the generic `Store::write`.
    fn write_dyn(
        &mut self,
        now: &str,
        f: &mut dyn FnMut(&mut dyn LedgerWriter) -> Result<()>,
    ) -> Result<()>;

    /// `write_dyn` for an import: one transaction all the same, but a backend may check the
    /// references of the rows written once at the end instead of row by row (SQLite does).
    fn import_dyn(
        &mut self,
        now: &str,
        f: &mut dyn FnMut(&mut dyn LedgerWriter) -> Result<()>,
    ) -> Result<()> {
        self.write_dyn(now, f)
    }

    /// `write_dyn` for what may resolve many forecasts at once (`resolve --question`,
    /// `resolve --from`): a backend may check the references of the rows written once at
    /// the end instead of row by row (SQLite does).
    fn resolve_dyn(
        &mut self,
        now: &str,
        f: &mut dyn FnMut(&mut dyn LedgerWriter) -> Result<()>,
    ) -> Result<()> {
        self.write_dyn(now, f)
    }

    /// Takes away what opening this ledger created, if nothing was ever written to it, or
    /// whatever was written when `written_too` (a copy that does not verify).
    fn discard_created(self: Box<Self>, written_too: bool);

    /// Whether opening it created this ledger (a new SQLite file, or the schema in an empty
    /// PostgreSQL database).
    fn created(&self) -> bool;

    /// For a reader of an older ledger: the file's schema version, when it is read through
    /// a copy upgraded in memory (the file itself is never migrated by a reader).
    fn upgraded_from(&self) -> Option<i64> {
        None
    }

    /// Hands every table's rows to `each`, in `copy::TABLES` order, from one snapshot (the
    /// source of `forecast copy`).
    fn dump_dyn(
        &self,
        each: &mut dyn FnMut(&'static Table, &mut Rows<'_>) -> Result<()>,
    ) -> Result<()>;

    /// Fills this ledger, which must hold nothing, in one write transaction (the target of
    /// `forecast copy`): `fill` writes the tables, then it commits.
    fn load_dyn(&mut self, fill: &mut dyn FnMut(&mut dyn CopyTarget) -> Result<()>) -> Result<()>;

    /// The article this source already has with this text, and what its extraction settled.
    fn prior_extraction(&self, source: &str, sha256: &str) -> Result<Option<(i64, Extracted)>>;

    /// The articles with this text (digest), whatever their source: id and source name,
    /// the first five by id.
    fn articles_with_text(&self, sha256: &str) -> Result<Vec<(i64, String)>>;

    /// Copies this ledger into a new SQLite file at `target` (see `cmd::backup`).
    fn backup_to(&self, target: &Path) -> Result<()>;

    /// Whether the ledger holds any forecast.
    fn has_forecasts(&self) -> Result<bool>;

    /// Forecasts matching `filter`, oldest first, with their status on `today`.
    fn list(&self, filter: &ListFilter, today: NaiveDate) -> Result<Vec<Forecast>>;

    /// The same forecasts handed to `each` one at a time, in id order; `each` returns
    /// false to stop. Commands call the generic `Store::list_each`.
    fn list_each_dyn(
        &self,
        filter: &ListFilter,
        today: NaiveDate,
        each: &mut dyn FnMut(Forecast) -> Result<bool>,
    ) -> Result<()>;

    /// The same forecasts as borrowed views; by default each `Forecast` of
    /// `list_each_dyn`, borrowed (SQLite hands out its rows' texts without copying them).
    fn list_refs_dyn(
        &self,
        filter: &ListFilter,
        today: NaiveDate,
        each: &mut dyn FnMut(&ForecastRef<'_>) -> Result<bool>,
    ) -> Result<()> {
        self.list_each_dyn(filter, today, &mut |f| each(&f.borrowed()))
    }

    /// One forecast by id.
    fn forecast(&self, id: i64, today: NaiveDate) -> Result<Forecast>;

    /// Every resolution a forecast has had, oldest first.
    fn history(&self, id: i64) -> Result<Vec<Resolution>>;

    /// Who logged forecast `id`, from its journal entry.
    fn logged_by(&self, id: i64) -> Result<Option<String>>;

    /// The article a forecast came from.
    fn article(&self, id: i64) -> Result<Option<ArticleInfo>>;

    /// What the extractor proposed for the candidate forecast `id` was logged from, when
    /// a review logged it.
    fn review_of(&self, id: i64) -> Result<Option<ReviewOf>>;

    /// The refusal a write would meet because this connection's role may only read the
    /// ledger (PostgreSQL's reader role), asked before work that ends in a write (a review
    /// walk) so nothing is said or asked first; `None` on SQLite, whose refusals come from
    /// the file.
    fn write_refusal(&self) -> Result<Option<crate::error::Error>>;

    /// The kept sums, and what today's date takes out of them.
    fn kept_sums(&self, today: NaiveDate) -> Result<KeptSums>;

    /// A short id of this ledger: the first 12 hex digits of its first journal entry's hash,
    /// or `empty`.
    fn ledger_id(&self) -> Result<String>;

    /// A question on which another source already made the claim `claim` (same words, any
    /// case).
    fn question_with_claim_elsewhere(&self, claim: &str, source: &str) -> Result<Option<String>>;

    /// The same source's latest current forecast with the claim `claim` (same words, any
    /// case): its question key and id.
    fn own_claim(
        &self,
        claim: &str,
        source: &str,
        deadline: NaiveDate,
    ) -> Result<Option<(String, i64)>>;

    /// What `add` asks before it writes, in one call: with `claims`, the source's own
    /// earlier forecast of the claim (`own_claim`) and another source's question with it
    /// (`question_with_claim_elsewhere`); and whether `check_source` passes for the
    /// source. PostgreSQL asks them in one statement (one wait for the server, not three).
    fn add_checks(
        &self,
        claim: &str,
        source: &str,
        deadline: NaiveDate,
        claims: bool,
    ) -> Result<AddChecks> {
        let (own, elsewhere) = if claims {
            (
                self.own_claim(claim, source, deadline)?,
                self.question_with_claim_elsewhere(claim, source)?,
            )
        } else {
            (None, None)
        };
        Ok(AddChecks {
            own,
            elsewhere,
            source_known: self.check_source(source).is_ok(),
        })
    }

    /// Says that the next write will log `forecast` as `add` does, so that a backend that
    /// can read ahead what logging it looks up does so with the write's first statement
    /// (PostgreSQL; see `pg::write::Prefetched`). Changes nothing that is written.
    fn expect_add(&self, _forecast: &NewForecast) {}

    /// Every question, in key order.
    fn question_summaries(&self) -> Result<Vec<QuestionSummary>>;

    /// Per source (all, or the one named), how the reviewed candidates fared, by name.
    fn audit(&self, source: Option<&str>) -> Result<Vec<AuditRow>>;

    /// Every source's name, in name order.
    fn source_names(&self) -> Result<Vec<String>>;

    /// Refuses a `--source` that names no source in the ledger, suggesting the nearest name.
    fn check_source(&self, name: &str) -> Result<()>;

    /// Refuses a question key that names no question.
    fn check_question(&self, key: &str) -> Result<()>;

    /// The stored spellings of a `--tag` (one, unless the ledger holds spellings from
    /// before tags were stored in one); refuses a tag no forecast carries, suggesting the
    /// nearest tag.
    fn check_tag(&self, tag: &str) -> Result<Vec<String>>;

    /// Source ids and names for the filter, in name order.
    fn report_sources(&self, filter: &ReportFilter) -> Result<Vec<(i64, String)>>;

    /// How many current forecasts were made, and how many resolved, after `day`.
    fn dated_after(&self, day: NaiveDate) -> Result<(u64, u64)>;

    /// Of the current forecasts `filter` selects, how many resolved true or false carry an
    /// `attributed-to:` tag, and how many of those have a deadline before `today`.
    fn attributed_resolved(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<(u64, u64)>;

    /// Scans the report rows `what` selects, folding them into accumulators made by `init`
    /// (one per slice the backend splits the scan into). Commands call the generic
    /// `Store::scan_score_rows_parallel`.
    fn scan_score_rows_dyn(
        &self,
        what: &Scan<'_>,
        slices: Slices,
        init: &(dyn Fn() -> Partial + Sync),
        add: &(dyn Fn(&mut Partial, ScoreRow) + Sync),
    ) -> Result<Vec<Partial>>;

    /// Every tag in the ledger, once each, sorted.
    fn report_tags(&self) -> Result<Vec<String>>;

    /// The current forecasts `filter` selects, as market scoring reads them, in id order.
    fn market_rows(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>>;

    /// Like `market_rows`, without the `amended` flag (read as false; `late` is read).
    fn market_rows_unamended(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>>;

    /// The current forecasts on question `key`; `None` when there is no such question.
    fn question_market_rows(&self, key: &str, today: NaiveDate) -> Result<Option<Vec<MarketRow>>>;

    /// Every recorded question outcome (question id, event), in the order recorded.
    fn question_events(&self) -> Result<Vec<(i64, QuestionEvent)>>;

    /// Every current corrected forecast with its first version's id (its place in its
    /// market, `report::rows::MarketRow::lineage`), in no order.
    fn lineage_firsts(&self) -> Result<Vec<(i64, i64)>>;

    /// Every superseded version of a forecast with its lineage's current version, in id
    /// order (`rows::SUPERSEDED_SQL`).
    fn superseded_versions(&self) -> Result<Vec<super::Version>>;

    /// The forecasts of the source called `source` (matched as sources are), current ones
    /// then the versions `correct` replaced, each in id order (`rows::source_claims_sql`);
    /// none when the ledger has no such source.
    fn source_claims(&self, source: &str) -> Result<Vec<super::SourceClaim>>;

    /// The key of question `id`, if there is one.
    fn question_key(&self, id: i64) -> Result<Option<String>>;

    /// The current forecasts on question `key` that carry a condition: (id, source name,
    /// condition), in id order (`rows::QUESTION_CONDITIONS_SQL`).
    fn question_conditions(&self, key: &str) -> Result<Vec<(i64, String, String)>>;

    /// Checks the whole ledger (`forecast verify`): the chain, the records against their
    /// entries, the guards, the kept sums; the first finding, or what was checked.
    fn verify(&self) -> Result<std::result::Result<Verified, Finding>>;

    /// `verify --full`: the storage engine's own check of every index against its table
    /// (SQLite's `integrity_check`, which `verify`'s `quick_check` leaves out: audit 17 A7),
    /// `ok` or its first complaint; `None` where the tool has no such check (a PostgreSQL
    /// server checks its indexes with its `amcheck` extension).
    fn index_check(&self) -> Result<Option<String>> {
        Ok(None)
    }

    /// The newest entry's sequence number and hash (the genesis hash for an empty ledger).
    fn head(&self) -> Result<(i64, String)>;

    /// The journal's head as the last write through this store found it, when it was more
    /// than `AHEAD_LIMIT` ahead of the clock of record (see `store::clock`): said on stderr.
    fn clock_ahead(&self) -> Option<ClockAhead>;

    /// The journal's head against the clock of record now (`now`, this machine's instant,
    /// or the PostgreSQL server's clock): `verify`'s warning.
    fn head_ahead(&self, now: &str) -> Result<Option<ClockAhead>>;

    /// Whether an entry with this hash is in the chain (a head published earlier): its
    /// sequence number.
    fn has_hash(&self, hash: &str) -> Result<Option<i64>>;

    /// The hash of entry `seq`, if the chain has it (the first entry's is the ledger's
    /// identity, see `anchor`).
    fn entry_hash(&self, seq: i64) -> Result<Option<String>>;

    /// `has_hash(hash)` and `head()` together, as keeping the head after a write asks them
    /// (see `anchor`); PostgreSQL reads both in one statement.
    fn seen_and_head(&self, hash: Option<&str>) -> Result<(Option<i64>, (i64, String))> {
        let seen = match hash {
            Some(h) => self.has_hash(h)?,
            None => None,
        };
        Ok((seen, self.head()?))
    }
}

/// What `add` asks before it writes (`Ledger::add_checks`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddChecks {
    /// The same source's latest current forecast of the claim: its question key and id.
    pub own: Option<(String, i64)>,
    /// A question on which another source made the claim.
    pub elsewhere: Option<String>,
    /// Whether the source is in the ledger (`check_source` passes).
    pub source_known: bool,
}

/// The existing question keys near a new key `add` names (`LedgerWriter::question_key_alike`),
/// the first of each kind by question id.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct KeyNear {
    /// A key that differs only in case, spacing or punctuation (`names::key_fold`): `add`
    /// refuses the new key, naming it.
    pub alike: Option<String>,
    /// A key one edit away, in letters (`names::key_slip`): `add` logs the forecast with a
    /// hint naming it (ad4 F2).
    pub slip: Option<String>,
}

/// What one write transaction does (see `Store::write`).
pub trait LedgerWriter {
    /// What earlier extractions of article `id` settled (read inside this transaction).
    fn extracted_so_far(&mut self, id: i64) -> Result<Extracted>;

    /// The article already recorded for this source with this digest.
    fn find_article(&mut self, source: &str, sha256: &str)
        -> Result<Option<(i64, String, String)>>;

    /// The forecast that `f` would repeat (same source, claim, probability, made_on,
    /// deadline, stance and condition), any version, with the article it came from and the
    /// forecast that corrected it (`SameForecast`).
    fn same_forecast(&mut self, f: &NewForecast) -> Result<Option<crate::store::SameForecast>>;

    /// Logs an article and returns its id.
    fn insert_article(&mut self, a: &NewArticle) -> Result<i64>;

    /// Records a new version of forecast `id`; returns the new version's id.
    fn correct(&mut self, id: i64, c: &Correction, today: NaiveDate) -> Result<i64>;

    /// The id of the source named `name` (case-insensitive), created if new.
    fn ensure_source(&mut self, name: &str) -> Result<i64>;

    /// The existing question keys near `key`, when `key` is not a question yet (`KeyNear`);
    /// asked inside the write, so no other writer creates one between the look and the
    /// insert.
    fn question_key_alike(&mut self, key: &str) -> Result<KeyNear>;

    /// The id of the question `key`, created if new.
    fn ensure_question(&mut self, key: &str) -> Result<i64>;

    /// Logs one forecast and returns its id.
    fn insert_forecast(&mut self, f: &NewForecast) -> Result<i64>;

    /// Logs one forecast, resolved at once when `resolved` is given, and returns its id.
    fn import_forecast(&mut self, f: &NewForecast, resolved: Option<&Resolved<'_>>) -> Result<i64>;

    /// Records an import of `rows` rows from a file with this digest; refuses a digest seen
    /// before.
    fn record_import(&mut self, sha256: &str, name: &str, rows: u64) -> Result<()>;

    /// The first forecast logged from id `first_new` on (by an import of `new_rows` rows)
    /// that repeats a forecast logged before it, current or superseded (`Repeated`); one
    /// voided as annulled only with `count_annulled` (`imports::annulled`).
    fn repeated_forecast(
        &mut self,
        first_new: i64,
        new_rows: u64,
        count_annulled: bool,
    ) -> Result<Option<super::Repeated>>;

    /// How many of an import's rows from `first_new` on say the event of their market the
    /// other way from the import's first row of it, and the first `keep` of them
    /// (`imports::CONTRADICTING_SQL`).
    fn contradicting_rows(
        &mut self,
        first_new: i64,
        keep: usize,
    ) -> Result<(u64, Vec<super::Contradiction>)>;

    /// Whether a row of an outcomes file says again what the ledger holds
    /// (`resolutions::repeats_recorded`).
    fn repeats_recorded(&mut self, row: &OutcomeRow<'_>) -> Result<bool>;

    /// Resolves forecast `id` by hand; one already resolved only with `amend` and a note.
    #[allow(clippy::too_many_arguments)]
    fn resolve_forecast(
        &mut self,
        id: i64,
        outcome: Outcome,
        on: NaiveDate,
        note: Option<&str>,
        reason: Option<VoidReason>,
        amend: bool,
        today: NaiveDate,
    ) -> Result<()>;

    /// Records what happened to question `key`'s event and resolves every forecast on it
    /// that the event decides.
    fn resolve_question(
        &mut self,
        key: &str,
        event: QuestionEvent,
        note: Option<&str>,
        today: NaiveDate,
    ) -> Result<QuestionResolution>;

    /// Amends question `key`'s outcome: `event` replaces the outcomes in force, and the
    /// forecasts they decided are decided again (`resolutions::amend_question`).
    fn amend_question(
        &mut self,
        key: &str,
        event: QuestionEvent,
        note: Option<&str>,
        today: NaiveDate,
    ) -> Result<QuestionAmendment>;

    /// Applies every recorded question outcome to the unresolved forecasts it decides; one
    /// summary per question that changed anything.
    fn apply_known_outcomes(&mut self, today: NaiveDate) -> Result<Vec<QuestionResolution>>;

    /// Like `apply_known_outcomes`, for forecast `id` only.
    fn apply_known_outcomes_to(
        &mut self,
        id: i64,
        today: NaiveDate,
    ) -> Result<Option<QuestionResolution>>;

    /// The keys of the questions with a recorded outcome.
    fn decided_keys(&mut self) -> Result<rustc_hash::FxHashSet<String>>;

    /// Calls `f` with every question key the ledger holds, in one query (an import reads
    /// them once, to refuse a key that differs from one of them only in case, spacing or
    /// punctuation).
    fn each_question_key(&mut self, f: &mut dyn FnMut(&str)) -> Result<()>;

    /// The forecasts among `ids` (sorted) on question `key` that were logged resolved and
    /// that its recorded outcome decides otherwise (an import's rows; reported, not applied).
    fn recorded_conflicts(&mut self, key: &str, ids: &[i64]) -> Result<Vec<Conflict>>;

    /// Records one decision about a candidate of `article`, with the forecast logged from it.
    fn insert_review(&mut self, article: i64, r: &NewReview, forecast: Option<i64>) -> Result<i64>;

    /// Keeps a long write's memory bounded (an import calls it every few thousand rows).
    fn trim_caches(&mut self) -> Result<()>;

    /// Starts an import batch, ended by `record_import`.
    fn begin_import_batch(&mut self) -> Result<()>;
}

/// A write in progress, as commands name it.
pub type Writer<'a> = dyn LedgerWriter + 'a;

/// Which of the backend's write entries `Store::write_once` takes.
#[derive(Clone, Copy)]
enum WriteKind {
    Plain,
    Import,
    Resolving,
}

/// An open ledger on either backend: what commands hold. It dereferences to `dyn Ledger`
/// for the reads; the generic methods below wrap the trait's object-safe forms.
pub struct Store {
    backend: Box<dyn Ledger>,
}

impl std::ops::Deref for Store {
    type Target = dyn Ledger;
    fn deref(&self) -> &(dyn Ledger + 'static) {
        self.backend.as_ref()
    }
}

impl Store {
    /// Opens the ledger `target` names: an SQLite file, or a PostgreSQL database (connected,
    /// its schema created or migrated for `Write`, checked for `Read`).
    pub fn open_target(target: &Target, access: Access, opts: OpenOptions) -> Result<Store> {
        let backend: Box<dyn Ledger> = match target {
            Target::Sqlite(path) => Box::new(SqliteStore::open_with(path, access, opts)?),
            Target::Postgres(pg) => Box::new(super::pg::PgStore::open(pg, access, opts)?),
        };
        Ok(Store { backend })
    }

    /// Opens the SQLite ledger at `path` with the default options.
    pub fn open(path: &Path, access: Access) -> Result<Store> {
        Store::open_with(path, access, OpenOptions::default())
    }

    /// Opens the SQLite ledger at `path` (see `SqliteStore::open_with`).
    pub fn open_with(path: &Path, access: Access, opts: OpenOptions) -> Result<Store> {
        Ok(Store {
            backend: Box::new(SqliteStore::open_with(path, access, opts)?),
        })
    }

    /// A fresh, migrated SQLite ledger in memory (tests).
    pub fn open_in_memory() -> Result<Store> {
        Ok(Store {
            backend: Box::new(SqliteStore::open_in_memory()?),
        })
    }

    /// The file the ledger lives in; an empty path (which names no file) for a server, so
    /// the check that an output file is not the ledger passes.
    pub fn path(&self) -> &Path {
        self.backend.path().unwrap_or(Path::new(""))
    }

    /// Takes away a ledger this command created, if nothing was ever written to it.
    pub fn discard_if_unused(self) {
        self.backend.discard_created(false)
    }

    /// Takes away a ledger this command created, with what it wrote there: the target of a
    /// copy that does not verify, so the refusal leaves nothing behind (ad5 F5).
    pub fn discard_created(self) {
        self.backend.discard_created(true)
    }

    /// Runs `f` in one write transaction and commits once; an error rolls everything back.
    pub fn write<T>(
        &mut self,
        now: &str,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        self.write_once(now, WriteKind::Plain, f)
    }

    /// `write` for an import (see `Ledger::import_dyn`).
    pub fn write_import<T>(
        &mut self,
        now: &str,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        self.write_once(now, WriteKind::Import, f)
    }

    /// `write` for what may resolve many forecasts at once (see `Ledger::resolve_dyn`).
    pub fn write_resolving<T>(
        &mut self,
        now: &str,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        self.write_once(now, WriteKind::Resolving, f)
    }

    /// `f` run once through the backend's object-safe `write_dyn`, `import_dyn` or
    /// `resolve_dyn`, which take a repeatable closure and return nothing, with `f`'s value
    /// handed back.
    fn write_once<T>(
        &mut self,
        now: &str,
        kind: WriteKind,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut f = Some(f);
        let mut out = None;
        let mut once = |w: &mut Writer<'_>| {
            if let Some(f) = f.take() {
                out = Some(f(w)?);
            }
            Ok(())
        };
        match kind {
            WriteKind::Plain => self.backend.write_dyn(now, &mut once)?,
            WriteKind::Import => self.backend.import_dyn(now, &mut once)?,
            WriteKind::Resolving => self.backend.resolve_dyn(now, &mut once)?,
        }
        Ok(out.expect("a write runs its closure"))
    }

    /// Copies this whole ledger into `target`, which must hold nothing, in one transaction
    /// on the target. `progress` hears a table's name and the rows copied so far every
    /// 4,096 rows, and once more when the table is done (`true`). Returns the rows copied.
    pub fn copy_to(
        &self,
        target: &mut Store,
        progress: &mut dyn FnMut(&str, u64, bool),
    ) -> Result<u64> {
        let mut total = 0;
        target.backend.load_dyn(&mut |sink| {
            self.backend.dump_dyn(&mut |table, rows| {
                let mut seen = 0u64;
                let mut counted = rows.inspect(|_| {
                    seen += 1;
                    if seen % 4096 == 0 {
                        progress(table.name, seen, false);
                    }
                });
                let n = sink.table(table, &mut counted)?;
                progress(table.name, n, true);
                total += n;
                Ok(())
            })
        })?;
        Ok(total)
    }

    /// Forecasts matching `filter` handed to `each` one at a time, in id order; `each`
    /// returns false to stop.
    pub fn list_each(
        &self,
        filter: &ListFilter,
        today: NaiveDate,
        mut each: impl FnMut(Forecast) -> Result<bool>,
    ) -> Result<()> {
        self.backend.list_each_dyn(filter, today, &mut each)
    }

    /// The same forecasts, each borrowing its texts where the backend can (a large CSV
    /// listing writes them without copying).
    pub fn list_refs(
        &self,
        filter: &ListFilter,
        today: NaiveDate,
        mut each: impl FnMut(&ForecastRef<'_>) -> Result<bool>,
    ) -> Result<()> {
        self.backend.list_refs_dyn(filter, today, &mut each)
    }

    /// Scans the report rows `what` selects, in slices when the backend can (see
    /// `Slices`), folding each slice into an accumulator from `init`; returns the
    /// accumulators to merge.
    pub fn scan_score_rows_parallel<T: Send + 'static>(
        &self,
        what: &Scan<'_>,
        slices: Slices,
        init: impl Fn() -> T + Sync,
        add: impl Fn(&mut T, ScoreRow) + Sync,
    ) -> Result<Vec<T>> {
        let init = || Box::new(init()) as Partial;
        let add = |acc: &mut Partial, row: ScoreRow| {
            add(
                acc.downcast_mut::<T>()
                    .expect("a slice's accumulator is what init made"),
                row,
            )
        };
        Ok(self
            .backend
            .scan_score_rows_dyn(what, slices, &init, &add)?
            .into_iter()
            .map(|p| {
                *p.downcast::<T>()
                    .expect("a slice's accumulator is what init made")
            })
            .collect())
    }
}

/// The SQLite backend behind the seam: every method is the store's own.
impl Ledger for SqliteStore {
    fn path(&self) -> Option<&Path> {
        Some(SqliteStore::path(self))
    }
    fn location(&self) -> String {
        SqliteStore::path(self).display().to_string()
    }
    fn write_dyn(
        &mut self,
        now: &str,
        f: &mut dyn FnMut(&mut dyn LedgerWriter) -> Result<()>,
    ) -> Result<()> {
        SqliteStore::write(self, now, |w| f(w))
    }
    fn import_dyn(
        &mut self,
        now: &str,
        f: &mut dyn FnMut(&mut dyn LedgerWriter) -> Result<()>,
    ) -> Result<()> {
        SqliteStore::write_import(self, now, |w| f(w))
    }
    fn resolve_dyn(
        &mut self,
        now: &str,
        f: &mut dyn FnMut(&mut dyn LedgerWriter) -> Result<()>,
    ) -> Result<()> {
        SqliteStore::write_resolving(self, now, |w| f(w))
    }
    fn created(&self) -> bool {
        !self.created.is_empty()
    }
    fn upgraded_from(&self) -> Option<i64> {
        SqliteStore::upgraded_from(self)
    }
    fn discard_created(self: Box<Self>, written_too: bool) {
        SqliteStore::discard_created(*self, written_too)
    }
    fn dump_dyn(
        &self,
        each: &mut dyn FnMut(&'static Table, &mut Rows<'_>) -> Result<()>,
    ) -> Result<()> {
        SqliteStore::dump(self, each)
    }
    fn load_dyn(&mut self, fill: &mut dyn FnMut(&mut dyn CopyTarget) -> Result<()>) -> Result<()> {
        SqliteStore::load(self, fill)
    }
    fn prior_extraction(&self, source: &str, sha256: &str) -> Result<Option<(i64, Extracted)>> {
        SqliteStore::prior_extraction(self, source, sha256)
    }
    fn articles_with_text(&self, sha256: &str) -> Result<Vec<(i64, String)>> {
        SqliteStore::articles_with_text(self, sha256)
    }
    fn backup_to(&self, target: &Path) -> Result<()> {
        SqliteStore::backup_to(self, target)
    }
    fn has_forecasts(&self) -> Result<bool> {
        SqliteStore::has_forecasts(self)
    }
    fn list(&self, filter: &ListFilter, today: NaiveDate) -> Result<Vec<Forecast>> {
        SqliteStore::list(self, filter, today)
    }
    fn list_each_dyn(
        &self,
        filter: &ListFilter,
        today: NaiveDate,
        each: &mut dyn FnMut(Forecast) -> Result<bool>,
    ) -> Result<()> {
        SqliteStore::list_each(self, filter, today, each)
    }
    fn list_refs_dyn(
        &self,
        filter: &ListFilter,
        today: NaiveDate,
        each: &mut dyn FnMut(&ForecastRef<'_>) -> Result<bool>,
    ) -> Result<()> {
        SqliteStore::list_refs(self, filter, today, each)
    }
    fn forecast(&self, id: i64, today: NaiveDate) -> Result<Forecast> {
        SqliteStore::forecast(self, id, today)
    }
    fn history(&self, id: i64) -> Result<Vec<Resolution>> {
        SqliteStore::history(self, id)
    }
    fn logged_by(&self, id: i64) -> Result<Option<String>> {
        SqliteStore::logged_by(self, id)
    }
    fn article(&self, id: i64) -> Result<Option<ArticleInfo>> {
        SqliteStore::article(self, id)
    }
    fn review_of(&self, id: i64) -> Result<Option<ReviewOf>> {
        SqliteStore::review_of(self, id)
    }
    fn write_refusal(&self) -> Result<Option<crate::error::Error>> {
        Ok(None)
    }
    fn kept_sums(&self, today: NaiveDate) -> Result<KeptSums> {
        SqliteStore::kept_sums(self, today)
    }
    fn ledger_id(&self) -> Result<String> {
        SqliteStore::ledger_id(self)
    }
    fn question_with_claim_elsewhere(&self, claim: &str, source: &str) -> Result<Option<String>> {
        SqliteStore::question_with_claim_elsewhere(self, claim, source)
    }
    fn own_claim(
        &self,
        claim: &str,
        source: &str,
        deadline: NaiveDate,
    ) -> Result<Option<(String, i64)>> {
        SqliteStore::own_claim(self, claim, source, deadline)
    }
    fn add_checks(
        &self,
        claim: &str,
        source: &str,
        deadline: NaiveDate,
        claims: bool,
    ) -> Result<AddChecks> {
        SqliteStore::add_checks(self, claim, source, deadline, claims)
    }
    fn question_summaries(&self) -> Result<Vec<QuestionSummary>> {
        SqliteStore::question_summaries(self)
    }
    fn audit(&self, source: Option<&str>) -> Result<Vec<AuditRow>> {
        SqliteStore::audit(self, source)
    }
    fn source_names(&self) -> Result<Vec<String>> {
        SqliteStore::source_names(self)
    }
    fn check_source(&self, name: &str) -> Result<()> {
        SqliteStore::check_source(self, name)
    }
    fn check_question(&self, key: &str) -> Result<()> {
        SqliteStore::check_question(self, key)
    }
    fn check_tag(&self, tag: &str) -> Result<Vec<String>> {
        SqliteStore::check_tag(self, tag)
    }
    fn report_sources(&self, filter: &ReportFilter) -> Result<Vec<(i64, String)>> {
        SqliteStore::report_sources(self, filter)
    }
    fn dated_after(&self, day: NaiveDate) -> Result<(u64, u64)> {
        SqliteStore::dated_after(self, day)
    }
    fn attributed_resolved(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<(u64, u64)> {
        SqliteStore::attributed_resolved(self, filter, source_ids, today)
    }
    fn scan_score_rows_dyn(
        &self,
        what: &Scan<'_>,
        slices: Slices,
        init: &(dyn Fn() -> Partial + Sync),
        add: &(dyn Fn(&mut Partial, ScoreRow) + Sync),
    ) -> Result<Vec<Partial>> {
        SqliteStore::scan_score_rows_parallel(self, what, slices, init, add)
    }
    fn report_tags(&self) -> Result<Vec<String>> {
        SqliteStore::report_tags(self)
    }
    fn market_rows(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>> {
        SqliteStore::market_rows(self, filter, source_ids, today)
    }
    fn market_rows_unamended(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>> {
        SqliteStore::market_rows_unamended(self, filter, source_ids, today)
    }
    fn question_market_rows(&self, key: &str, today: NaiveDate) -> Result<Option<Vec<MarketRow>>> {
        SqliteStore::question_market_rows(self, key, today)
    }
    fn question_events(&self) -> Result<Vec<(i64, QuestionEvent)>> {
        SqliteStore::question_events(self)
    }
    fn lineage_firsts(&self) -> Result<Vec<(i64, i64)>> {
        SqliteStore::lineage_firsts(self)
    }
    fn superseded_versions(&self) -> Result<Vec<super::Version>> {
        SqliteStore::superseded_versions(self)
    }
    fn source_claims(&self, source: &str) -> Result<Vec<super::SourceClaim>> {
        SqliteStore::source_claims(self, source)
    }
    fn question_key(&self, id: i64) -> Result<Option<String>> {
        SqliteStore::question_key(self, id)
    }
    fn question_conditions(&self, key: &str) -> Result<Vec<(i64, String, String)>> {
        SqliteStore::question_conditions(self, key)
    }
    fn verify(&self) -> Result<std::result::Result<Verified, Finding>> {
        SqliteStore::verify(self)
    }
    fn index_check(&self) -> Result<Option<String>> {
        let check: String = self
            .conn()
            .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?;
        Ok(Some(check))
    }
    fn head(&self) -> Result<(i64, String)> {
        SqliteStore::head(self)
    }
    fn clock_ahead(&self) -> Option<ClockAhead> {
        let ahead = self.ahead.take();
        self.ahead.set(ahead.clone());
        ahead
    }
    fn head_ahead(&self, now: &str) -> Result<Option<ClockAhead>> {
        let head = super::journal::head(self.conn())?;
        Ok(ClockAhead::check(head.logged_at.as_deref(), now, false))
    }
    fn has_hash(&self, hash: &str) -> Result<Option<i64>> {
        SqliteStore::has_hash(self, hash)
    }
    fn entry_hash(&self, seq: i64) -> Result<Option<String>> {
        SqliteStore::entry_hash(self, seq)
    }
}

impl LedgerWriter for super::SqliteWriter<'_> {
    fn extracted_so_far(&mut self, id: i64) -> Result<Extracted> {
        super::SqliteWriter::extracted_so_far(self, id)
    }
    fn find_article(
        &mut self,
        source: &str,
        sha256: &str,
    ) -> Result<Option<(i64, String, String)>> {
        super::SqliteWriter::find_article(self, source, sha256)
    }
    fn same_forecast(&mut self, f: &NewForecast) -> Result<Option<crate::store::SameForecast>> {
        super::SqliteWriter::same_forecast(self, f)
    }
    fn insert_article(&mut self, a: &NewArticle) -> Result<i64> {
        super::SqliteWriter::insert_article(self, a)
    }
    fn correct(&mut self, id: i64, c: &Correction, today: NaiveDate) -> Result<i64> {
        crate::store::corrections::correct(self, id, c, today)
    }
    fn ensure_source(&mut self, name: &str) -> Result<i64> {
        super::SqliteWriter::ensure_source(self, name)
    }
    fn question_key_alike(&mut self, key: &str) -> Result<KeyNear> {
        crate::store::questions::key_alike(&self.tx, key)
    }
    fn ensure_question(&mut self, key: &str) -> Result<i64> {
        super::SqliteWriter::ensure_question(self, key)
    }
    fn insert_forecast(&mut self, f: &NewForecast) -> Result<i64> {
        super::SqliteWriter::insert_forecast(self, f)
    }
    fn import_forecast(&mut self, f: &NewForecast, resolved: Option<&Resolved<'_>>) -> Result<i64> {
        super::SqliteWriter::import_forecast(self, f, resolved)
    }
    fn record_import(&mut self, sha256: &str, name: &str, rows: u64) -> Result<()> {
        super::SqliteWriter::record_import(self, sha256, name, rows)
    }
    fn repeated_forecast(
        &mut self,
        first_new: i64,
        new_rows: u64,
        count_annulled: bool,
    ) -> Result<Option<super::Repeated>> {
        super::SqliteWriter::repeated_forecast(self, first_new, new_rows, count_annulled)
    }
    fn contradicting_rows(
        &mut self,
        first_new: i64,
        keep: usize,
    ) -> Result<(u64, Vec<super::Contradiction>)> {
        super::SqliteWriter::contradicting_rows(self, first_new, keep)
    }
    fn repeats_recorded(&mut self, row: &OutcomeRow<'_>) -> Result<bool> {
        crate::store::resolutions::repeats_recorded(self, row)
    }
    fn resolve_forecast(
        &mut self,
        id: i64,
        outcome: Outcome,
        on: NaiveDate,
        note: Option<&str>,
        reason: Option<VoidReason>,
        amend: bool,
        today: NaiveDate,
    ) -> Result<()> {
        crate::store::resolutions::resolve_forecast(
            self, id, outcome, on, note, reason, amend, today,
        )
    }
    fn resolve_question(
        &mut self,
        key: &str,
        event: QuestionEvent,
        note: Option<&str>,
        today: NaiveDate,
    ) -> Result<QuestionResolution> {
        crate::store::resolutions::resolve_question(self, key, event, note, today)
    }
    fn amend_question(
        &mut self,
        key: &str,
        event: QuestionEvent,
        note: Option<&str>,
        today: NaiveDate,
    ) -> Result<QuestionAmendment> {
        crate::store::resolutions::amend_question(self, key, event, note, today)
    }
    fn apply_known_outcomes(&mut self, today: NaiveDate) -> Result<Vec<QuestionResolution>> {
        crate::store::resolutions::apply_known_outcomes(self, today, None)
    }
    fn apply_known_outcomes_to(
        &mut self,
        id: i64,
        today: NaiveDate,
    ) -> Result<Option<QuestionResolution>> {
        crate::store::resolutions::apply_known_outcomes_to(self, id, today)
    }
    fn decided_keys(&mut self) -> Result<rustc_hash::FxHashSet<String>> {
        crate::store::resolutions::ResolutionSteps::decided_keys(self)
    }
    fn each_question_key(&mut self, f: &mut dyn FnMut(&str)) -> Result<()> {
        let mut stmt = self.tx.prepare("SELECT key FROM questions")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            f(r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?);
        }
        Ok(())
    }
    fn recorded_conflicts(&mut self, key: &str, ids: &[i64]) -> Result<Vec<Conflict>> {
        crate::store::resolutions::recorded_conflicts(self, key, ids)
    }
    fn insert_review(&mut self, article: i64, r: &NewReview, forecast: Option<i64>) -> Result<i64> {
        super::SqliteWriter::insert_review(self, article, r, forecast)
    }
    fn trim_caches(&mut self) -> Result<()> {
        super::SqliteWriter::trim_caches(self)
    }
    fn begin_import_batch(&mut self) -> Result<()> {
        super::SqliteWriter::begin_import_batch(self)
    }
}
