//! Review decisions of `extract --save`: what the extractor proposed for a candidate and what
//! the person reviewing it decided, one row per candidate decided, journaled like every other
//! write (kind `extraction_review`) and never edited. `audit` counts them per source.

use super::cols::Cols;
use super::dialect::Dialect;
use super::{SqliteStore, SqliteWriter};
use crate::error::Result;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::{json, Value};

/// One decision to record.
#[derive(Debug, Clone, PartialEq)]
pub struct NewReview {
    /// The candidate's number in the extraction, from 1.
    pub candidate: usize,
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// What the extractor proposed.
    pub claim: String,
    pub probability: f64,
    /// As `extract` shows it: `hedge:may`, `number:60%`.
    pub probability_basis: String,
    pub deadline: Option<NaiveDate>,
    pub deadline_phrase: Option<String>,
    /// `None` when the person rejected the candidate; otherwise the probability and deadline
    /// it was kept with.
    pub kept: Option<(f64, Option<NaiveDate>)>,
}

/// How a source's reviewed candidates fared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditRow {
    pub source: String,
    /// Articles with at least one reviewed candidate.
    pub articles: i64,
    /// Candidates a person decided on.
    pub reviewed: i64,
    pub kept: i64,
    /// Of the kept, how many kept the proposed probability, and the proposed deadline.
    pub probability_unchanged: i64,
    pub deadline_unchanged: i64,
}

impl SqliteWriter<'_> {
    /// Records one decision about a candidate of `article`, with the forecast logged from it.
    pub fn insert_review(
        &mut self,
        article: i64,
        r: &NewReview,
        forecast: Option<i64>,
    ) -> Result<i64> {
        let row = ReviewRow::new(article, r, forecast, &self.now);
        self.tx.execute(
            &format!("INSERT INTO extraction_reviews ({REVIEW_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
            params![
                row.article,
                row.candidate,
                row.sentence_start,
                row.sentence_end,
                row.claim,
                row.probability,
                row.probability_basis,
                row.deadline,
                row.deadline_phrase,
                row.decision,
                row.decided_probability,
                row.decided_deadline,
                row.forecast,
                row.recorded_at
            ],
        )?;
        let id = self.tx.last_insert_rowid();
        let body = ReviewRow { id, ..row }.body();
        self.journal("extraction_review", id, &body)?;
        Ok(id)
    }
}

/// A stored review row, read back in Rust (not with SQL's `json_object`, which prints REALs
/// with 15 digits) so its journal body is rebuilt exactly as it was written.
pub(crate) struct ReviewRow {
    pub id: i64,
    pub article: i64,
    pub candidate: i64,
    pub sentence_start: i64,
    pub sentence_end: i64,
    pub claim: String,
    pub probability: f64,
    pub probability_basis: String,
    pub deadline: Option<String>,
    pub deadline_phrase: Option<String>,
    pub decision: String,
    pub decided_probability: Option<f64>,
    pub decided_deadline: Option<String>,
    pub forecast: Option<i64>,
    pub recorded_at: String,
}

/// The columns a review is written with, in `ReviewRow`'s order after its id.
pub(crate) const REVIEW_COLUMNS: &str =
    "article_id, candidate, sentence_start, sentence_end, claim, probability, probability_basis,
     deadline, deadline_phrase, decision, decided_probability, decided_deadline, forecast_id,
     recorded_at";

/// One review's row by id (`?1`), id first, in `ReviewRow`'s order (both backends).
pub(crate) const REVIEW_SELECT: &str =
    "SELECT id, article_id, candidate, sentence_start, sentence_end, claim, probability,
            probability_basis, deadline, deadline_phrase, decision, decided_probability,
            decided_deadline, forecast_id, recorded_at
     FROM extraction_reviews WHERE id = ?1";

impl ReviewRow {
    /// The row recording decision `r` about a candidate of `article` now (id 0 until it
    /// has one).
    pub fn new(article: i64, r: &NewReview, forecast: Option<i64>, now: &str) -> ReviewRow {
        ReviewRow {
            id: 0,
            article,
            candidate: r.candidate as i64,
            sentence_start: r.sentence_start as i64,
            sentence_end: r.sentence_end as i64,
            claim: r.claim.clone(),
            probability: r.probability,
            probability_basis: r.probability_basis.clone(),
            deadline: r.deadline.map(|d| d.to_string()),
            deadline_phrase: r.deadline_phrase.clone(),
            decision: if r.kept.is_some() { "kept" } else { "rejected" }.to_string(),
            decided_probability: r.kept.map(|(p, _)| p),
            decided_deadline: r.kept.and_then(|(_, d)| d).map(|d| d.to_string()),
            forecast,
            recorded_at: now.to_string(),
        }
    }
}

impl ReviewRow {
    pub fn body(&self) -> Value {
        json!({
            "id": self.id, "article_id": self.article, "candidate": self.candidate,
            "sentence_start": self.sentence_start, "sentence_end": self.sentence_end,
            "claim": self.claim, "probability": self.probability,
            "probability_basis": self.probability_basis, "deadline": self.deadline,
            "deadline_phrase": self.deadline_phrase, "decision": self.decision,
            "decided_probability": self.decided_probability,
            "decided_deadline": self.decided_deadline,
            "forecast_id": self.forecast, "recorded_at": self.recorded_at,
        })
    }
}

/// The journal body of review `id` as the row now stands; `None` when the row is gone.
pub(super) fn load_body(conn: &Connection, id: i64) -> Result<Option<Value>> {
    let row = conn
        .prepare_cached(REVIEW_SELECT)?
        .query_row([id], |r| {
            Ok(ReviewRow {
                id: r.get(0)?,
                article: r.get(1)?,
                candidate: r.get(2)?,
                sentence_start: r.get(3)?,
                sentence_end: r.get(4)?,
                claim: r.get(5)?,
                probability: r.get(6)?,
                probability_basis: r.get(7)?,
                deadline: r.get(8)?,
                deadline_phrase: r.get(9)?,
                decision: r.get(10)?,
                decided_probability: r.get(11)?,
                decided_deadline: r.get(12)?,
                forecast: r.get(13)?,
                recorded_at: r.get(14)?,
            })
        })
        .optional()?;
    Ok(row.map(|r| r.body()))
}

/// The query of `audit` (`?1` a source name or NULL), in source name order.
pub(super) fn audit_sql(d: Dialect) -> String {
    // SQLite sums its 0/1 comparisons; PostgreSQL counts with a filter.
    let count = |cond: &str| match d {
        Dialect::Sqlite => format!("SUM({cond})"),
        Dialect::Postgres => format!("count(*) FILTER (WHERE {cond})"),
    };
    let same_deadline = match d {
        Dialect::Sqlite => "r.decided_deadline IS r.deadline",
        Dialect::Postgres => "r.decided_deadline IS NOT DISTINCT FROM r.deadline",
    };
    let source = match d {
        Dialect::Sqlite => "?1",
        Dialect::Postgres => "?1::text",
    };
    d.sql(&format!(
        "SELECT s.name, COUNT(DISTINCT r.article_id), COUNT(*), {}, {}, {}
         FROM extraction_reviews r
         JOIN articles a ON a.id = r.article_id
         JOIN sources s ON s.id = a.source_id
         WHERE {source} IS NULL OR {}
         GROUP BY s.id, s.name ORDER BY {}",
        count("r.decision = 'kept'"),
        count("r.decision = 'kept' AND r.decided_probability = r.probability"),
        count(&format!("r.decision = 'kept' AND {same_deadline}")),
        d.nocase_eq("s.name", "?1"),
        d.nocase_order("s.name")
    ))
}

/// One source's audit from a row of `audit_sql`.
pub(super) fn audit_row(r: &impl Cols) -> Result<AuditRow> {
    Ok(AuditRow {
        source: r.text(0)?,
        articles: r.int(1)?,
        reviewed: r.int(2)?,
        kept: r.int(3)?,
        probability_unchanged: r.int(4)?,
        deadline_unchanged: r.int(5)?,
    })
}

impl SqliteStore {
    /// Per source (all, or the one named), how the reviewed candidates fared, by name.
    pub fn audit(&self, source: Option<&str>) -> Result<Vec<AuditRow>> {
        let mut stmt = self.conn().prepare(&audit_sql(Dialect::Sqlite))?;
        let mut rows = stmt.query([source.map(str::trim)])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(audit_row(r)?);
        }
        Ok(out)
    }
}
