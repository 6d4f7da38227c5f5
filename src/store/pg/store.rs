//! `PgStore`, the PostgreSQL backend behind `store::Store`: opening (connect, then create
//! or migrate the schema for a write, check its version for a read), the write transaction,
//! and the seam's traits handed to the reads (read.rs) and writes (write.rs).
//!
//! Decisions:
//! - A read never creates or migrates anything: an empty database is "no ledger", an older
//!   schema is refused with the hint to run `forecast migrate`, as for SQLite.
//! - The author of a journal entry is the role the server authenticated (`current_user`),
//!   so `OpenOptions::author` (the OS user, for SQLite) is not used here.
//! - One connection per store; reads borrow it through a `RefCell` (a store is used by one
//!   thread). A read inside another read's callback cannot have it and is an error (not a
//!   panic): SQLite's connection could serve it, but here the outer read's portal holds
//!   the connection in its transaction.

use super::write::Expect;
use super::PG_SCHEMA_VERSION;
use super::{
    connect, current_schema_version, locked, migrate_with, pg, LockWait, PgRead, PgWriter,
};
use crate::error::{Error, Result};
use crate::model::{Forecast, NewForecast, Outcome, QuestionEvent, Resolution, VoidReason};
use crate::report::rows::{KeptSums, MarketRow, ReportFilter, ScoreRow};
use crate::store::articles::{Extracted, NewArticle};
use crate::store::copy::{CopyTarget, Rows, Table};
use crate::store::corrections::Correction;
use crate::store::forecasts::{ArticleInfo, ListFilter, Resolved};
use crate::store::ledger::{Ledger, LedgerWriter, Partial};
use crate::store::questions::QuestionSummary;
use crate::store::resolutions::{Conflict, QuestionAmendment, QuestionResolution};
use crate::store::reviews::{AuditRow, NewReview, ReviewOf};
use crate::store::rows::{Scan, Slices};
use crate::store::target::PgTarget;
use crate::store::verify::{Finding, Verified};
use crate::store::{Access, AddChecks, ClockAhead, OpenOptions, DEFAULT_LOCK_WAIT};
use chrono::NaiveDate;
use postgres::Client;
use std::cell::RefCell;
use std::path::Path;
use std::time::Duration;

/// An open PostgreSQL ledger.
pub(crate) struct PgStore {
    client: RefCell<Client>,
    target: PgTarget,
    lock_wait: Duration,
    on_wait: Option<Box<dyn Fn(Duration) + Send>>,
    /// Opening this ledger created its schema (see `discard_if_unused`).
    created: bool,
    /// Writes are logged at the server's clock (`OpenOptions::server_clock`).
    server_clock: bool,
    /// The journal's head as the last write found it, when it was ahead of the clock of
    /// record (see `store::clock`).
    ahead: Option<ClockAhead>,
    /// What the next write will log (`Ledger::expect_add`).
    expect: RefCell<Option<Expect>>,
    /// The first journal entry's hash, as a write read or wrote it (it never changes).
    first_hash: RefCell<Option<String>>,
}

impl PgStore {
    /// Connects to `target`. `Write` creates the schema in an empty database and migrates an
    /// older ledger; `Read` only checks that the ledger is there at this binary's version.
    /// Both refuse a database of other tables and a newer schema, untouched.
    pub fn open(target: &PgTarget, access: Access, opts: OpenOptions) -> Result<PgStore> {
        let lock_wait = opts
            .lock_wait
            .unwrap_or(DEFAULT_LOCK_WAIT)
            .min(crate::store::MAX_LOCK_WAIT);
        let mut client = match access {
            Access::Write => super::connect_writing(target, lock_wait)?,
            Access::Read => connect(target)?,
        };
        let name = target.to_string();
        let created = match access {
            // A ledger at this version (most opens): the version and the role's rights in
            // one statement, and nothing to migrate.
            Access::Write => match version_and_rights(&mut client) {
                Some((v, refusal)) if v == PG_SCHEMA_VERSION => match refusal {
                    Some(e) => return Err(e),
                    None => return Ok(PgStore::new(client, target, lock_wait, opts, false)),
                },
                _ => migrate_with(
                    &mut client,
                    &LockWait {
                        wait: lock_wait,
                        on_wait: opts.on_wait.as_deref(),
                        name: name.clone(),
                    },
                )?,
            },
            Access::Read => {
                match current_schema_version(&mut client)? {
                    None => {
                        return Err(super::may_not_create(&mut client, &name)?
                            .unwrap_or(Error::NoLedger { path: name.into() }))
                    }
                    Some(v) if v > PG_SCHEMA_VERSION => {
                        return Err(Error::DbTooNew {
                            path: name.into(),
                            found: v,
                            supported: PG_SCHEMA_VERSION,
                        })
                    }
                    Some(v) if v < PG_SCHEMA_VERSION => {
                        return Err(Error::DbTooOld {
                            path: name.into(),
                            found: v,
                            supported: PG_SCHEMA_VERSION,
                        })
                    }
                    Some(_) => {}
                }
                false
            }
        };
        if access == Access::Write && !created {
            if let Some(e) = read_only_role(&mut client)? {
                return Err(e);
            }
        }
        Ok(PgStore::new(client, target, lock_wait, opts, created))
    }

    fn new(
        client: Client,
        target: &PgTarget,
        lock_wait: Duration,
        opts: OpenOptions,
        created: bool,
    ) -> PgStore {
        PgStore {
            client: RefCell::new(client),
            target: target.clone(),
            lock_wait,
            on_wait: opts.on_wait,
            created,
            server_clock: opts.server_clock,
            ahead: None,
            expect: RefCell::new(None),
            first_hash: RefCell::new(None),
        }
    }

    /// The reads, on this store's connection, one at a time: a read started inside another
    /// read's callback (a `list_each` visitor asking for a forecast) is refused with an
    /// error rather than a panic; such a caller reads what it needs before or after.
    fn read<T>(&self, f: impl FnOnce(&mut PgRead<'_>) -> Result<T>) -> Result<T> {
        f(&mut PgRead::new(&mut *self.connection()?))
    }

    /// This store's connection, unless a read in progress holds it.
    fn connection(&self) -> Result<std::cell::RefMut<'_, Client>> {
        self.client.try_borrow_mut().map_err(|_| {
            Error::Other(format!(
                "a read of `{}` started inside another read's callback; one connection serves one read at a time, so read what the callback needs before or after",
                self.target
            ))
        })
    }

    fn lock_wait(&self) -> LockWait<'_> {
        LockWait {
            wait: self.lock_wait,
            on_wait: self.on_wait.as_deref(),
            name: self.target.to_string(),
        }
    }
}

impl Ledger for PgStore {
    fn path(&self) -> Option<&Path> {
        None
    }
    fn location(&self) -> String {
        self.target.to_string()
    }
    fn write_dyn(
        &mut self,
        now: &str,
        f: &mut dyn FnMut(&mut dyn LedgerWriter) -> Result<()>,
    ) -> Result<()> {
        let how = LockWait {
            wait: self.lock_wait,
            on_wait: self.on_wait.as_deref(),
            name: self.target.to_string(),
        };
        let expect = self.expect.get_mut().take();
        let tx = locked(self.client.get_mut(), &how)?;
        let mut writer =
            PgWriter::start_expecting(tx, (!self.server_clock).then_some(now), expect.as_ref())?;
        self.ahead = ClockAhead::check(writer.head_at.as_deref(), &writer.clock, self.server_clock);
        f(&mut writer)?;
        let first = writer.commit_knowing_first()?;
        if first.is_some() {
            *self.first_hash.get_mut() = first;
        }
        Ok(())
    }
    fn expect_add(&self, forecast: &NewForecast) {
        let keys = match &forecast.question {
            Some(key) => {
                let logged = crate::model::names::key_canonical(key).into_owned();
                if logged == *key {
                    vec![logged]
                } else {
                    vec![key.clone(), logged]
                }
            }
            // The slug and its first numbers (`forecasts::own_key`), so a claim made a few
            // times before finds its key without another round trip.
            None => {
                let slug = crate::store::forecasts::slug(&forecast.claim);
                (1..=8)
                    .map(|n| crate::store::forecasts::numbered_key(&slug, n))
                    .collect()
            }
        };
        *self.expect.borrow_mut() = Some(Expect {
            source: forecast.source.clone(),
            keys,
        });
    }
    fn created(&self) -> bool {
        self.created
    }
    /// Takes the schema away again when this command created it and nothing was written
    /// (bad input on a new database leaves it empty, as SQLite leaves no file), or whatever
    /// was written when `written_too` (a copy that does not verify).
    fn discard_created(self: Box<Self>, written_too: bool) {
        if !self.created {
            return;
        }
        let how = self.lock_wait();
        let Ok(mut client) = self.connection() else {
            return;
        };
        let Ok(mut tx) = locked(&mut client, &how) else {
            return;
        };
        let unused = written_too
            || tx
                .query_typed_one("SELECT NOT EXISTS (SELECT 1 FROM journal)", &[])
                .is_ok_and(|r| r.get::<_, bool>(0));
        if !unused {
            return;
        }
        let tables: Vec<String> = match tx.query_typed(
            "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        ) {
            Ok(rows) => rows.iter().map(|r| r.get(0)).collect(),
            Err(_) => return,
        };
        // Every table there is the ledger's: the schema was created in an empty database.
        // The functions are named: a database without tables may still hold others'.
        let drop = format!(
            "DROP TABLE {} CASCADE; DROP FUNCTION IF EXISTS ledger_refuse(), forecasts_references(),
                 forecasts_superseded_by_references(), forecast_tags_references(),
                 resolutions_references(), ledger_outcome_follows(), ledger_journal_chain() CASCADE;",
            tables.join(", ")
        );
        if !tables.is_empty() && tx.batch_execute(&drop).is_ok() {
            let _ = tx.commit();
        }
    }
    fn dump_dyn(
        &self,
        each: &mut dyn FnMut(&'static Table, &mut Rows<'_>) -> Result<()>,
    ) -> Result<()> {
        super::copy::dump(&mut *self.connection()?, each)
    }
    fn load_dyn(&mut self, fill: &mut dyn FnMut(&mut dyn CopyTarget) -> Result<()>) -> Result<()> {
        let how = LockWait {
            wait: self.lock_wait,
            on_wait: self.on_wait.as_deref(),
            name: self.target.to_string(),
        };
        super::copy::load(self.client.get_mut(), &how, fill)
    }
    fn prior_extraction(&self, source: &str, sha256: &str) -> Result<Option<(i64, Extracted)>> {
        self.read(|r| r.prior_extraction(source, sha256))
    }
    fn articles_with_text(&self, sha256: &str) -> Result<Vec<(i64, String)>> {
        self.read(|r| r.articles_with_text(sha256))
    }
    /// A new SQLite file holding a copy of this ledger (see `copy::into_new_sqlite_file`).
    fn backup_to(&self, target: &Path) -> Result<()> {
        crate::store::copy::into_new_sqlite_file(self, target)
    }
    fn has_forecasts(&self) -> Result<bool> {
        self.read(|r| r.has_forecasts())
    }
    fn list(&self, filter: &ListFilter, today: NaiveDate) -> Result<Vec<Forecast>> {
        self.read(|r| r.list(filter, today))
    }
    fn list_each_dyn(
        &self,
        filter: &ListFilter,
        today: NaiveDate,
        each: &mut dyn FnMut(Forecast) -> Result<bool>,
    ) -> Result<()> {
        self.read(|r| r.list_each(filter, today, each))
    }
    fn forecast(&self, id: i64, today: NaiveDate) -> Result<Forecast> {
        self.read(|r| r.forecast(id, today))
    }
    fn history(&self, id: i64) -> Result<Vec<Resolution>> {
        self.read(|r| r.history(id))
    }
    fn logged_by(&self, id: i64) -> Result<Option<String>> {
        self.read(|r| r.logged_by(id))
    }
    fn article(&self, id: i64) -> Result<Option<ArticleInfo>> {
        self.read(|r| r.article(id))
    }
    fn review_of(&self, id: i64) -> Result<Option<ReviewOf>> {
        self.read(|r| r.review_of(id))
    }
    fn write_refusal(&self) -> Result<Option<Error>> {
        read_only_role(&mut *self.connection()?)
    }
    fn kept_sums(&self, today: NaiveDate) -> Result<KeptSums> {
        self.read(|r| r.kept_sums(today))
    }
    fn ledger_id(&self) -> Result<String> {
        self.read(|r| r.ledger_id())
    }
    fn question_with_claim_elsewhere(&self, claim: &str, source: &str) -> Result<Option<String>> {
        self.read(|r| r.question_with_claim_elsewhere(claim, source))
    }
    fn own_claim(
        &self,
        claim: &str,
        source: &str,
        deadline: NaiveDate,
    ) -> Result<Option<(String, i64)>> {
        self.read(|r| r.own_claim(claim, source, deadline))
    }
    fn add_checks(
        &self,
        claim: &str,
        source: &str,
        deadline: NaiveDate,
        claims: bool,
    ) -> Result<AddChecks> {
        self.read(|r| r.add_checks(claim, source, deadline, claims))
    }
    fn seen_and_head(&self, hash: Option<&str>) -> Result<(Option<i64>, (i64, String))> {
        self.read(|r| r.seen_and_head(hash))
    }
    fn question_summaries(&self) -> Result<Vec<QuestionSummary>> {
        self.read(|r| r.question_summaries())
    }
    fn audit(&self, source: Option<&str>) -> Result<Vec<AuditRow>> {
        self.read(|r| r.audit(source))
    }
    fn source_names(&self) -> Result<Vec<String>> {
        self.read(|r| r.source_names())
    }
    fn check_source(&self, name: &str) -> Result<()> {
        self.read(|r| r.check_source(name))
    }
    fn check_question(&self, key: &str) -> Result<()> {
        self.read(|r| r.check_question(key))
    }
    fn check_tag(&self, tag: &str) -> Result<Vec<String>> {
        self.read(|r| r.check_tag(tag))
    }
    fn report_sources(&self, filter: &ReportFilter) -> Result<Vec<(i64, String)>> {
        self.read(|r| r.report_sources(filter))
    }
    fn dated_after(&self, day: NaiveDate) -> Result<(u64, u64)> {
        self.read(|r| r.dated_after(day))
    }
    fn attributed_resolved(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<(u64, u64)> {
        self.read(|r| r.attributed_resolved(filter, source_ids, today))
    }
    fn scan_score_rows_dyn(
        &self,
        what: &Scan<'_>,
        slices: Slices,
        init: &(dyn Fn() -> Partial + Sync),
        add: &(dyn Fn(&mut Partial, ScoreRow) + Sync),
    ) -> Result<Vec<Partial>> {
        self.read(|r| r.scan_score_rows_parallel(what, slices, init, add))
    }
    fn report_tags(&self) -> Result<Vec<String>> {
        self.read(|r| r.report_tags())
    }
    fn market_rows(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>> {
        self.read(|r| r.market_rows(filter, source_ids, today))
    }
    fn market_rows_unamended(
        &self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>> {
        self.read(|r| r.market_rows_unamended(filter, source_ids, today))
    }
    fn question_market_rows(&self, key: &str, today: NaiveDate) -> Result<Option<Vec<MarketRow>>> {
        self.read(|r| r.question_market_rows(key, today))
    }
    fn question_events(&self) -> Result<Vec<(i64, QuestionEvent)>> {
        self.read(|r| r.question_events())
    }
    fn lineage_firsts(&self) -> Result<Vec<(i64, i64)>> {
        self.read(|r| r.lineage_firsts())
    }
    fn superseded_versions(&self) -> Result<Vec<crate::store::Version>> {
        self.read(|r| r.superseded_versions())
    }
    fn source_claims(&self, source: &str) -> Result<Vec<crate::store::SourceClaim>> {
        self.read(|r| r.source_claims(source))
    }
    fn question_key(&self, id: i64) -> Result<Option<String>> {
        self.read(|r| r.question_key(id))
    }
    fn question_conditions(&self, key: &str) -> Result<Vec<(i64, String, String)>> {
        self.read(|r| r.question_conditions(key))
    }
    fn verify(&self) -> Result<std::result::Result<Verified, Finding>> {
        self.read(|r| r.verify())
    }
    fn head(&self) -> Result<(i64, String)> {
        self.read(|r| r.head())
    }
    fn clock_ahead(&self) -> Option<ClockAhead> {
        self.ahead.clone()
    }
    fn head_ahead(&self, now: &str) -> Result<Option<ClockAhead>> {
        let server = self.server_clock;
        self.read(|r| r.head_ahead(now, server))
    }
    fn has_hash(&self, hash: &str) -> Result<Option<i64>> {
        self.read(|r| r.has_hash(hash))
    }
    fn entry_hash(&self, seq: i64) -> Result<Option<String>> {
        if seq == 1 {
            if let Some(first) = self.first_hash.borrow().clone() {
                return Ok(Some(first));
            }
        }
        self.read(|r| r.entry_hash(seq))
    }
}

impl LedgerWriter for PgWriter<'_> {
    fn extracted_so_far(&mut self, id: i64) -> Result<Extracted> {
        PgWriter::extracted_so_far(self, id)
    }
    fn find_article(
        &mut self,
        source: &str,
        sha256: &str,
    ) -> Result<Option<(i64, String, String)>> {
        PgWriter::find_article(self, source, sha256)
    }
    fn same_forecast(
        &mut self,
        f: &NewForecast,
    ) -> Result<Option<(i64, Option<i64>, Option<i64>)>> {
        PgWriter::same_forecast(self, f)
    }
    fn insert_article(&mut self, a: &NewArticle) -> Result<i64> {
        PgWriter::insert_article(self, a)
    }
    fn correct(&mut self, id: i64, c: &Correction, today: NaiveDate) -> Result<i64> {
        crate::store::corrections::correct(self, id, c, today)
    }
    fn ensure_source(&mut self, name: &str) -> Result<i64> {
        PgWriter::ensure_source(self, name)
    }
    fn question_key_alike(&mut self, key: &str) -> Result<crate::store::KeyNear> {
        PgWriter::question_key_alike(self, key)
    }
    fn ensure_question(&mut self, key: &str) -> Result<i64> {
        PgWriter::ensure_question(self, key)
    }
    fn insert_forecast(&mut self, f: &NewForecast) -> Result<i64> {
        PgWriter::insert_forecast(self, f)
    }
    fn import_forecast(&mut self, f: &NewForecast, resolved: Option<&Resolved<'_>>) -> Result<i64> {
        PgWriter::import_forecast(self, f, resolved)
    }
    fn record_import(&mut self, sha256: &str, name: &str, rows: u64) -> Result<()> {
        PgWriter::record_import(self, sha256, name, rows)
    }
    fn repeated_forecast(
        &mut self,
        first_new: i64,
        new_rows: u64,
        count_annulled: bool,
    ) -> Result<Option<crate::store::Repeated>> {
        PgWriter::repeated_forecast(self, first_new, new_rows, count_annulled)
    }
    fn contradicting_rows(
        &mut self,
        first_new: i64,
        keep: usize,
    ) -> Result<(u64, Vec<crate::store::Contradiction>)> {
        PgWriter::contradicting_rows(self, first_new, keep)
    }
    fn repeats_recorded(&mut self, row: &crate::store::OutcomeRow<'_>) -> Result<bool> {
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
        use postgres::fallible_iterator::FallibleIterator;
        let what = "reading the question keys";
        let none: [&(dyn postgres::types::ToSql + Sync); 0] = [];
        let mut rows = self
            .tx
            .query_raw("SELECT key FROM questions", none)
            .map_err(super::pg(what))?;
        while let Some(r) = rows.next().map_err(super::pg(what))? {
            f(r.try_get(0).map_err(super::pg(what))?);
        }
        Ok(())
    }
    fn recorded_conflicts(&mut self, key: &str, ids: &[i64]) -> Result<Vec<Conflict>> {
        crate::store::resolutions::recorded_conflicts(self, key, ids)
    }
    fn insert_review(&mut self, article: i64, r: &NewReview, forecast: Option<i64>) -> Result<i64> {
        PgWriter::insert_review(self, article, r, forecast)
    }
    fn trim_caches(&mut self) -> Result<()> {
        PgWriter::trim_caches(self)
    }
    fn begin_import_batch(&mut self) -> Result<()> {
        PgWriter::begin_import_batch(self)
    }
}

/// The refusal for a role that may read the ledger but not write it (a member of the
/// ledger's reader role only), asked before a write begins: it names the role, the reader
/// role it holds and the writer role to be granted, where the server's refusal named a
/// table and the advice was to be granted the reader role it held (audit 20, A20). `None`
/// for a role that may write, or may not even read (the server's refusal says that).
fn read_only_role(client: &mut Client) -> Result<Option<Error>> {
    let row = client
        .query_typed_one(&format!("{RIGHTS_WITH} SELECT {RIGHTS}"), &[])
        .map_err(pg("reading the role's rights"))?;
    Ok(refusal_of(&row, 0))
}

/// The schema version and `read_only_role`'s answer in one statement, for a write's open:
/// `None` when it cannot tell (no version table or row, no journal, any error), and the
/// open then takes the long way (`migrate_with`, then `read_only_role`), which meets and
/// reports the same conditions as before.
fn version_and_rights(client: &mut Client) -> Option<(i64, Option<Error>)> {
    let row = client
        .query_typed_one(
            &format!(
                "{RIGHTS_WITH} SELECT {RIGHTS}, (SELECT version FROM public.ledger_schema LIMIT 1)"
            ),
            &[],
        )
        .ok()?;
    let version: i32 = row.try_get::<_, Option<i32>>(5).ok()??;
    Some((i64::from(version), refusal_of(&row, 0)))
}

/// The grants on the journal that `RIGHTS` reads.
const RIGHTS_WITH: &str = "WITH granted AS (
         SELECT r.oid, quote_ident(r.rolname) AS name, r.rolcanlogin, a.privilege_type
         FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
         JOIN pg_roles r ON r.oid = a.grantee
         WHERE c.oid = 'public.journal'::regclass AND r.oid <> c.relowner)";

/// The five columns `refusal_of` reads: the role, whether it may only read, the reader
/// roles it holds, the writer role to be granted, the role that logged in. The writer
/// named is the one of the pair whose reader the role holds (`PREFIX_reader` ->
/// `PREFIX_writer`), then any but the shared one of earlier versions: with two prefixes on
/// one ledger, the first writer by name was named whichever reader was held (ad2 F16).
const RIGHTS: &str = "current_user::text,
        has_table_privilege('public.journal', 'SELECT')
            AND NOT has_table_privilege('public.journal', 'INSERT'),
        (SELECT string_agg(name, ', ' ORDER BY name) FROM granted
         WHERE privilege_type = 'SELECT' AND pg_has_role(oid, 'MEMBER')),
        (SELECT w.name FROM granted w
         WHERE w.privilege_type = 'INSERT' AND NOT w.rolcanlogin
         ORDER BY NOT EXISTS (SELECT 1 FROM granted r
                              WHERE r.privilege_type = 'SELECT'
                                AND pg_has_role(r.oid, 'MEMBER')
                                AND regexp_replace(r.name, '_reader(\"?)$', '_writer\\1') = w.name),
                  w.name = 'forecast_writer', w.name LIMIT 1),
        session_user::text";

/// `read_only_role`'s answer from `RIGHTS`'s columns starting at `at`.
///
/// A write by a session that logged in as one role and runs as another (`SET ROLE`, or
/// `options=-c role=forecast_ledger_writer` in the URL) is refused too: its entries would
/// be signed by the group role, so "who did what" would name no one (ad2 F15: `show` said
/// `by forecast_ledger_writer`).
fn refusal_of(row: &postgres::Row, at: usize) -> Option<Error> {
    let only_reads: bool = row.get(at + 1);
    let role: String = row.get(at);
    if !only_reads {
        let login: String = row.get(at + 4);
        return (login != role).then(|| {
            Error::invalid(
                "PostgreSQL",
                format!(
                    "this session logged in as `{login}` and runs as the role `{role}` (SET ROLE, or `-c role=` in the URL's options), so the journal would not say who wrote; nothing was written: connect as the role that writes, setting no other"
                ),
            )
        });
    }
    Some(Error::ReadOnlyRole(Box::new(crate::error::ReadOnly {
        role: super::ident(&role),
        // The ledger's own writer role before the shared one of earlier versions.
        holds: row
            .get::<_, Option<String>>(at + 2)
            .unwrap_or_else(|| "read rights only".to_string()),
        writer: row
            .get::<_, Option<String>>(at + 3)
            .unwrap_or_else(|| "the writer role `forecast init-roles` names".to_string()),
        command: None,
    })))
}
