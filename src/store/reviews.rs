//! Review decisions of `extract --save`: what the extractor proposed for a candidate and what
//! the person reviewing it decided, one row per candidate decided, journaled like every other
//! write (kind `extraction_review`) and never edited. `audit` counts them per source.
//!
//! Since schema 13 a row also keeps the proposed and decided claim, holder (`attributed_to`),
//! stance and condition (audit 19, A15). A row recorded before has NULL in those columns: its
//! journal body was written without them and is rebuilt without them (a row's `stance` is
//! never NULL from version 13 on, so it tells the two apart), and `audit` counts its review as
//! unknown for those fields.

use super::cols::Cols;
use super::dialect::Dialect;
use super::{SqliteStore, SqliteWriter};
use crate::error::Result;
use crate::model::Stance;
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
    /// Who the article says holds the forecast, when not the source itself.
    pub attributed_to: Option<String>,
    pub stance: Stance,
    pub condition: Option<String>,
    /// `None` when the person rejected the candidate; otherwise what it was kept with.
    pub kept: Option<Kept>,
}

/// What a kept candidate was kept with: every field the review can change.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub probability: f64,
    pub deadline: Option<NaiveDate>,
    pub claim: String,
    pub attributed_to: Option<String>,
    pub stance: Stance,
    pub condition: Option<String>,
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
    /// Of the kept, those whose claim, holder, stance and condition were recorded (reviewed
    /// from schema 13 on), and of those, how many kept each unchanged.
    pub kept_recorded: i64,
    pub claim_unchanged: i64,
    pub holder_unchanged: i64,
    pub stance_unchanged: i64,
    pub condition_unchanged: i64,
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
        self.insert_review_row(row)
    }

    /// A review as a ledger before schema 13 recorded it (and as migration 13 leaves it):
    /// without claim, holder, stance and condition, its body without them.
    #[cfg(test)]
    pub(crate) fn insert_review_before_13(
        &mut self,
        article: i64,
        r: &NewReview,
        forecast: Option<i64>,
    ) -> Result<i64> {
        let row = ReviewRow::new(article, r, forecast, &self.now).before_13();
        self.insert_review_row(row)
    }

    fn insert_review_row(&mut self, row: ReviewRow) -> Result<i64> {
        self.tx.execute(
            &format!("INSERT INTO extraction_reviews ({REVIEW_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)"),
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
                row.recorded_at,
                row.attributed_to,
                row.stance,
                row.condition,
                row.decided_claim,
                row.decided_attributed_to,
                row.decided_stance,
                row.decided_condition
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
    /// Proposed and decided holder, stance and condition, and the decided claim: NULL in a
    /// row recorded before schema 13 (its `stance` is then `None`), decided ones NULL for a
    /// rejected candidate.
    pub attributed_to: Option<String>,
    pub stance: Option<String>,
    pub condition: Option<String>,
    pub decided_claim: Option<String>,
    pub decided_attributed_to: Option<String>,
    pub decided_stance: Option<String>,
    pub decided_condition: Option<String>,
}

/// The columns a review is written with, in `ReviewRow`'s order after its id.
pub(crate) const REVIEW_COLUMNS: &str =
    "article_id, candidate, sentence_start, sentence_end, claim, probability, probability_basis,
     deadline, deadline_phrase, decision, decided_probability, decided_deadline, forecast_id,
     recorded_at, attributed_to, stance, condition, decided_claim, decided_attributed_to,
     decided_stance, decided_condition";

/// One review's row by id (`?1`), id first, in `ReviewRow`'s order (both backends).
pub(crate) const REVIEW_SELECT: &str =
    "SELECT id, article_id, candidate, sentence_start, sentence_end, claim, probability,
            probability_basis, deadline, deadline_phrase, decision, decided_probability,
            decided_deadline, forecast_id, recorded_at, attributed_to, stance, condition,
            decided_claim, decided_attributed_to, decided_stance, decided_condition
     FROM extraction_reviews WHERE id = ?1";

impl ReviewRow {
    /// The row recording decision `r` about a candidate of `article` now (id 0 until it
    /// has one).
    pub fn new(article: i64, r: &NewReview, forecast: Option<i64>, now: &str) -> ReviewRow {
        let kept = r.kept.as_ref();
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
            decided_probability: kept.map(|k| k.probability),
            decided_deadline: kept.and_then(|k| k.deadline).map(|d| d.to_string()),
            forecast,
            recorded_at: now.to_string(),
            attributed_to: r.attributed_to.clone(),
            stance: Some(r.stance.as_str().to_string()),
            condition: r.condition.clone(),
            decided_claim: kept.map(|k| k.claim.clone()),
            decided_attributed_to: kept.and_then(|k| k.attributed_to.clone()),
            decided_stance: kept.map(|k| k.stance.as_str().to_string()),
            decided_condition: kept.and_then(|k| k.condition.clone()),
        }
    }
}

impl ReviewRow {
    /// This row as recorded before schema 13 (for tests of older ledgers).
    #[cfg(test)]
    pub(crate) fn before_13(self) -> ReviewRow {
        ReviewRow {
            attributed_to: None,
            stance: None,
            condition: None,
            decided_claim: None,
            decided_attributed_to: None,
            decided_stance: None,
            decided_condition: None,
            ..self
        }
    }

    pub fn body(&self) -> Value {
        let mut body = json!({
            "id": self.id, "article_id": self.article, "candidate": self.candidate,
            "sentence_start": self.sentence_start, "sentence_end": self.sentence_end,
            "claim": self.claim, "probability": self.probability,
            "probability_basis": self.probability_basis, "deadline": self.deadline,
            "deadline_phrase": self.deadline_phrase, "decision": self.decision,
            "decided_probability": self.decided_probability,
            "decided_deadline": self.decided_deadline,
            "forecast_id": self.forecast, "recorded_at": self.recorded_at,
        });
        // Only in a row recorded from schema 13 on: an older row's body stays as written.
        if self.stance.is_some() {
            for (key, value) in [
                ("attributed_to", &self.attributed_to),
                ("stance", &self.stance),
                ("condition", &self.condition),
                ("decided_claim", &self.decided_claim),
                ("decided_attributed_to", &self.decided_attributed_to),
                ("decided_stance", &self.decided_stance),
                ("decided_condition", &self.decided_condition),
            ] {
                body[key] = value.clone().into();
            }
        }
        body
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
                attributed_to: r.get(15)?,
                stance: r.get(16)?,
                condition: r.get(17)?,
                decided_claim: r.get(18)?,
                decided_attributed_to: r.get(19)?,
                decided_stance: r.get(20)?,
                decided_condition: r.get(21)?,
            })
        })
        .optional()?;
    Ok(row.map(|r| r.body()))
}

/// What the extractor proposed for the candidate a forecast was logged from, as `show`
/// prints it beside what was kept (ad3 F6). The sentence itself is not stored, only its
/// byte offsets in the article (whose text the ledger keeps as a SHA-256).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewOf {
    /// The candidate's number in the extraction, from 1.
    pub candidate: i64,
    pub sentence_start: i64,
    pub sentence_end: i64,
    pub claim: String,
    pub probability: f64,
    pub probability_basis: String,
    pub deadline: Option<String>,
    pub deadline_phrase: Option<String>,
    /// Holder, stance and condition: `None` in a review recorded before schema 13.
    pub attributed_to: Option<String>,
    pub stance: Option<String>,
    pub condition: Option<String>,
    /// What the person kept (the forecast as first logged): holder, stance and condition
    /// `None` in a review recorded before schema 13, as the claim is.
    pub decided_claim: Option<String>,
    pub decided_probability: f64,
    pub decided_deadline: Option<String>,
    pub decided_attributed_to: Option<String>,
    pub decided_stance: Option<String>,
    pub decided_condition: Option<String>,
    pub recorded_at: String,
}

impl ReviewOf {
    /// The fields the person changed from the proposal, in the review's order, and whether
    /// the review was recorded before schema 13 (claim, holder, stance and condition were
    /// not kept then, so only probability and deadline can be told).
    pub fn changed(&self) -> (Vec<&'static str>, bool) {
        let mut out = Vec::new();
        let recorded = self.stance.is_some();
        if recorded && self.decided_claim.as_deref() != Some(self.claim.as_str()) {
            out.push("claim");
        }
        if self.decided_probability != self.probability {
            out.push("probability");
        }
        if self.decided_deadline != self.deadline {
            out.push("deadline");
        }
        if recorded {
            if self.decided_attributed_to != self.attributed_to {
                out.push("holder");
            }
            if self.decided_stance != self.stance {
                out.push("stance");
            }
            if self.decided_condition != self.condition {
                out.push("condition");
            }
        }
        (out, !recorded)
    }
}

/// The review that logged forecast `?1`, if one did (both backends). A forecast saved with
/// `--yes` has none; one review logs at most one forecast.
pub(super) const REVIEW_OF_SQL: &str =
    "SELECT candidate, sentence_start, sentence_end, claim, probability, probability_basis,
            deadline, deadline_phrase, attributed_to, stance, condition, decided_claim,
            decided_probability, decided_deadline, decided_attributed_to, decided_stance,
            decided_condition, recorded_at
     FROM extraction_reviews WHERE forecast_id = ?1 ORDER BY id LIMIT 1";

/// A review from a row of `REVIEW_OF_SQL`.
pub(super) fn review_of_row(r: &impl Cols) -> Result<ReviewOf> {
    Ok(ReviewOf {
        candidate: r.int(0)?,
        sentence_start: r.int(1)?,
        sentence_end: r.int(2)?,
        claim: r.text(3)?,
        probability: r.real(4)?,
        probability_basis: r.text(5)?,
        deadline: r.opt_text(6)?,
        deadline_phrase: r.opt_text(7)?,
        attributed_to: r.opt_text(8)?,
        stance: r.opt_text(9)?,
        condition: r.opt_text(10)?,
        decided_claim: r.opt_text(11)?,
        decided_probability: r.real(12)?,
        decided_deadline: r.opt_text(13)?,
        decided_attributed_to: r.opt_text(14)?,
        decided_stance: r.opt_text(15)?,
        decided_condition: r.opt_text(16)?,
        recorded_at: r.text(17)?,
    })
}

/// The query of `audit` (`?1` a source name or NULL), in source name order.
pub(super) fn audit_sql(d: Dialect) -> String {
    // SQLite sums its 0/1 comparisons; PostgreSQL counts with a filter.
    let count = |cond: &str| match d {
        Dialect::Sqlite => format!("SUM({cond})"),
        Dialect::Postgres => format!("count(*) FILTER (WHERE {cond})"),
    };
    // NULL is a value here (no deadline, no holder, no condition): two NULLs are the same.
    let same = |a: &str, b: &str| match d {
        Dialect::Sqlite => format!("{a} IS {b}"),
        Dialect::Postgres => format!("{a} IS NOT DISTINCT FROM {b}"),
    };
    // Kept, with the fields of schema 13 recorded (`stance` is NULL only in older rows).
    let recorded = "r.decision = 'kept' AND r.stance IS NOT NULL";
    let source = match d {
        Dialect::Sqlite => "?1",
        Dialect::Postgres => "?1::text",
    };
    d.sql(&format!(
        "SELECT s.name, COUNT(DISTINCT r.article_id), COUNT(*), {}, {}, {}, {}, {}, {}, {}, {}
         FROM extraction_reviews r
         JOIN articles a ON a.id = r.article_id
         JOIN sources s ON s.id = a.source_id
         WHERE {source} IS NULL OR {}
         GROUP BY s.id, s.name ORDER BY {}",
        count("r.decision = 'kept'"),
        count("r.decision = 'kept' AND r.decided_probability = r.probability"),
        count(&format!(
            "r.decision = 'kept' AND {}",
            same("r.decided_deadline", "r.deadline")
        )),
        count(recorded),
        count(&format!("{recorded} AND r.decided_claim = r.claim")),
        count(&format!(
            "{recorded} AND {}",
            same("r.decided_attributed_to", "r.attributed_to")
        )),
        count(&format!("{recorded} AND r.decided_stance = r.stance")),
        count(&format!(
            "{recorded} AND {}",
            same("r.decided_condition", "r.condition")
        )),
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
        kept_recorded: r.int(6)?,
        claim_unchanged: r.int(7)?,
        holder_unchanged: r.int(8)?,
        stance_unchanged: r.int(9)?,
        condition_unchanged: r.int(10)?,
    })
}

impl SqliteStore {
    /// The review that logged forecast `id`, if one did.
    pub fn review_of(&self, id: i64) -> Result<Option<ReviewOf>> {
        let mut stmt = self.conn().prepare(REVIEW_OF_SQL)?;
        let mut rows = stmt.query([id])?;
        rows.next()?.map(review_of_row).transpose()
    }

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
