//! Every read of the ledger on PostgreSQL: what `list`, `show`, `due`, `questions`,
//! `question`, `report`, `compare`, `export` and `extract --audit` ask the store, answered
//! with the same values as SQLite's `Store` gives for the same rows.
//!
//! Only the SQL is PostgreSQL's here: each query is the SQLite one (built with
//! `Dialect::Postgres`, or, where the dialects part, a sibling text next to SQLite's), and
//! each row becomes a value through the same function SQLite's reader uses (`Cols`), so a
//! forecast, a resolution, a report row or a kept cell means one thing on both backends.
//!
//! Decisions:
//! - Order is SQLite's to the byte: ids order most lists; names and tags sort as NOCASE
//!   (`Dialect::nocase_order`), keys as bytes (`COLLATE "C"`), never by the database's
//!   locale.
//! - Long results stream: `list`, `export` and the report scan read through a portal in
//!   pages of `PAGE` rows inside one read-only transaction (one snapshot), so memory stays
//!   flat at a million forecasts and a listing that stops early reads no further.
//! - The report scan is one pass on this connection: the scan is bound by reading rows,
//!   which the server sends faster than a second connection would pay for itself on the
//!   machines this is tested on (`Slices` is accepted and ignored).

use super::pg;
use super::typed::p;
use crate::error::{Error, Result};
use crate::model::{Forecast, QuestionEvent, Resolution};
use crate::report::rows::{KeptSums, MarketRow, ReportFilter, ScoreRow};
use crate::store::cols::{Cols, Shifted};
use crate::store::dialect::Dialect::Postgres;
use crate::store::forecasts::{self, ArticleInfo, ListFilter};
use crate::store::questions::{self, QuestionSummary};
use crate::store::reviews::ReviewOf;
use crate::store::rows::{self, Names, Scan, ScoreRows, Slices};
use crate::store::{articles, kept, reviews, AuditRow, Extracted, GENESIS};
use chrono::NaiveDate;
use postgres::types::{ToSql, Type};
use postgres::{Client, Row, Transaction};

/// Rows fetched from a portal at a time.
const PAGE: i32 = 5_000;

/// A forecast's tags as a JSON array in NOCASE order (SQLite: `json_group_array`).
fn tags_json() -> String {
    format!(
        "(SELECT json_agg(tag ORDER BY {})::text FROM forecast_tags t WHERE t.forecast_id = f.id)",
        Postgres.nocase_order("tag")
    )
}

/// Deadline - made_on in days (SQLite: `julianday` difference).
pub(super) const HORIZON: &str = "(f.deadline::date - f.made_on::date)";

fn params(args: &[String]) -> Vec<&(dyn ToSql + Sync)> {
    args.iter().map(|a| a as &(dyn ToSql + Sync)).collect()
}

/// The reads of a PostgreSQL ledger, over one connection.
pub struct PgRead<'c> {
    client: &'c mut Client,
}

impl<'c> PgRead<'c> {
    pub fn new(client: &'c mut Client) -> Self {
        PgRead { client }
    }

    /// A query in one round trip (`query_typed`, see typed.rs).
    fn query(
        &mut self,
        sql: &str,
        args: &[(&(dyn ToSql + Sync), Type)],
        what: &str,
    ) -> Result<Vec<Row>> {
        self.client.query_typed(sql, args).map_err(pg(what))
    }

    fn query_opt(
        &mut self,
        sql: &str,
        args: &[(&(dyn ToSql + Sync), Type)],
        what: &str,
    ) -> Result<Option<Row>> {
        let mut rows = self.query(sql, args, what)?;
        Ok(if rows.is_empty() {
            None
        } else {
            Some(rows.swap_remove(0))
        })
    }

    /// Runs `sql` in a read-only transaction and hands its rows to `each` a page at a time;
    /// `each` returns false to stop.
    fn stream(
        &mut self,
        sql: &str,
        args: &[String],
        what: &str,
        mut each: impl FnMut(&Row) -> Result<bool>,
    ) -> Result<()> {
        let mut tx = read_only(self.client)?;
        let portal = tx.bind(sql, &params(args)).map_err(pg(what))?;
        loop {
            let page = tx.query_portal(&portal, PAGE).map_err(pg(what))?;
            for r in &page {
                if !each(r)? {
                    return Ok(());
                }
            }
            if page.len() < PAGE as usize {
                break;
            }
        }
        tx.commit().map_err(pg("ending a read"))
    }

    /// Forecasts matching `filter`, oldest first, with their status on `today`.
    pub fn list(&mut self, filter: &ListFilter, today: NaiveDate) -> Result<Vec<Forecast>> {
        let mut out = Vec::new();
        self.list_each(filter, today, |f| {
            out.push(f);
            Ok(true)
        })?;
        Ok(out)
    }

    /// The same forecasts handed to `each` one at a time, in id order, streamed from the
    /// server; `each` returns false to stop.
    pub fn list_each(
        &mut self,
        filter: &ListFilter,
        today: NaiveDate,
        mut each: impl FnMut(Forecast) -> Result<bool>,
    ) -> Result<()> {
        let source = match &filter.source {
            Some(source) => Some(
                self.source_named(source)?
                    .map_or_else(|| source.trim().to_string(), |(_, n)| n),
            ),
            None => None,
        };
        // The tags come from a second portal in forecast id order, merged here: a subquery
        // per forecast was two thirds of a million-row export's time on the server.
        let (sql, args) = forecasts::list_query(filter, today, source.clone(), "NULL::text");
        let (condition, _) = forecasts::list_condition(filter, today, source);
        let tags_sql = Postgres.sql(&format!(
            "SELECT t.forecast_id, t.tag FROM forecast_tags t WHERE t.forecast_id IN
               (SELECT f.id {} WHERE {condition})
             ORDER BY t.forecast_id",
            forecasts::FORECAST_FROM
        ));
        let what = "listing forecasts";
        let mut tx = read_only(self.client)?;
        let rows = tx
            .bind(&Postgres.sql(&sql), &params(&args))
            .map_err(pg(what))?;
        let tags = tx.bind(&tags_sql, &params(&args)).map_err(pg(what))?;
        let mut tag_page: std::collections::VecDeque<(i64, String)> = Default::default();
        let mut tags_left = true;
        loop {
            let page = tx.query_portal(&rows, PAGE).map_err(pg(what))?;
            for r in &page {
                let mut f = forecasts::forecast_from_row(r, today)?;
                loop {
                    if tag_page.is_empty() && tags_left {
                        let more = tx.query_portal(&tags, PAGE).map_err(pg(what))?;
                        tags_left = more.len() == PAGE as usize;
                        tag_page.extend(more.iter().map(|t| (t.get(0), t.get(1))));
                    }
                    match tag_page.front() {
                        Some((id, _)) if *id < f.id => {
                            tag_page.pop_front();
                        }
                        Some((id, _)) if *id == f.id => {
                            f.tags.extend(tag_page.pop_front().map(|(_, t)| t));
                        }
                        _ => break,
                    }
                }
                // NOCASE order, as SQLite's `ORDER BY tag` gives (a forecast's tags never
                // differ only in case).
                f.tags.sort_by_key(|t| t.to_ascii_lowercase());
                if !each(f)? {
                    return Ok(());
                }
            }
            if page.len() < PAGE as usize {
                break;
            }
        }
        tx.commit().map_err(pg("ending a read"))
    }

    /// One forecast by id.
    pub fn forecast(&mut self, id: i64, today: NaiveDate) -> Result<Forecast> {
        let sql = format!(
            "SELECT {} {} WHERE f.id = $1",
            forecasts::forecast_columns(&tags_json()),
            forecasts::FORECAST_FROM
        );
        match self.query_opt(&sql, &[p(&id)], "reading a forecast")? {
            Some(r) => forecasts::forecast_from_row(&r, today),
            None => Err(Error::ForecastNotFound { id: id.to_string() }),
        }
    }

    /// Every resolution a forecast has had, oldest first.
    pub fn history(&mut self, id: i64) -> Result<Vec<Resolution>> {
        let rows = self.query(
            &Postgres.sql(forecasts::HISTORY_SQL),
            &[p(&id)],
            "reading resolutions",
        )?;
        rows.iter().map(forecasts::resolution_from_row).collect()
    }

    /// Who logged forecast `id`, from its journal entry.
    pub fn logged_by(&mut self, id: i64) -> Result<Option<String>> {
        let row = self.query_opt(
            &Postgres.sql(forecasts::LOGGED_BY_SQL),
            &[p(&id)],
            "reading the journal",
        )?;
        Ok(row.and_then(|r| r.get(0)))
    }

    /// The article a forecast came from.
    pub fn article(&mut self, id: i64) -> Result<Option<ArticleInfo>> {
        let row = self.query_opt(
            &Postgres.sql(forecasts::ARTICLE_SQL),
            &[p(&id)],
            "reading an article",
        )?;
        row.as_ref().map(forecasts::article_from_row).transpose()
    }

    /// The review that logged forecast `id`, if one did.
    pub fn review_of(&mut self, id: i64) -> Result<Option<ReviewOf>> {
        let row = self.query_opt(
            &Postgres.sql(reviews::REVIEW_OF_SQL),
            &[p(&id)],
            "reading a review",
        )?;
        row.as_ref().map(reviews::review_of_row).transpose()
    }

    /// A short id of this ledger (see `Store::ledger_id`).
    pub fn ledger_id(&mut self) -> Result<String> {
        let row = self.query_opt(
            "SELECT hash FROM journal ORDER BY seq LIMIT 1",
            &[],
            "reading the journal",
        )?;
        Ok(questions::ledger_id_of(row.map(|r| r.get(0))))
    }

    /// A question on which another source already made the claim `claim` (any case).
    pub fn question_with_claim_elsewhere(
        &mut self,
        claim: &str,
        source: &str,
    ) -> Result<Option<String>> {
        let rows = self.claim_rows(claim, None)?;
        match questions::elsewhere_of(source, rows) {
            Some(key) => Ok(Some(key)),
            None => self.claim_elsewhere_beyond_ascii(claim, source),
        }
    }

    /// The rows of `claim_rows_sql` for `claim` (and `deadline`).
    fn claim_rows(
        &mut self,
        claim: &str,
        deadline: Option<NaiveDate>,
    ) -> Result<Vec<questions::ClaimRow>> {
        self.query(
            &questions::claim_rows_sql(Postgres),
            &[p(&claim.trim()), p(&deadline.map(|d| d.to_string()))],
            "looking for the claim",
        )?
        .iter()
        .map(questions::ClaimRow::read)
        .collect()
    }

    /// `question_with_claim_elsewhere`'s second look (SQLite's): for a claim beyond ASCII,
    /// the claims that could be it in another case, compared folded.
    fn claim_elsewhere_beyond_ascii(
        &mut self,
        claim: &str,
        source: &str,
    ) -> Result<Option<String>> {
        if claim.is_ascii() {
            return Ok(None);
        }
        let rows = self.claims_beyond_ascii(claim)?;
        Ok(questions::elsewhere_among(claim, source, rows))
    }

    /// `own_claim`'s second look (SQLite's), as `claim_elsewhere_beyond_ascii`.
    fn own_claim_beyond_ascii(
        &mut self,
        claim: &str,
        source: &str,
        deadline: NaiveDate,
    ) -> Result<Option<(String, i64)>> {
        if claim.is_ascii() {
            return Ok(None);
        }
        let rows = self.claims_beyond_ascii(claim)?;
        Ok(questions::own_among(claim, source, deadline, rows))
    }

    /// The rows of `claim_beyond_ascii_sql` for `claim`, with their claims.
    fn claims_beyond_ascii(&mut self, claim: &str) -> Result<Vec<(questions::ClaimRow, String)>> {
        self.query(
            &questions::claim_beyond_ascii_sql(Postgres),
            &[p(&questions::folded_if_ascii(claim))],
            "looking for the claim",
        )?
        .iter()
        .map(|r| Ok((questions::ClaimRow::read(r)?, r.text(4)?)))
        .collect()
    }

    /// The same source's latest current forecast with the claim (`SqliteStore::own_claim`).
    pub fn own_claim(
        &mut self,
        claim: &str,
        source: &str,
        deadline: NaiveDate,
    ) -> Result<Option<(String, i64)>> {
        let rows = self.claim_rows(claim, Some(deadline))?;
        match questions::own_of(source, deadline, rows) {
            Some(own) => Ok(Some(own)),
            None => self.own_claim_beyond_ascii(claim, source, deadline),
        }
    }

    /// `own_claim`, `question_with_claim_elsewhere` (with `claims`) and whether
    /// `check_source` passes, in one statement: `add` asked them in three (four for a new
    /// source). A source the NOCASE comparison does not find is looked for among the folded
    /// names as `source_named` does, in a second statement.
    pub fn add_checks(
        &mut self,
        claim: &str,
        source: &str,
        deadline: NaiveDate,
        claims: bool,
    ) -> Result<crate::store::AddChecks> {
        let name = &*crate::model::names::canonical(source);
        let known = format!(
            "EXISTS (SELECT 1 FROM sources WHERE {})",
            Postgres.nocase_eq("name", "$1")
        );
        let (own, elsewhere, known) = if claims {
            // The claim query numbers its parameters $1 and $2 (claim, deadline); the
            // source's name as stored is $3. One row without a forecast when none has the
            // claim.
            let sql = format!(
                "SELECT {}, o.key, o.id, o.name, o.deadline
                 FROM (SELECT 1) one
                 LEFT JOIN ({}) o ON true
                 ORDER BY o.id",
                known.replace("$1", "$3"),
                questions::claim_rows_sql(Postgres),
            );
            let day = deadline.to_string();
            let rows = self.query(
                &sql,
                &[p(&claim.trim()), p(&day), p(&name)],
                "looking for the claim",
            )?;
            let known = rows
                .first()
                .ok_or_else(|| Error::Other("the claim checks returned no row".into()))?
                .get::<_, bool>(0);
            let rows = rows
                .iter()
                .filter(|r| r.get::<_, Option<i64>>(2).is_some())
                .map(|r| questions::ClaimRow::read(&Shifted { row: r, at: 1 }))
                .collect::<Result<Vec<_>>>()?;
            let (own, elsewhere) = questions::claim_hints(claim, source, deadline, rows, || {
                self.claims_beyond_ascii(claim)
            })?;
            (own, elsewhere, known)
        } else {
            let r = self.query_opt(
                &format!("SELECT {known}"),
                &[p(&name)],
                "looking up a source",
            )?;
            (None, None, r.is_some_and(|r| r.get::<_, bool>(0)))
        };
        let source_known = known || self.folded_source(name)?.is_some();
        Ok(crate::store::AddChecks {
            own,
            elsewhere,
            source_known,
        })
    }

    /// The source whose `name_key` is `name`'s, among the names `fold_candidates_sql`
    /// gives (`source_named`'s second look, after NOCASE found none).
    fn folded_source(&mut self, name: &str) -> Result<Option<(i64, String)>> {
        let key = crate::model::names::name_key(name);
        let all = self.query(
            forecasts::fold_candidates_sql(name.is_ascii()),
            &[],
            "reading sources",
        )?;
        Ok(all
            .iter()
            .map(|r| (r.get::<_, i64>(0), r.get::<_, String>(1)))
            .find(|(_, other)| crate::model::names::name_key(other) == key))
    }

    /// `has_hash(hash)` and `head()` in one statement (`Ledger::seen_and_head`).
    pub fn seen_and_head(&mut self, hash: Option<&str>) -> Result<(Option<i64>, (i64, String))> {
        let hash = hash.map(|h| h.trim().to_ascii_lowercase());
        let row = self.query_opt(
            "SELECT (SELECT seq FROM journal WHERE hash = $1), h.seq, h.hash
             FROM (SELECT 1) one LEFT JOIN
                 (SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1) h ON true",
            &[p(&hash)],
            "reading the journal",
        )?;
        let Some(r) = row else {
            return Ok((None, (0, GENESIS.to_string())));
        };
        let head = match r.get::<_, Option<i64>>(1) {
            Some(seq) => (seq, r.get(2)),
            None => (0, GENESIS.to_string()),
        };
        Ok((r.get(0), head))
    }

    /// Every question, in key order.
    pub fn question_summaries(&mut self) -> Result<Vec<QuestionSummary>> {
        let rows = self.query(
            &questions::summaries_sql(Postgres),
            &[],
            "reading questions",
        )?;
        rows.iter().map(questions::summary_from_row).collect()
    }

    /// Every source's name, in name order.
    pub fn source_names(&mut self) -> Result<Vec<String>> {
        Ok(self.sources()?.into_iter().map(|(_, n)| n).collect())
    }

    /// See `Store::check_source`.
    pub fn check_source(&mut self, name: &str) -> Result<()> {
        rows::check_source(self, name)
    }

    /// See `Store::check_question`.
    pub fn check_question(&mut self, key: &str) -> Result<()> {
        rows::check_question(self, key)
    }

    /// See `Store::check_tag`.
    pub fn check_tag(&mut self, tag: &str) -> Result<Vec<String>> {
        rows::check_tag(self, tag)
    }

    /// See `Store::dated_after`.
    pub fn dated_after(&mut self, day: NaiveDate) -> Result<(u64, u64)> {
        let day = day.to_string();
        let row = self.query(
            &rows::dated_after_sql(Postgres),
            &[p(&day)],
            "counting forecasts dated after today",
        )?;
        let n = |i: usize| row.first().map_or(0, |r| r.get::<_, i64>(i).max(0) as u64);
        Ok((n(0), n(1)))
    }

    /// See `Store::attributed_resolved`.
    pub fn attributed_resolved(
        &mut self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<(u64, u64)> {
        let (from, args) = rows::selection(Postgres, filter, source_ids, today, None);
        let mut out = (0, 0);
        self.stream(
            &rows::attributed_sql(Postgres, &from),
            &args,
            "counting forecasts attributed to others",
            |r| {
                out = (
                    r.get::<_, i64>(0).max(0) as u64,
                    r.get::<_, i64>(1).max(0) as u64,
                );
                Ok(true)
            },
        )?;
        Ok(out)
    }

    /// See `Store::report_sources`.
    pub fn report_sources(&mut self, filter: &ReportFilter) -> Result<Vec<(i64, String)>> {
        rows::report_sources(self, filter)
    }

    /// Every tag in the ledger, once each (as `names::tag_key` compares tags), sorted.
    pub fn report_tags(&mut self) -> Result<Vec<String>> {
        Ok(rows::tag_labels(self.tags()?))
    }

    /// The report rows of `what`, folded into one accumulator from `init` in one streaming
    /// pass (see the module's decisions; `slices` does not apply).
    pub fn scan_score_rows_parallel<T: Send>(
        &mut self,
        what: &Scan<'_>,
        slices: Slices,
        init: impl Fn() -> T + Sync,
        add: impl Fn(&mut T, ScoreRow) + Sync,
    ) -> Result<Vec<T>> {
        let _ = slices;
        let (sql, args) = rows::scan_query(Postgres, what, None);
        let rows_of = ScoreRows::new(what);
        let mut acc = init();
        self.stream(&sql, &args, "scanning forecasts", |r| {
            if let Some(row) = rows_of.row(r)? {
                add(&mut acc, row);
            }
            Ok(true)
        })?;
        Ok(vec![acc])
    }

    fn market(&mut self, from: &str, args: &[String], trust: bool) -> Result<Vec<MarketRow>> {
        let sql = rows::market_query(Postgres, from, trust);
        let mut out = Vec::new();
        self.stream(&sql, args, "reading market rows", |r| {
            out.push(rows::market_row(r)?);
            Ok(true)
        })?;
        if rows::has_corrections(&out) {
            let firsts = self.lineage_firsts()?;
            rows::place_corrections(&mut out, &firsts);
        }
        Ok(out)
    }

    /// The current forecasts `filter` selects, as market scoring reads them, in id order.
    pub fn market_rows(
        &mut self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>> {
        let (from, args) = rows::selection(Postgres, filter, source_ids, today, None);
        self.market(&from, &args, true)
    }

    /// Like `market_rows`, without the `amended` flag (read as false).
    pub fn market_rows_unamended(
        &mut self,
        filter: &ReportFilter,
        source_ids: &[i64],
        today: NaiveDate,
    ) -> Result<Vec<MarketRow>> {
        let (from, args) = rows::selection(Postgres, filter, source_ids, today, None);
        self.market(&from, &args, false)
    }

    /// The current forecasts on question `key`, as market scoring reads them, in id order;
    /// `None` when there is no such question.
    pub fn question_market_rows(
        &mut self,
        key: &str,
        today: NaiveDate,
    ) -> Result<Option<Vec<MarketRow>>> {
        let Some(id) = self.question_id(key)? else {
            return Ok(None);
        };
        let (from, args) = rows::selection(Postgres, &ReportFilter::default(), &[], today, None);
        let from = format!("{from} AND f.question_id = {id}");
        self.market(&from, &args, true).map(Some)
    }

    /// Every current corrected forecast with its first version's id (`rows::LINEAGE_SQL`).
    pub fn lineage_firsts(&mut self) -> Result<Vec<(i64, i64)>> {
        let mut out = Vec::new();
        self.stream(rows::LINEAGE_SQL, &[], "reading corrections", |r| {
            out.push((Cols::int(r, 0)?, Cols::int(r, 1)?));
            Ok(true)
        })?;
        Ok(out)
    }

    /// Every superseded version with its lineage's current version (`rows::SUPERSEDED_SQL`).
    pub fn superseded_versions(&mut self) -> Result<Vec<rows::Version>> {
        let mut out = Vec::new();
        self.stream(
            rows::SUPERSEDED_SQL,
            &[],
            "reading corrected versions",
            |r| {
                out.push(rows::version_row(r)?);
                Ok(true)
            },
        )?;
        Ok(out)
    }

    /// The forecasts of the source called `source` (`SqliteStore::source_claims`).
    pub fn source_claims(&mut self, source: &str) -> Result<Vec<rows::SourceClaim>> {
        let Some((id, _)) = self.source_named(source)? else {
            return Ok(Vec::new());
        };
        let rows = self.query(
            &rows::source_claims_sql(Postgres),
            &[p(&id)],
            "reading the source's forecasts",
        )?;
        rows.iter().map(rows::source_claim_row).collect()
    }

    /// Every recorded question outcome (question id, event), in the order recorded.
    pub fn question_events(&mut self) -> Result<Vec<(i64, QuestionEvent)>> {
        let what = "reading the recorded question outcomes";
        let rows = self.query(rows::QUESTION_EVENTS_SQL, &[], what)?;
        rows.iter().map(rows::question_event_row).collect()
    }

    /// The conditional forecasts on question `key` (`rows::QUESTION_CONDITIONS_SQL`).
    pub fn question_conditions(&mut self, key: &str) -> Result<Vec<(i64, String, String)>> {
        let sql = crate::store::dialect::Dialect::Postgres.sql(rows::QUESTION_CONDITIONS_SQL);
        let rows = self.query(&sql, &[p(&key)], "reading a question's conditions")?;
        Ok(rows
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect())
    }

    /// The key of question `id`, if there is one.
    pub fn question_key(&mut self, id: i64) -> Result<Option<String>> {
        let sql = rows::question_key_sql(Postgres);
        let row = self.query_opt(&sql, &[p(&id)], "looking up a question")?;
        Ok(row.map(|r| r.get(0)))
    }

    /// The kept sums, and what today's date takes out of them: one statement (so one
    /// snapshot, one round trip and no transaction to begin and end; see `KEPT_SQL`).
    pub fn kept_sums(&mut self, today: NaiveDate) -> Result<KeptSums> {
        let today = today.to_string();
        let rows = self
            .client
            .query_typed(&kept_sql(), &[(&today, Type::TEXT)])
            .map_err(pg("reading the kept sums"))?;
        // Ordered here rather than by the server, which would sort the shapes' megabytes
        // (on disk, with the default `work_mem`) only to have them read in key order.
        let what = "reading the kept sums";
        let mut keyed = Vec::with_capacity(rows.len());
        for r in &rows {
            let key: (i32, i64, i32) = (
                r.try_get(0).map_err(pg(what))?,
                r.try_get(1).map_err(pg(what))?,
                r.try_get(2).map_err(pg(what))?,
            );
            keyed.push((key, r));
        }
        keyed.sort_unstable_by_key(|(key, _)| *key);
        let mut out = KeptSums::default();
        for ((kind, _, _), r) in keyed {
            let at = |k: usize| Shifted {
                row: r,
                at: KEPT_AT[k],
            };
            match kind {
                0 => out.totals.push(kept::totals_row(&at(0))?),
                1 => out.cells.push(kept::cell_row(&at(1))?),
                2 => kept::add_shape_row(&mut out, &at(2))?,
                3 => out.early.push(kept::early_row(&at(3))?),
                _ => out.unresolved.push(kept::unresolved_row(&at(4))?),
            }
        }
        Ok(out)
    }

    /// Whether the kept sums equal a recomputation from the rows; the first source that
    /// differs otherwise.
    pub fn kept_sums_differ(&mut self) -> Result<Option<i64>> {
        let mut tx = read_only(self.client)?;
        let found = kept_sums_differ(&mut tx)?;
        tx.commit().map_err(pg("ending a read"))?;
        Ok(found)
    }

    /// Per source (all, or the one named), how the reviewed candidates fared, by name.
    pub fn audit(&mut self, source: Option<&str>) -> Result<Vec<AuditRow>> {
        let rows = self.query(
            &reviews::audit_sql(Postgres),
            &[p(&source.map(str::trim))],
            "reading review decisions",
        )?;
        rows.iter().map(reviews::audit_row).collect()
    }

    /// See `Store::articles_with_text`.
    pub fn articles_with_text(&mut self, sha256: &str) -> Result<Vec<(i64, String)>> {
        Ok(self
            .query(
                &articles::articles_with_text_sql(Postgres),
                &[p(&sha256)],
                "looking for the article's text",
            )?
            .iter()
            .map(|r| (r.get::<_, i64>(0), r.get::<_, String>(1)))
            .collect())
    }

    /// The article this source already has with this text, and what its extraction settled.
    pub fn prior_extraction(
        &mut self,
        source: &str,
        sha256: &str,
    ) -> Result<Option<(i64, Extracted)>> {
        let row = self.query_opt(
            &articles::article_by_digest_sql(Postgres),
            &[p(&source.trim()), p(&sha256)],
            "looking for the article",
        )?;
        let Some(id) = row.map(|r| r.get::<_, i64>(0)) else {
            return Ok(None);
        };
        let (reviewed_sql, claims_sql) = articles::extracted_sql(Postgres);
        let reviewed = self
            .query(&reviewed_sql, &[p(&id)], "reading review decisions")?
            .iter()
            .map(articles::reviewed_row)
            .collect::<Result<_>>()?;
        let claims = self
            .query(&claims_sql, &[p(&id)], "reading the article's forecasts")?
            .iter()
            .map(|r| r.get(0))
            .collect();
        Ok(Some((id, Extracted { reviewed, claims })))
    }

    /// Checks the whole ledger (see `pg/verify.rs`); `Ok(Err(finding))` when something
    /// was altered.
    pub fn verify(
        &mut self,
    ) -> Result<std::result::Result<crate::store::Verified, crate::store::Finding>> {
        super::verify::verify(self.client)
    }

    /// The newest entry's number and hash (0 and the genesis hash for an empty ledger).
    pub fn head(&mut self) -> Result<(i64, String)> {
        let row = self.query_opt(
            "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1",
            &[],
            "reading the journal head",
        )?;
        Ok(row.map_or_else(|| (0, GENESIS.to_string()), |r| (r.get(0), r.get(1))))
    }

    /// The journal head's `logged_at` against the clock of record: the server's clock
    /// (`server`), or `now` (see `store::clock`).
    pub fn head_ahead(
        &mut self,
        now: &str,
        server: bool,
    ) -> Result<Option<crate::store::ClockAhead>> {
        // The head and the server's clock in one round trip.
        let row = self.query_opt(
            &format!(
                "SELECT (SELECT logged_at FROM journal ORDER BY seq DESC LIMIT 1), ({})",
                super::write::SERVER_NOW
            ),
            &[],
            "reading the journal head",
        )?;
        let head: Option<String> = row.as_ref().and_then(|r| r.get(0));
        let clock = match row {
            Some(r) if server => r.get(1),
            _ => now.to_string(),
        };
        Ok(crate::store::ClockAhead::check(
            head.as_deref(),
            &clock,
            server,
        ))
    }

    /// Whether an entry with this hash is in the chain (a head published earlier).
    pub fn has_hash(&mut self, hash: &str) -> Result<Option<i64>> {
        let row = self.query_opt(
            "SELECT seq FROM journal WHERE hash = $1",
            &[p(&hash.trim().to_ascii_lowercase())],
            "reading the journal",
        )?;
        Ok(row.map(|r| r.get(0)))
    }

    /// The hash of entry `seq`, if the chain has it.
    pub fn entry_hash(&mut self, seq: i64) -> Result<Option<String>> {
        let row = self.query_opt(
            "SELECT hash FROM journal WHERE seq = $1",
            &[p(&seq)],
            "reading the journal",
        )?;
        Ok(row.map(|r| r.get(0)))
    }

    /// Whether the ledger holds any forecast.
    pub fn has_forecasts(&mut self) -> Result<bool> {
        let row = self.query_opt(
            "SELECT EXISTS (SELECT 1 FROM forecasts)",
            &[],
            "reading forecasts",
        )?;
        Ok(row.is_some_and(|r| r.get(0)))
    }
}

/// The first source whose kept sums differ from a recomputation from the rows, read in
/// transaction `tx`.
pub(super) fn kept_sums_differ(tx: &mut Transaction<'_>) -> Result<Option<i64>> {
    let mut fresh = kept::Pending::default();
    let sql = Postgres.sql(&kept::recompute_sql(HORIZON));
    let portal = tx
        .bind(&sql, &[])
        .map_err(pg("recomputing the kept sums"))?;
    loop {
        let page = tx
            .query_portal(&portal, PAGE)
            .map_err(pg("recomputing the kept sums"))?;
        for r in &page {
            fresh.count(&kept::counted_from_row(r)?, 1);
        }
        if page.len() < PAGE as usize {
            break;
        }
    }
    let (totals, cells, shapes) = kept_tables(tx)?;
    Ok(kept::first_difference(&fresh, totals, cells, shapes))
}

/// A read-only transaction: one snapshot for a read that takes several queries.
fn read_only(client: &mut Client) -> Result<Transaction<'_>> {
    client
        .build_transaction()
        .read_only(true)
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .start()
        .map_err(pg("starting a read"))
}

/// The kept sums' five reads (the three tables, the early resolutions and the unresolved
/// count; SQLite's `kept_sums` runs them one by one) as one statement: each kind of row has
/// its own columns, side by side (starting at `KEPT_AT`, typed NULL elsewhere), read by the
/// same functions as SQLite's rows; column 0 names the kind, 1 and 2 order the rows within
/// it as SQLite reads them (the caller sorts by them). `$1` is today.
const KEPT_KINDS: [(&str, &[&str], &str); 5] = [
    (
        "source_id, 0",
        &["source_id", "forecasts", "void", "corrections", "amended", "late"],
        "FROM source_totals",
    ),
    (
        "source_id, bin",
        &["n", "hits", "sum_p", "sum_brier", "sum_log", "source_id", "bin"],
        "FROM source_bin_sums",
    ),
    (
        "source_id, 0",
        &["source_id", "points", "horizons"],
        "FROM source_shapes",
    ),
    (
        // In the order SQLite reads them from its index of resolved deadlines.
        "row_number() OVER (ORDER BY deadline COLLATE \"C\", id), 0",
        &["source_id", "probability", "outcome = 'true'"],
        "FROM forecasts
         WHERE outcome IN ('true', 'false') AND superseded_by IS NULL AND deadline >= $1",
    ),
    (
        "source_id, (deadline < $1)::integer",
        &["source_id", "deadline < $1", "count(*)"],
        "FROM forecasts WHERE outcome IS NULL AND superseded_by IS NULL GROUP BY source_id, deadline < $1",
    ),
];

/// The column where each kind's own columns start in `kept_sql`'s rows.
const KEPT_AT: [usize; 5] = [3, 9, 16, 19, 22];

/// The types of every kind's columns, in `KEPT_KINDS`' order, for the typed NULLs.
const KEPT_TYPES: [&[&str]; 5] = [
    &["bigint"; 6],
    &[
        "bigint", "bigint", "bytea", "bytea", "bytea", "bigint", "integer",
    ],
    &["bigint", "bytea", "bytea"],
    &["bigint", "double precision", "boolean"],
    &["bigint", "boolean", "bigint"],
];

fn kept_sql() -> String {
    let branches: Vec<String> = KEPT_KINDS
        .iter()
        .enumerate()
        .map(|(kind, (order, columns, from))| {
            let mut select = vec![format!("{kind}, {order}")];
            for (other, types) in KEPT_TYPES.iter().enumerate() {
                if other == kind {
                    select.extend(columns.iter().map(|c| c.to_string()));
                } else {
                    select.extend(types.iter().map(|t| format!("NULL::{t}")));
                }
            }
            format!("SELECT {} {from}", select.join(", "))
        })
        .collect();
    branches.join(" UNION ALL ")
}

type KeptTables = (
    Vec<(i64, crate::report::rows::Totals)>,
    Vec<(i64, crate::score::BinKey, crate::score::Cell)>,
    Vec<(i64, kept::Stored)>,
);

/// The three tables of kept sums, whole.
fn kept_tables(tx: &mut Transaction<'_>) -> Result<KeptTables> {
    let what = "reading the kept sums";
    let totals = tx.query_typed(kept::TOTALS_SQL, &[]).map_err(pg(what))?;
    let cells = tx.query_typed(kept::CELLS_SQL, &[]).map_err(pg(what))?;
    let shapes = tx.query_typed(kept::SHAPES_SQL, &[]).map_err(pg(what))?;
    Ok((
        totals.iter().map(kept::totals_row).collect::<Result<_>>()?,
        cells.iter().map(kept::cell_row).collect::<Result<_>>()?,
        shapes.iter().map(kept::shape_row).collect::<Result<_>>()?,
    ))
}

impl Names for PgRead<'_> {
    /// As `forecasts::source_named`: NOCASE first (the index on `lower(name)`), then the
    /// names `fold_candidates_sql` gives, folded as `model::names::name_key` folds them.
    fn source_named(&mut self, name: &str) -> Result<Option<(i64, String)>> {
        let name = &*crate::model::names::canonical(name);
        let sql = format!(
            "SELECT id, name FROM sources WHERE {} ORDER BY id LIMIT 1",
            Postgres.nocase_eq("name", "$1")
        );
        let found = self
            .query_opt(&sql, &[p(&name)], "looking up a source")?
            .map(|r| (r.get(0), r.get(1)));
        if found.is_some() {
            return Ok(found);
        }
        self.folded_source(name)
    }

    fn question_id(&mut self, key: &str) -> Result<Option<i64>> {
        let row = self.query_opt(
            "SELECT id FROM questions WHERE key = $1",
            &[p(&key)],
            "looking up a question",
        )?;
        if row.is_some() || key.is_ascii() {
            return Ok(row.map(|r| r.get(0)));
        }
        // As `forecasts::question_id`: the NFC form, then a key stored in another form.
        let nfc = crate::model::names::key_canonical(key);
        let rows = self.query(
            crate::store::forecasts::NON_ASCII_KEYS_SQL,
            &[],
            "looking up a question",
        )?;
        let exact = rows.iter().find(|r| r.get::<_, &str>(1) == nfc);
        Ok(exact
            .or_else(|| {
                rows.iter()
                    .find(|r| crate::model::names::key_canonical(r.get::<_, &str>(1)) == nfc)
            })
            .map(|r| r.get(0)))
    }

    fn sources(&mut self) -> Result<Vec<(i64, String)>> {
        let rows = self.query(&rows::sources_sql(Postgres), &[], "reading sources")?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    fn tags(&mut self) -> Result<Vec<(String, i64)>> {
        let rows = self.query(&rows::tags_sql(Postgres), &[], "reading tags")?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }
}
